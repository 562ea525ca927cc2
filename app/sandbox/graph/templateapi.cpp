// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/templateapi.h"

#include "app/sandbox/graph/graphaccess.h"
#include "app/sandbox/graph/graphfields.h"
#include "app/sandbox/simulation/webhookemitter.h"
#include "app/sandbox/simulation/webhookenvelope.h"
#include "app/sandbox/state/sandboxstate.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

const QStringList &categories() {
    static const QStringList list = {u"MARKETING"_s, u"UTILITY"_s, u"AUTHENTICATION"_s};
    return list;
}

GraphError creationError(int subcode, const QString &title, const QString &details) {
    GraphError error = GraphError::invalidParameter(details);
    error.subcode = subcode;
    error.message = u"Invalid parameter"_s;
    error.title = title;
    return error;
}

QString bodyText(const QJsonArray &components) {
    for (const auto &value : components)
        if (value.toObject().value(u"type"_s).toString().compare(u"BODY"_s, Qt::CaseInsensitive) ==
            0)
            return value.toObject().value(u"text"_s).toString();
    return {};
}

} // namespace

TemplateApi::TemplateApi(SandboxState &state, GraphAccess &access, WebhookEmitter &emitter,
                         QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_access(access)
    , m_emitter(emitter) {}

GraphReply TemplateApi::list(const GraphRequest &request, const Waba &waba) {
    if (auto error = m_access.authorize(request, waba.id, GraphAccess::Management))
        return GraphReply::error(*error);
    const QString name = request.text(u"name"_s);
    const QString status = request.text(u"status"_s).toUpper();
    const QString language = request.text(u"language"_s);
    const QString category = request.text(u"category"_s).toUpper();
    QList<QJsonObject> items;
    for (const MessageTemplate *t : m_state.templates().list(waba.id)) {
        if ((!name.isEmpty() && t->name != name) || (!status.isEmpty() && t->status != status) ||
            (!language.isEmpty() && t->language != language) ||
            (!category.isEmpty() && t->category != category))
            continue;
        const QJsonObject all = t->toJson();
        auto selected = GraphFields::select(all, all.keys(), request, u"WhatsAppMessageTemplate"_s);
        if (auto *error = std::get_if<GraphError>(&selected))
            return GraphReply::error(*error);
        items.append(std::get<QJsonObject>(selected));
    }
    return GraphReply::json(GraphFields::page(items, request));
}

std::optional<GraphError> TemplateApi::validateComponents(const QJsonArray &components) const {
    if (components.isEmpty())
        return GraphError::invalidParameter(u"Param components is required."_s);
    static const QStringList types = {u"HEADER"_s, u"BODY"_s, u"FOOTER"_s, u"BUTTONS"_s};
    bool hasBody = false;
    for (const auto &value : components) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(u"type"_s).toString().toUpper();
        if (!types.contains(type))
            return GraphError::invalidParameter(
                u"Param components[type] must be one of {HEADER, BODY, FOOTER, BUTTONS}."_s);
        const QString text = component.value(u"text"_s).toString();
        if (type == u"BODY"_s) {
            hasBody = true;
            if (text.isEmpty())
                return GraphError::invalidParameter(u"The BODY component needs text."_s);
            if (text.size() > 1024)
                return creationError(2388040, u"Field too long"_s,
                                     u"The body text is longer than 1024 characters."_s);
            static const QRegularExpression edge(
                u"^\\s*\\{\\{[^}]+\\}\\}|\\{\\{[^}]+\\}\\}[\\s.!?]*$"_s);
            if (edge.match(text).hasMatch())
                return creationError(2388299,
                                     u"Variables can't be at the start or end of the "
                                     "template"_s,
                                     u"Move variables away from the start and end of the "
                                     "body text."_s);
        }
        if (type == u"HEADER"_s && component.value(u"format"_s).toString(u"TEXT"_s) == u"TEXT"_s &&
            text.size() > 60)
            return creationError(2388040, u"Field too long"_s,
                                 u"The header text is longer than 60 characters."_s);
        if (type == u"FOOTER"_s && text.size() > 60)
            return creationError(2388040, u"Field too long"_s,
                                 u"The footer text is longer than 60 characters."_s);
    }
    if (!hasBody)
        return GraphError::invalidParameter(u"A template needs a BODY component."_s);
    return std::nullopt;
}

