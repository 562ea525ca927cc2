// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/replicaworker_p.h"

#include "core/logging.h"
#include "core/sync/replica.h"
#include "core/sync/replicaschema_p.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstring>

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

//! Resets a statement when leaving the scope that steps it, whichever way that is left.
class Stepping {
public:
    explicit Stepping(sqlite3_stmt *statement)
        : m_statement(statement) {}
    ~Stepping() { sqlite3_reset(m_statement); }
    Stepping(const Stepping &) = delete;
    Stepping &operator=(const Stepping &) = delete;

private:
    sqlite3_stmt *m_statement;
};

int bindValue(sqlite3_stmt *statement, int index, const ReplicaValue &value) {
    switch (value.type) {
    case ReplicaValue::Type::Null:
        return sqlite3_bind_null(statement, index);
    case ReplicaValue::Type::Integer:
        return sqlite3_bind_int64(statement, index, value.integer);
    case ReplicaValue::Type::Real:
        return sqlite3_bind_double(statement, index, value.real);
    case ReplicaValue::Type::Text:
        // The value outlives the step: bound without a copy.
        return sqlite3_bind_text(statement, index, value.text.constData(), int(value.text.size()),
                                 SQLITE_STATIC);
    }
    return SQLITE_MISUSE;
}

ReplicaValue columnValue(sqlite3_stmt *statement, int index) {
    ReplicaValue value;
    switch (sqlite3_column_type(statement, index)) {
    case SQLITE_NULL:
        break;
    case SQLITE_INTEGER:
        value.type = ReplicaValue::Type::Integer;
        value.integer = sqlite3_column_int64(statement, index);
        break;
    case SQLITE_FLOAT:
        value.type = ReplicaValue::Type::Real;
        value.real = sqlite3_column_double(statement, index);
        break;
    default: // text; never a blob in these tables, and FTS5 would read one as text
        value.type = ReplicaValue::Type::Text;
        value.text =
            QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, index)),
                       sqlite3_column_bytes(statement, index));
        break;
    }
    return value;
}

} // namespace

ReplicaWorker::~ReplicaWorker() {
    close();
}

Error ReplicaWorker::sqliteError(const char *what) const {
    return SqliteStatement::error(m_handle, QLatin1String(what));
}

Status ReplicaWorker::prepare(SqliteStatement &into, const QString &sql) {
    auto statement = SqliteStatement::prepare(m_handle, sql, /*persistent=*/true);
    if (!statement)
        return statement.error();
    into = std::move(statement).value();
    return success();
}

Status ReplicaWorker::prepareStatements() {
    m_handle = m_database->sqliteHandle();
    const std::vector<ReplicaTable> &tables = ReplicaTable::all();
    m_statements.resize(tables.size());
    for (size_t i = 0; i < tables.size(); ++i) {
        const ReplicaTable &table = tables[i];
        TableStatements &statements = m_statements[i];
        statements.table = &table;
        Status prepared = prepare(statements.remove, table.deleteSql);
        if (prepared && table.searchTable.isEmpty()) {
            prepared = prepare(statements.upsert, table.upsertSql);
        } else if (prepared) {
            const std::pair<SqliteStatement *, const QString *> searchedOnes[] = {
                {&statements.insert, &table.insertSql},
                {&statements.previous, &table.previousSql},
                {&statements.update, &table.updateSql},
                {&statements.searchInsert, &table.searchInsertSql},
                {&statements.searchDelete, &table.searchDeleteSql}};
            for (const auto &[into, sql] : searchedOnes) {
                if (prepared = prepare(*into, *sql); !prepared)
                    break;
            }
        }
        if (!prepared)
            return prepared;
    }
    return success();
}

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
    if (auto prepared = prepareStatements(); !prepared)
        return prepared.error();
    auto q = m_database->query(QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1"));
    if (!q)
        return q.error();
    m_cursor = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    qCDebug(Log::store) << "replica" << url.sqlitePath << "at cursor" << m_cursor;
    return m_cursor;
}

void ReplicaWorker::close() {
    // Finalized while the connection is open: SQLite cannot close a handle with statements left.
    m_statements.clear();
    m_handle = nullptr;
    m_database.reset();
}

