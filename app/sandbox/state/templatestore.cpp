// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/state/templatestore.h"

#include "app/sandbox/state/sandboxids.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

QJsonObject MessageTemplate::component(const QString &type) const {
    for (const auto &value : components) {
        const QJsonObject object = value.toObject();
        if (object.value(u"type"_s).toString().compare(type, Qt::CaseInsensitive) == 0)
            return object;
    }
    return {};
}

QJsonObject MessageTemplate::toJson() const {
    return QJsonObject{{u"name"_s, name},
                       {u"parameter_format"_s, parameterFormat},
                       {u"components"_s, components},
                       {u"language"_s, language},
                       {u"status"_s, status},
                       {u"category"_s, category},
                       {u"sub_category"_s, u"CUSTOM"_s},
                       {u"id"_s, id}};
}

MessageTemplate &TemplateStore::add(MessageTemplate messageTemplate) {
    if (messageTemplate.id.isEmpty())
        messageTemplate.id = SandboxIds::numericId(15);
    const QString id = messageTemplate.id;
    return m_templates.insert_or_assign(id, std::move(messageTemplate)).first->second;
}

MessageTemplate *TemplateStore::find(const QString &wabaId, const QString &name,
                                     const QString &language) {
    for (auto &[id, t] : m_templates)
        if (t.wabaId == wabaId && t.name == name && t.language == language)
            return &t;
    return nullptr;
}

MessageTemplate *TemplateStore::byId(const QString &id) {
    const auto it = m_templates.find(id);
    return it == m_templates.end() ? nullptr : &it->second;
}

QList<const MessageTemplate *> TemplateStore::list(const QString &wabaId) const {
    QList<const MessageTemplate *> templates;
    for (const auto &[id, t] : m_templates)
        if (t.wabaId == wabaId)
            templates.append(&t);
    std::stable_sort(templates.begin(), templates.end(),
                     [](const auto *a, const auto *b) { return a->createdMs > b->createdMs; });
    return templates;
}

int TemplateStore::remove(const QString &wabaId, const QString &name, const QString &hsmId) {
    int removed = 0;
    for (auto it = m_templates.begin(); it != m_templates.end();) {
        const MessageTemplate &t = it->second;
        if (t.wabaId == wabaId && t.name == name && (hsmId.isEmpty() || t.id == hsmId)) {
            it = m_templates.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

QStringList TemplateStore::placeholders(const QString &text) {
    static const QRegularExpression pattern(u"\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"_s);
    QStringList names;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

} // namespace Switchboard::Sandbox