GraphReply TemplateApi::create(const GraphRequest &request, const Waba &waba) {
    if (auto error = m_access.authorize(request, waba.id, GraphAccess::Management))
        return GraphReply::error(*error);
    if (request.jsonMalformed)
        return GraphReply::error(GraphError::invalidParameter(u"The body is not valid JSON."_s));
    const QString name = request.text(u"name"_s);
    static const QRegularExpression validName(u"^[a-z0-9_]{1,512}$"_s);
    if (!validName.match(name).hasMatch())
        return GraphReply::error(GraphError::invalidParameter(
            u"Param name must be lowercase letters, digits and underscores (max 512)."_s));
    const QString language = request.text(u"language"_s);
    if (language.isEmpty())
        return GraphReply::error(
            GraphError::invalidParameter(u"The parameter language is required."_s));
    const QString category = request.text(u"category"_s).toUpper();
    if (!categories().contains(category))
        return GraphReply::error(GraphError::invalidParameter(
            u"Param category must be one of {MARKETING, UTILITY, AUTHENTICATION}."_s));
    const QString format = request.text(u"parameter_format"_s).toUpper();
    if (!format.isEmpty() && format != u"POSITIONAL"_s && format != u"NAMED"_s)
        return GraphReply::error(
            GraphError::invalidParameter(u"Param parameter_format must be POSITIONAL or NAMED."_s));
    const QJsonArray components = request.json.value(u"components"_s).toArray();
    if (auto error = validateComponents(components))
        return GraphReply::error(*error);
    if (m_state.templates().find(waba.id, name, language))
        return GraphReply::error(
            creationError(2388024, u"Message template already exists"_s,
                          u"Content in this language already exists for template %1."_s.arg(name)));
    if (m_state.templates().list(waba.id).size() >= 250)
        return GraphReply::error(creationError(2388019, u"Message Template Limit reached"_s,
                                               u"This WABA has 250 templates already."_s));

    MessageTemplate t;
    t.wabaId = waba.id;
    t.name = name;
    t.language = language;
    t.category = category;
    t.parameterFormat = format.isEmpty() ? u"POSITIONAL"_s : format;
    t.components = components;
    t.createdMs = m_state.clock().nowMs();
    const MessageTemplate &added = m_state.templates().add(t);
    const QString id = added.id;
    scheduleReview(id);
    return GraphReply::json(
        QJsonObject{{u"id"_s, id}, {u"status"_s, u"PENDING"_s}, {u"category"_s, category}});
}

GraphReply TemplateApi::remove(const GraphRequest &request, const Waba &waba) {
    if (auto error = m_access.authorize(request, waba.id, GraphAccess::Management))
        return GraphReply::error(*error);
    const QString name = request.text(u"name"_s);
    if (name.isEmpty())
        return GraphReply::error(
            GraphError::invalidParameter(u"The parameter name is required."_s));
    if (m_state.templates().remove(waba.id, name, request.text(u"hsm_id"_s)) == 0) {
        GraphError error = GraphError::invalidParameter(
            u"Message template \"%1\" could not be found."_s.arg(name));
        error.subcode = 2593002;
        return GraphReply::error(error);
    }
    return GraphReply::success();
}

GraphReply TemplateApi::get(const GraphRequest &request, const MessageTemplate &messageTemplate) {
    if (auto error = m_access.authorize(request, messageTemplate.wabaId, GraphAccess::Management))
        return GraphReply::error(*error);
    const QJsonObject all = messageTemplate.toJson();
    auto selected = GraphFields::select(all, all.keys(), request, u"WhatsAppMessageTemplate"_s);
    if (auto *error = std::get_if<GraphError>(&selected))
        return GraphReply::error(*error);
    return GraphReply::json(std::get<QJsonObject>(selected));
}

