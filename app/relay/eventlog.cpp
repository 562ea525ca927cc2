// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/eventlog.h"

#include "core/store/database.h"
#include "core/store/multirow.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Switchboard {

EventLog::EventLog(Database &database)
    : m_database(database) {}

Status EventLog::createSequence(const QString &tenantId) {
    auto q = m_database.query(
        QStringLiteral("INSERT INTO tenant_sequences (tenant_id, last_seq) VALUES (?, 0)"),
        {tenantId});
    if (!q)
        return q.error();
    return success();
}

Status EventLog::lockTenant(const QString &tenantId) {
    if (m_database.backend() != Database::Backend::Postgres)
        return success(); // SQLite transactions begin IMMEDIATE: one writer at a time anyway
    auto locked = m_database.query(
        QStringLiteral("SELECT last_seq FROM tenant_sequences WHERE tenant_id = ? FOR UPDATE"),
        {tenantId});
    if (!locked)
        return locked.error();
    return success();
}

namespace {
Error unknownTenant(const QString &tenantId) {
    return Error{QStringLiteral("unknown_tenant"),
                 QStringLiteral("Tenant %1 has no event sequence.").arg(tenantId)};
}
} // namespace

Result<qint64> EventLog::append(const QString &tenantId, EventType type, EventOp op,
                                const QString &data) {
    auto next =
        m_database.query(QStringLiteral("UPDATE tenant_sequences SET last_seq = last_seq + 1 "
                                        "WHERE tenant_id = ? RETURNING last_seq"),
                         {tenantId});
    if (!next)
        return next.error();
    if (!(*next)->next())
        return unknownTenant(tenantId);
    const qint64 seq = (*next)->value(0).toLongLong();
    (*next)->finish();
    if (Status inserted =
            insert({{tenantId, seq, type, op,
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), data}});
        !inserted)
        return inserted.error();
    return seq;
}

Result<qint64> EventLog::storedLastSeq(const QString &tenantId) {
    auto q = m_database.query(
        QStringLiteral("SELECT last_seq FROM tenant_sequences WHERE tenant_id = ?"), {tenantId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return unknownTenant(tenantId);
    return (*q)->value(0).toLongLong();
}

Status EventLog::insert(const std::vector<Numbered> &events) {
    for (size_t done = 0; done < events.size();) {
        const size_t count = rowsPerStatement(events.size() - done);
        QVariantList bindings;
        bindings.reserve(qsizetype(count) * 6);
        for (size_t i = done; i < done + count; ++i)
            bindings << events[i].tenantId << events[i].seq << toString(events[i].type)
                     << toString(events[i].op) << events[i].at << events[i].data;
        auto inserted =
            m_database.query(QStringLiteral("INSERT INTO events (tenant_id, seq, type, op, at, "
                                            "data) VALUES ") +
                                 valuesPlaceholders(6, count),
                             bindings);
        if (!inserted)
            return inserted.error();
        done += count;
    }
    return success();
}

Status EventLog::setLastSeq(const QString &tenantId, qint64 lastSeq) {
    auto moved = m_database.query(
        QStringLiteral("UPDATE tenant_sequences SET last_seq = ? WHERE tenant_id = ?"),
        {lastSeq, tenantId});
    if (!moved)
        return moved.error();
    return success();
}

Status EventLog::announce(const QStringList &tenantIds, const QString &origin) {
    if (m_database.backend() != Database::Backend::Postgres)
        return success();
    for (const QString &tenantId : tenantIds) {
        auto sent =
            m_database.query(QStringLiteral("SELECT pg_notify(?, ?)"),
                             {announceChannel(), QString(origin + QLatin1Char(' ') + tenantId)});
        if (!sent)
            return sent.error();
    }
    return success();
}

QString EventLog::announceChannel() {
    return QStringLiteral("switchboard_events");
}

std::optional<QString> EventLog::announcedTenant(const QString &payload, const QString &origin) {
    const qsizetype space = payload.indexOf(QLatin1Char(' '));
    if (space < 0)
        return payload; // from a relay that does not name itself
    if (QStringView(payload).left(space) == origin)
        return std::nullopt;
    return payload.mid(space + 1);
}

Result<EventLog::Page> EventLog::page(const QString &tenantId, qint64 after, int limit) {
    auto q = m_database.query(QStringLiteral("SELECT seq, type, op, at, data FROM events WHERE "
                                             "tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
                              {tenantId, after, limit + 1});
    if (!q)
        return q.error();
    Page page;
    page.nextAfter = after;
    page.events.reserve(size_t(qMin(limit, 5000)));
    while ((*q)->next()) {
        if (int(page.events.size()) == limit) {
            page.more = true;
            break;
        }
        const qint64 seq = (*q)->value(0).toLongLong();
        page.events.push_back(eventJson(seq, (*q)->value(1).toString(), (*q)->value(2).toString(),
                                        (*q)->value(3).toString(), (*q)->value(4).toByteArray()));
        page.seqs.push_back(seq);
        page.nextAfter = seq;
    }
    return page;
}

QByteArray EventLog::eventJson(qint64 seq, const QString &type, const QString &op,
                               const QString &at, const QByteArray &data) {
    // type, op and at are the relay's own strings (no characters needing escapes).
    return "{\"seq\":" + QByteArray::number(seq) + ",\"type\":\"" + type.toLatin1() +
           "\",\"op\":\"" + op.toLatin1() + "\",\"at\":\"" + at.toLatin1() + "\",\"data\":" + data +
           '}';
}

} // namespace Switchboard
