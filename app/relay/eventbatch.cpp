// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/eventbatch.h"

#include "core/store/database.h"
#include "core/store/statementcache.h"

#include <QSqlQuery>

namespace Switchboard {

EventBatch::EventBatch(Database &database)
    : m_database(database) {}

Result<qint64> EventBatch::append(const QString &tenantId, EventType type, EventOp op,
                                  const QString &data) {
    auto last = m_last.find(tenantId);
    if (last == m_last.end()) {
        auto stored = m_database.query(
            QStringLiteral("SELECT last_seq FROM tenant_sequences WHERE tenant_id = ?"),
            {tenantId});
        if (!stored)
            return stored.error();
        if (!(*stored)->next())
            return Error{QStringLiteral("unknown_tenant"),
                         QStringLiteral("Tenant %1 has no event sequence.").arg(tenantId)};
        last = m_last.emplace(tenantId, (*stored)->value(0).toLongLong()).first;
    }
    const qint64 seq = ++last->second;
    m_events.push_back({tenantId, seq, type, op,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), data});
    return seq;
}

void EventBatch::rollbackTo(const Mark &mark) {
    m_events.resize(mark.events);
    m_last = mark.last;
}

void EventBatch::clear() {
    m_events.clear();
    m_last.clear();
}

Status EventBatch::flush() {
    size_t done = 0;
    while (done < m_events.size()) {
        const size_t count = rowsPerStatement(m_events.size() - done);
        if (const Status inserted = insert(done, count); !inserted)
            return inserted;
        done += count;
    }
    for (const auto &[tenantId, last] : m_last) {
        auto moved = m_database.query(
            QStringLiteral("UPDATE tenant_sequences SET last_seq = ? WHERE tenant_id = ?"),
            {last, tenantId});
        if (!moved)
            return moved.error();
    }
    clear();
    return success();
}

Status EventBatch::insert(size_t from, size_t count) {
    QString sql = QStringLiteral("INSERT INTO events (tenant_id, seq, type, op, at, data) VALUES ");
    QVariantList bindings;
    bindings.reserve(qsizetype(count) * 6);
    for (size_t i = from; i < from + count; ++i) {
        const Pending &event = m_events[i];
        sql +=
            i == from ? QLatin1String("(?, ?, ?, ?, ?, ?)") : QLatin1String(", (?, ?, ?, ?, ?, ?)");
        bindings << event.tenantId << event.seq << toString(event.type) << toString(event.op)
                 << event.at << event.data;
    }
    auto inserted = m_database.query(sql, bindings);
    if (!inserted)
        return inserted.error();
    return success();
}

} // namespace Switchboard