GraphReply TemplateApi::edit(const GraphRequest &request, MessageTemplate &messageTemplate) {
    if (auto error = m_access.authorize(request, messageTemplate.wabaId, GraphAccess::Management))
        return GraphReply::error(*error);
    static const QStringList editable = {u"APPROVED"_s, u"REJECTED"_s, u"PAUSED"_s};
    if (!editable.contains(messageTemplate.status))
        return GraphReply::error(GraphError::invalidParameter(
            u"Only APPROVED, REJECTED or PAUSED templates can be edited."_s));
    const QString category = request.text(u"category"_s).toUpper();
    if (!category.isEmpty()) {
        if (!categories().contains(category))
            return GraphReply::error(GraphError::invalidParameter(
                u"Param category must be one of {MARKETING, UTILITY, AUTHENTICATION}."_s));
        if (messageTemplate.status == u"APPROVED"_s && category != messageTemplate.category)
            return GraphReply::error(GraphError::invalidParameter(
                u"The category of an approved template cannot change."_s));
    }
    const QJsonArray components = request.json.value(u"components"_s).toArray();
    if (category.isEmpty() && components.isEmpty())
        return GraphReply::error(
            GraphError::invalidParameter(u"Give category and/or components."_s));
    if (!components.isEmpty()) {
        if (auto error = validateComponents(components))
            return GraphReply::error(*error);
        messageTemplate.components = components;
    }
    if (!category.isEmpty())
        messageTemplate.category = category;
    messageTemplate.status = u"PENDING"_s;
    scheduleReview(messageTemplate.id);
    return GraphReply::success();
}

void TemplateApi::scheduleReview(const QString &templateId) {
    QTimer::singleShot(m_state.options().templateReviewMs, this,
                       [this, templateId] { review(templateId); });
}

void TemplateApi::review(const QString &templateId) {
    const MessageTemplate *t = m_state.templates().byId(templateId);
    if (!t || t->status != u"PENDING"_s)
        return;
    const QString body = bodyText(t->components);
    static const QRegularExpression adjacent(u"\\}\\}\\s*\\{\\{"_s);
    static const QRegularExpression promotional(
        u"discount|% off|\\bsale\\b|\\bpromo|coupon|הנחה|מבצע"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (adjacent.match(body).hasMatch()) {
        changeStatus(templateId, u"REJECTED"_s, u"INVALID_FORMAT"_s,
                     {{u"rejection_info"_s,
                       QJsonObject{{u"reason"_s, u"Your template has parameters placed next to "
                                                 "each other without text or punctuation "
                                                 "between them."_s},
                                   {u"recommendation"_s,
                                    u"Separate parameters with descriptive text."_s}}}});
    } else if (t->name.startsWith(u"reject"_s)) {
        changeStatus(templateId, u"REJECTED"_s, u"ABUSIVE_CONTENT"_s);
    } else if (t->category != u"MARKETING"_s && promotional.match(body).hasMatch()) {
        changeStatus(templateId, u"REJECTED"_s, u"INCORRECT_CATEGORY"_s);
    } else {
        changeStatus(templateId, u"APPROVED"_s, u"NONE"_s);
    }
}

void TemplateApi::changeStatus(const QString &templateId, const QString &status,
                               const QString &reason, const QJsonObject &extra) {
    MessageTemplate *t = m_state.templates().byId(templateId);
    if (!t)
        return;
    t->status = status;
    t->rejectionReason = reason;
    qCInfo(Log::sandbox) << "template" << t->name << t->language << "is now" << status;
    QJsonObject value{{u"event"_s, status},
                      {u"message_template_id"_s, t->id.toLongLong()},
                      {u"message_template_name"_s, t->name},
                      {u"message_template_language"_s, t->language},
                      {u"reason"_s, reason},
                      {u"message_template_category"_s, t->category}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        value.insert(it.key(), it.value());
    m_emitter.deliver(m_state.webhookUrlFor(t->wabaId),
                      WebhookEnvelope::field(t->wabaId, u"message_template_status_update"_s, value,
                                             m_state.clock().nowSecs()));
}

} // namespace Switchboard::Sandbox
