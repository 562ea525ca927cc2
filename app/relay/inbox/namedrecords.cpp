// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/inbox/namedrecords.h"

#include "app/relay/events/eventlog.h"
#include "app/relay/records/storedformat.h"
#include "core/store/database.h"

#include <QSqlQuery>

namespace Switchboard {

NamedRecords::NamedRecords(Database &database, QString tenantId, const Table &table)
    : m_database(database)
    , m_tenantId(std::move(tenantId))
    , m_table(table) {}

Result<QList<QJsonObject>> NamedRecords::list() {
    auto q =
        m_database.query(QStringLiteral("SELECT data FROM %1 WHERE tenant_id = ? ORDER BY %2")
                             .arg(QLatin1String(m_table.name), QLatin1String(m_table.keyColumn)),
                         {m_tenantId});
    if (!q)
        return q.error();
    QList<QJsonObject> records;
    while ((*q)->next())
        records << storedObject((*q)->value(0).toString());
    return records;
}

Result<std::optional<QJsonObject>> NamedRecords::find(const QString &id) {
    auto q = m_database.query(QStringLiteral("SELECT data FROM %1 WHERE id = ? AND tenant_id = ?")
                                  .arg(QLatin1String(m_table.name)),
                              {id, m_tenantId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(storedObject((*q)->value(0).toString()));
}

Status NamedRecords::save(const QString &id, const QString &key, const QJsonObject &record,
                          bool isNew) {
    auto taken = m_database.query(
        QStringLiteral("SELECT id FROM %1 WHERE tenant_id = ? AND %2 = ? AND id <> ?")
            .arg(QLatin1String(m_table.name), QLatin1String(m_table.keyColumn)),
        {m_tenantId, key, id});
    if (!taken)
        return taken.error();
    if ((*taken)->next())
        return Error{QStringLiteral("conflict"),
                     QStringLiteral("Another %1 of this business has the %2 %3.")
                         .arg(QLatin1String(m_table.what), QLatin1String(m_table.keyName), key)};
    (*taken)->finish();
    const QString json = storedJson(record);
    auto written = m_database.query(
        isNew ? QStringLiteral("INSERT INTO %1 (%2, data, id, tenant_id) VALUES (?, ?, ?, ?)")
                    .arg(QLatin1String(m_table.name), QLatin1String(m_table.keyColumn))
              : QStringLiteral("UPDATE %1 SET %2 = ?, data = ? WHERE id = ? AND tenant_id = ?")
                    .arg(QLatin1String(m_table.name), QLatin1String(m_table.keyColumn)),
        {key, json, id, m_tenantId});
    if (!written)
        return written.error();
    auto event = EventLog(m_database).append(m_tenantId, m_table.event, EventOp::Upsert, json);
    if (!event)
        return event.error();
    m_appended = true;
    return success();
}

Result<bool> NamedRecords::remove(const QString &id) {
    auto removed = m_database.query(QStringLiteral("DELETE FROM %1 WHERE id = ? AND tenant_id = ?")
                                        .arg(QLatin1String(m_table.name)),
                                    {id, m_tenantId});
    if (!removed)
        return removed.error();
    if ((*removed)->numRowsAffected() < 1)
        return false;
    auto event = EventLog(m_database)
                     .append(m_tenantId, m_table.event, EventOp::Delete,
                             storedJson({{QStringLiteral("id"), id}}));
    if (!event)
        return event.error();
    m_appended = true;
    return true;
}

} // namespace Switchboard
