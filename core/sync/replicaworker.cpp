// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/replicaworker_p.h"

#include "core/logging.h"
#include "core/sync/replica.h"
#include "core/sync/replicaschema_p.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Switchboard {

namespace {

Error invalidEvent(qint64 seq, const QString &why) {
    return Error{
        QStringLiteral("invalid_event"),
        QStringLiteral("Event %1 from the relay cannot be applied: %2.").arg(seq).arg(why)};
}

//! Records each id once per kind, in batch order; a later delete of an upserted id (or the
//! reverse) moves it to the list of what finally happened.
void note(QMap<QString, QStringList> &into, QMap<QString, QStringList> &other, const QString &kind,
          const QString &id) {
    auto otherKind = other.find(kind);
    if (otherKind != other.end()) {
        otherKind->removeAll(id);
        if (otherKind->isEmpty())
            other.erase(otherKind);
    }
    QStringList &ids = into[kind];
    if (!ids.contains(id))
        ids << id;
}

} // namespace

Result<qint64> ReplicaWorker::open(const DatabaseUrl &url) {
    auto database = Database::open(url);
    if (!database)
        return database.error();
    m_database = std::move(database).value();
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

Result<ReplicaChange> ReplicaWorker::apply(const QList<QJsonObject> &events) {
    ReplicaChange change;
    change.cursor = m_cursor;
    if (!m_database)
        return Error{QStringLiteral("replica_closed"), QStringLiteral("The replica is not open.")};
    if (events.isEmpty() || events.constLast().value(QStringLiteral("seq")).toInteger() <= m_cursor)
        return change; // all already applied (the ascending order is the engine's promise)

    if (auto begun = m_database->begin(); !begun)
        return begun.error();
    const auto fail = [&](Error error) -> Result<ReplicaChange> {
        m_database->rollback();
        qCWarning(Log::store) << "replica batch not applied:" << error.message;
        return error;
    };

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
            const QString json =
                QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
            auto q = m_database->query(table->upsertSql, table->upsertBindings(id, data, json));
            if (!q)
                return fail(q.error());
            if ((*q)->numRowsAffected() > 0)
                note(change.upserted, change.deleted, kind, id);
        } else if (op == QLatin1String("delete")) {
            auto q = m_database->query(table->deleteSql, {id});
            if (!q)
                return fail(q.error());
            if ((*q)->numRowsAffected() > 0)
                note(change.deleted, change.upserted, kind, id);
        } else {
            return fail(invalidEvent(seq, QStringLiteral("unknown op \"%1\"").arg(op)));
        }
        cursor = seq;
    }

    auto stored = m_database->query(QStringLiteral("UPDATE sync_state SET cursor = ? WHERE id = 1"),
                                    {cursor});
    if (!stored)
        return fail(stored.error());
    if (auto committed = m_database->commit(); !committed)
        return fail(committed.error());
    m_cursor = cursor;
    change.cursor = cursor;
    return change;
}

} // namespace Switchboard
