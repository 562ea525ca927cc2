// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/templates/templaterecords.h"

#include "app/relay/events/eventlog.h"
#include "app/relay/records/storedformat.h"
#include "core/store/database.h"

#include <QSqlQuery>

#include <map>

namespace Switchboard {

TemplateRecords::TemplateRecords(Database &database, QString tenantId)
    : m_database(database)
    , m_tenantId(std::move(tenantId)) {}

Result<QList<Template>> TemplateRecords::list() {
    auto q = m_database.query(QStringLiteral("SELECT data FROM templates WHERE tenant_id = ? "
                                             "ORDER BY name, language"),
                              {m_tenantId});
    if (!q)
        return q.error();
    QList<Template> templates;
    while ((*q)->next()) {
        if (auto parsed = templateFromJson(storedObject((*q)->value(0).toString())))
            templates << parsed.value();
    }
    return templates;
}

Result<QList<Template>> TemplateRecords::replaceAll(const QList<Template> &fromMeta) {
    auto stored = list();
    if (!stored)
        return stored.error();
    using Key = std::pair<QString, QString>;
    std::map<Key, Template> before;
    for (const Template &t : stored.value())
        before.emplace(Key(t.name, t.language), t);
    EventLog log(m_database);
    for (Template t : fromMeta) {
        const Key key(t.name, t.language);
        const auto known = before.find(key);
        if (known != before.end()) {
            if (t.quality.isEmpty())
                t.quality = known->second.quality;
            if (t.rejectedReason.isEmpty() && t.status == TemplateStatus::Rejected)
                t.rejectedReason = known->second.rejectedReason;
        }
        const bool changed = known == before.end() || !(known->second == t);
        const bool isNew = known == before.end();
        if (!isNew)
            before.erase(known);
        if (!changed)
            continue;
        const QString json = storedJson(toJson(t));
        auto written = m_database.query(
            isNew ? QStringLiteral("INSERT INTO templates (data, tenant_id, name, language) "
                                   "VALUES (?, ?, ?, ?)")
                  : QStringLiteral("UPDATE templates SET data = ? WHERE tenant_id = ? AND "
                                   "name = ? AND language = ?"),
            {json, m_tenantId, t.name, t.language});
        if (!written)
            return written.error();
        if (auto event = log.append(m_tenantId, EventType::Template, EventOp::Upsert, json); !event)
            return event.error();
        m_appended = true;
    }
    for (const auto &[key, gone] : before) {
        auto removed = m_database.query(QStringLiteral("DELETE FROM templates WHERE tenant_id = ? "
                                                       "AND name = ? AND language = ?"),
                                        {m_tenantId, key.first, key.second});
        if (!removed)
            return removed.error();
        const QString json = storedJson({{QStringLiteral("id"), gone.id},
                                         {QStringLiteral("name"), gone.name},
                                         {QStringLiteral("language"), gone.language}});
        if (auto event = log.append(m_tenantId, EventType::Template, EventOp::Delete, json); !event)
            return event.error();
        m_appended = true;
    }
    return list();
}

} // namespace Switchboard
