// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/events/eventlog.h"

#include "core/store/database.h"
#include "core/store/multirow.h"
#include "core/store/sqlitestatement.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

#include <limits>
#include <map>

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

namespace {
Error unknownTenant(const QString &tenantId) {
    return Error{QStringLiteral("unknown_tenant"),
                 QStringLiteral("Tenant %1 has no event sequence.").arg(tenantId)};
}
} // namespace

Result<std::optional<qint64>> EventLog::lockTenant(const QString &tenantId) {
    if (m_database.backend() != Database::Backend::Postgres)
        return std::optional<qint64>(); // SQLite transactions begin IMMEDIATE: one writer anyway
    auto locked = m_database.query(
        QStringLiteral("SELECT last_seq FROM tenant_sequences WHERE tenant_id = ? FOR UPDATE"),
        {tenantId});
    if (!locked)
        return locked.error();
    if (!(*locked)->next())
        return std::optional<qint64>(); // no such tenant: its writer finds out
    return std::optional<qint64>((*locked)->value(0).toLongLong());
}

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

Status EventLog::write(const std::vector<Numbered> &events) {
    if (events.empty())
        return success();
    if (m_database.backend() == Database::Backend::Postgres) {
        // The events as one array a column, and the counters moved by the same statement.
        std::vector<QVariantList> rows;
        rows.reserve(events.size());
        for (const Numbered &event : events)
            rows.push_back({event.tenantId, event.seq, toString(event.type), toString(event.op),
                            event.at, event.data});
        std::vector<const QVariantList *> pointers;
        pointers.reserve(rows.size());
        for (const QVariantList &row : rows)
            pointers.push_back(&row);
        auto written = m_database.query(
            QStringLiteral("WITH written AS (INSERT INTO events (tenant_id, seq, type, op, at, "
                           "data) ") +
                unnestColumns({QStringLiteral("TEXT"), QStringLiteral("BIGINT"),
                               QStringLiteral("TEXT"), QStringLiteral("TEXT"),
                               QStringLiteral("TEXT"), QStringLiteral("TEXT")}) +
                QStringLiteral(" RETURNING tenant_id, seq) UPDATE tenant_sequences s SET "
                               "last_seq = w.seq FROM (SELECT tenant_id, MAX(seq) AS seq FROM "
                               "written GROUP BY tenant_id) w WHERE s.tenant_id = w.tenant_id"),
            postgresColumns(pointers, 6));
        if (!written)
            return written.error();
        return success();
    }
    if (Status inserted = insert(events); !inserted)
        return inserted;
    std::map<QString, qint64> last;
    for (const Numbered &event : events)
        last[event.tenantId] = qMax(last[event.tenantId], event.seq);
    for (const auto &[tenantId, seq] : last) {
        auto moved = m_database.query(
            QStringLiteral("UPDATE tenant_sequences SET last_seq = ? WHERE tenant_id = ?"),
            {seq, tenantId});
        if (!moved)
            return moved.error();
    }
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
    // seq has no gaps, so the next `limit` events, and one more to tell whether there are more,
    // are those up to after + limit + 1: a range of the primary key, read in order whatever the
    // planner's statistics say. "seq > after ORDER BY seq LIMIT n" let PostgreSQL, with
    // statistics from before a burst of events, read and sort the tenant's whole log instead
    // (for 200,000 events: half a second and 150 MB of sort files, per page).
    const qint64 last = after < std::numeric_limits<qint64>::max() - limit - 1
                            ? after + limit + 1
                            : std::numeric_limits<qint64>::max();
    auto page = readRange(tenantId, after, last, limit);
    if (!page || page->more)
        return page;
    // A short page is the end of the log, unless seqs are missing past it (events deleted by
    // hand): then read on past them without the range.
    auto stored = storedLastSeq(tenantId);
    if (!stored || *stored <= last)
        return page;
    return readRange(tenantId, after, std::nullopt, limit);
}

Result<EventLog::Page> EventLog::readRange(const QString &tenantId, qint64 after,
                                           std::optional<qint64> last, int limit) {
    const QString sql = last ? QStringLiteral("SELECT seq, type, op, at, data FROM events WHERE "
                                              "tenant_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
                             : QStringLiteral("SELECT seq, type, op, at, data FROM events WHERE "
                                              "tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    const qint64 bound = last ? *last : qint64(limit) + 1;
    Page page;
    page.nextAfter = after;
    page.events.reserve(size_t(qMin(limit, 5000)));
    const auto add = [&page, limit](qint64 seq, QByteArrayView type, QByteArrayView op,
                                    QByteArrayView at, QByteArrayView data) {
        if (int(page.events.size()) == limit) {
            page.more = true;
            return false;
        }
        page.events.push_back(eventJson(seq, type, op, at, data));
        page.seqs.push_back(seq);
        page.nextAfter = seq;
        return true;
    };

    if (sqlite3 *handle = m_database.sqliteHandle()) {
        // SQLite's own API: QtSql would turn every stored UTF-8 text into UTF-16 and the data
        // back again, a third of a page's cost.
        auto prepared = SqliteStatement::prepare(handle, sql);
        if (!prepared)
            return prepared.error();
        SqliteStatement statement = std::move(prepared).value();
        const QByteArray tenant = tenantId.toUtf8();
        if (!statement.bind(1, tenant) || !statement.bind(2, after) || !statement.bind(3, bound))
            return SqliteStatement::error(handle, QStringLiteral("Cannot read events"));
        int stepped = SQLITE_ROW;
        while ((stepped = sqlite3_step(statement.get())) == SQLITE_ROW) {
            if (!add(statement.int64(0), statement.text(1), statement.text(2), statement.text(3),
                     statement.text(4)))
                return page;
        }
        if (stepped != SQLITE_DONE)
            return SqliteStatement::error(handle, QStringLiteral("Cannot read events"));
        return page;
    }

    auto q = m_database.query(sql, {tenantId, after, bound});
    if (!q)
        return q.error();
    while ((*q)->next()) {
        if (!add((*q)->value(0).toLongLong(), (*q)->value(1).toString().toLatin1(),
                 (*q)->value(2).toString().toLatin1(), (*q)->value(3).toString().toLatin1(),
                 (*q)->value(4).toString().toUtf8()))
            break;
    }
    return page;
}

QByteArray EventLog::eventJson(qint64 seq, QByteArrayView type, QByteArrayView op,
                               QByteArrayView at, QByteArrayView data) {
    // type, op and at are the relay's own strings (no characters needing escapes).
    QByteArray json;
    json.reserve(48 + 20 + type.size() + op.size() + at.size() + data.size());
    json.append("{\"seq\":").append(QByteArray::number(seq)).append(",\"type\":\"");
    json.append(type).append("\",\"op\":\"").append(op).append("\",\"at\":\"").append(at);
    json.append("\",\"data\":").append(data).append('}');
    return json;
}

} // namespace Switchboard