Status ReplicaWorker::bindRecord(sqlite3_stmt *statement, const QByteArray &id,
                                 const QByteArray &json) {
    int rc = sqlite3_bind_text(statement, 1, id.constData(), int(id.size()), SQLITE_STATIC);
    int index = 2;
    for (const ReplicaValue &value : std::as_const(m_values)) {
        if (rc == SQLITE_OK)
            rc = bindValue(statement, index, value);
        ++index;
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(statement, index, json.constData(), int(json.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        return sqliteError("Cannot bind a record");
    return success();
}

Result<bool> ReplicaWorker::upsert(const TableStatements &statements, const QString &id,
                                   const QJsonObject &data) {
    const ReplicaTable &table = *statements.table;
    m_values.clear();
    for (const ReplicaTable::Column &column : table.columns)
        m_values.push_back(column.read(data));
    const QByteArray idText = id.toUtf8();
    const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);

    if (table.searchTable.isEmpty()) {
        sqlite3_stmt *upsert = statements.upsert.get();
        Stepping stepping(upsert);
        if (auto bound = bindRecord(upsert, idText, json); !bound)
            return bound.error();
        if (sqlite3_step(upsert) != SQLITE_DONE)
            return sqliteError("Cannot write a record");
        return sqlite3_changes(m_handle) > 0; // none: the stored record is already this one
    }

    const size_t searched = table.searchColumns.size();
    const auto searchNew = [&](qint64 rowid) {
        m_search.push_back({&statements, false, rowid, m_searchValues.size()});
        for (int i : table.searchColumns)
            m_searchValues.push_back(m_values[size_t(i)]);
    };
    {
        // Most records of a catch-up are new: one statement tells, and writes them.
        sqlite3_stmt *insert = statements.insert.get();
        Stepping stepping(insert);
        if (auto bound = bindRecord(insert, idText, json); !bound)
            return bound.error();
        if (sqlite3_step(insert) != SQLITE_DONE)
            return sqliteError("Cannot write a record");
        if (sqlite3_changes(m_handle) > 0) {
            searchNew(sqlite3_last_insert_rowid(m_handle));
            return true;
        }
    }

    // The record exists: its searched values before the update, for FTS5's delete.
    qint64 rowid = 0;
    const size_t previous = m_searchValues.size();
    {
        sqlite3_stmt *select = statements.previous.get();
        Stepping stepping(select);
        if (sqlite3_bind_text(select, 1, idText.constData(), int(idText.size()), SQLITE_STATIC) !=
            SQLITE_OK)
            return sqliteError("Cannot bind a record");
        const int rc = sqlite3_step(select);
        if (rc != SQLITE_ROW)
            return rc == SQLITE_DONE
                       ? Error{QStringLiteral("database_error"),
                               QStringLiteral("The %1 %2 conflicted but is not stored.")
                                   .arg(table.kind, id)}
                       : sqliteError("Cannot read a record");
        const auto *stored = static_cast<const char *>(sqlite3_column_blob(select, 1));
        const int storedSize = sqlite3_column_bytes(select, 1);
        if (sqlite3_column_type(select, 1) == SQLITE_TEXT && storedSize == json.size() &&
            (storedSize == 0 || std::memcmp(stored, json.constData(), size_t(storedSize)) == 0))
            return false; // the stored record is already this one
        rowid = sqlite3_column_int64(select, 0);
        for (size_t i = 0; i < searched; ++i)
            m_searchValues.push_back(columnValue(select, int(i) + 2));
    }
    {
        sqlite3_stmt *update = statements.update.get();
        Stepping stepping(update);
        if (auto bound = bindRecord(update, idText, json); !bound)
            return bound.error();
        if (sqlite3_step(update) != SQLITE_DONE)
            return sqliteError("Cannot write a record");
    }
    bool same = true;
    for (size_t i = 0; i < searched && same; ++i)
        same = m_searchValues[previous + i] == m_values[size_t(table.searchColumns[i])];
    if (same) {
        m_searchValues.resize(previous); // the searched words did not change
        return true;
    }
    m_search.push_back({&statements, true, rowid, previous});
    searchNew(rowid);
    return true;
}

Result<bool> ReplicaWorker::remove(const TableStatements &statements, const QString &id) {
    const ReplicaTable &table = *statements.table;
    const QByteArray idText = id.toUtf8();
    sqlite3_stmt *remove = statements.remove.get();
    Stepping stepping(remove);
    if (sqlite3_bind_text(remove, 1, idText.constData(), int(idText.size()), SQLITE_STATIC) !=
        SQLITE_OK)
        return sqliteError("Cannot bind a record");
    int rc = sqlite3_step(remove);
    if (rc == SQLITE_DONE)
        return false;
    if (rc != SQLITE_ROW)
        return sqliteError("Cannot delete a record");
    if (!table.searchTable.isEmpty()) {
        m_search.push_back(
            {&statements, true, sqlite3_column_int64(remove, 0), m_searchValues.size()});
        for (size_t i = 0; i < table.searchColumns.size(); ++i)
            m_searchValues.push_back(columnValue(remove, int(i) + 1));
    }
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(remove);
    if (rc != SQLITE_DONE)
        return sqliteError("Cannot delete a record");
    return true;
}

Status ReplicaWorker::writeSearch() {
    for (const SearchStep &step : std::as_const(m_search)) {
        sqlite3_stmt *statement =
            step.remove ? step.statements->searchDelete.get() : step.statements->searchInsert.get();
        Stepping stepping(statement);
        int rc = sqlite3_bind_int64(statement, 1, step.rowid);
        const size_t count = step.statements->table->searchColumns.size();
        for (size_t i = 0; i < count && rc == SQLITE_OK; ++i)
            rc = bindValue(statement, int(i) + 2, m_searchValues[step.first + i]);
        if (rc != SQLITE_OK)
            return sqliteError("Cannot bind a search row");
        if (sqlite3_step(statement) != SQLITE_DONE)
            return sqliteError("Cannot write a search row");
    }
    return success();
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
    m_searchValues.clear();
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

        const TableStatements &statements =
            m_statements[size_t(table - ReplicaTable::all().data())];
        const QString op = event.value(QStringLiteral("op")).toString();
        if (op == QLatin1String("upsert")) {
            auto written = upsert(statements, id, data);
            if (!written)
                return fail(written.error());
            if (*written)
                change.upserted(kind, id);
        } else if (op == QLatin1String("delete")) {
            auto removed = remove(statements, id);
            if (!removed)
                return fail(removed.error());
            if (*removed)
                change.deleted(kind, id);
        } else {
            return fail(invalidEvent(seq, QStringLiteral("unknown op \"%1\"").arg(op)));
        }
        cursor = seq;
    }

    if (auto searched = writeSearch(); !searched)
        return fail(searched.error());
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
