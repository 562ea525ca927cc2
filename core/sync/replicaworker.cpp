// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/replicaworker_p.h"

#include "core/logging.h"
#include "core/sync/replica.h"
#include "core/sync/replicaschema_p.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace Switchboard {

namespace {

Error invalidEvent(qint64 seq, const QString &why) {
    return Error{
        QStringLiteral("invalid_event"),
        QStringLiteral("Event %1 from the relay cannot be applied: %2.").arg(seq).arg(why)};
}

//! Collects a batch's change: each id once per kind, in batch order; a delete after an upsert
//! of the same id in the batch (or the reverse) leaves only what finally happened. Membership
//! is looked up in sets, as a page holds thousands of ids.
class ChangeCollector {
public:
    void upserted(const QString &kind, const QString &id) {
        note(m_change.upserted, m_upserted, m_change.deleted, m_deleted, kind, id);
    }
    void deleted(const QString &kind, const QString &id) {
        note(m_change.deleted, m_deleted, m_change.upserted, m_upserted, kind, id);
    }
    ReplicaChange take(qint64 cursor) {
        m_change.cursor = cursor;
        return std::move(m_change);
    }

private:
    using Seen = QHash<QString, QSet<QString>>;
    static void note(QMap<QString, QStringList> &into, Seen &seenInto,
                     QMap<QString, QStringList> &other, Seen &seenOther, const QString &kind,
                     const QString &id) {
        auto otherSeen = seenOther.find(kind);
        if (otherSeen != seenOther.end() && otherSeen->remove(id)) {
            QStringList &ids = other[kind];
            ids.removeOne(id);
            if (ids.isEmpty())
                other.remove(kind);
        }
        QSet<QString> &seen = seenInto[kind];
        if (seen.contains(id))
            return;
        seen.insert(id);
        into[kind] << id;
    }

    ReplicaChange m_change;
    Seen m_upserted;
    Seen m_deleted;
};

} // namespace

Result<qint64> ReplicaWorker::open(const DatabaseUrl &url) {
    auto database = Database::open(url);
    if (!database)
        return database.error();
    m_database = std::move(database).value();
    // A catch-up writes into every index and the search tables at once; with SQLite's default
    // 2 MB page cache most of that is re-read from the file. Only this connection gets more.
    if (auto cache = m_database->exec(QStringLiteral("PRAGMA cache_size = -32768")); !cache)
        return cache.error();
    if (auto migrated = migrateReplica(*m_database); !migrated)
        return migrated.error();
    auto q = m_database->query(QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1"));
    if (!q)
        return q.error();
    m_cursor = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    qCDebug(Log::store) << "replica" << url.sqlitePath << "at cursor" << m_cursor;
    return m_cursor;
}

void ReplicaWorker::close() {
    m_database.reset();
}

Result<bool> ReplicaWorker::upsert(const ReplicaTable &table, const QString &id,
                                   const QJsonObject &data) {
    const bool searched = !table.searchTable.isEmpty();
    QVariantList previous;
    if (searched) {
        auto q = m_database->query(table.previousSql, {id});
        if (!q)
            return q.error();
        if ((*q)->next()) {
            for (int i = 0; i <= int(table.searchColumns.size()); ++i)
                previous << (*q)->value(i);
        }
    }
    const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    const QVariantList bindings = table.upsertBindings(id, data, json);
    auto q = m_database->query(table.upsertSql, bindings);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return false; // the stored record is already this one
    if (searched) {
        QVariantList current{(*q)->value(0)};
        current << table.searchValues(bindings);
        if (previous == current)
            return true; // the searched words did not change
        if (!previous.isEmpty())
            m_search.push_back({&table, true, previous});
        m_search.push_back({&table, false, current});
    }
    return true;
}

Result<bool> ReplicaWorker::remove(const ReplicaTable &table, const QString &id) {
    auto q = m_database->query(table.deleteSql, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return false;
    if (!table.searchTable.isEmpty()) {
        QVariantList previous;
        for (int i = 0; i <= int(table.searchColumns.size()); ++i)
            previous << (*q)->value(i);
        m_search.push_back({&table, true, previous});
    }
    return true;
}

Result<ReplicaChange> ReplicaWorker::apply(const QList<QJsonObject> &events) {
    if (!m_database)
        return Error{QStringLiteral("replica_closed"), QStringLiteral("The replica is not open.")};
    if (events.isEmpty() || events.constLast().value(QStringLiteral("seq")).toInteger() <= m_cursor)
        return ReplicaChange{
            {}, {}, m_cursor}; // all already applied (the ascending order is the engine's promise)

    if (auto begun = m_database->begin(); !begun)
        return begun.error();
    const auto fail = [&](Error error) -> Result<ReplicaChange> {
        m_database->rollback();
        qCWarning(Log::store) << "replica batch not applied:" << error.message;
        return error;
    };

    ChangeCollector change;
    m_search.clear();
    qint64 cursor = m_cursor;
    for (const QJsonObject &event : events) {
        const qint64 seq = event.value(QStringLiteral("seq")).toInteger();
        if (seq <= 0)
            return fail(Error{
                QStringLiteral("invalid_event"),
                QStringLiteral("An event from the relay has no seq (after %1).").arg(cursor)});
        if (seq <= cursor)
            continue;
        const QString kind = event.value(QStringLiteral("type")).toString();
        const ReplicaTable *table = ReplicaTable::forKind(kind);
        if (!table)
            return fail(invalidEvent(seq, QStringLiteral("unknown type \"%1\"").arg(kind)));
        const QJsonValue dataValue = event.value(QStringLiteral("data"));
        if (!dataValue.isObject())
            return fail(invalidEvent(seq, QStringLiteral("no data object")));
        const QJsonObject data = dataValue.toObject();
        const QString id = table->idOf(data);
        if (id.isEmpty())
            return fail(invalidEvent(seq, QStringLiteral("the %1 has no data.id").arg(kind)));

        const QString op = event.value(QStringLiteral("op")).toString();
        if (op == QLatin1String("upsert")) {
            auto written = upsert(*table, id, data);
            if (!written)
                return fail(written.error());
            if (*written)
                change.upserted(kind, id);
        } else if (op == QLatin1String("delete")) {
            auto removed = remove(*table, id);
            if (!removed)
                return fail(removed.error());
            if (*removed)
                change.deleted(kind, id);
        } else {
            return fail(invalidEvent(seq, QStringLiteral("unknown op \"%1\"").arg(op)));
        }
        cursor = seq;
    }

    for (const SearchStep &step : std::as_const(m_search)) {
        auto q = m_database->query(
            step.remove ? step.table->searchDeleteSql : step.table->searchInsertSql, step.values);
        if (!q)
            return fail(q.error());
    }
    auto stored = m_database->query(QStringLiteral("UPDATE sync_state SET cursor = ? WHERE id = 1"),
                                    {cursor});
    if (!stored)
        return fail(stored.error());
    if (auto committed = m_database->commit(); !committed)
        return fail(committed.error());
    m_cursor = cursor;
    return change.take(cursor);
}

} // namespace Switchboard
