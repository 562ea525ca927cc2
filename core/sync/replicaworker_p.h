// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/database.h"
#include "core/store/databaseurl.h"
#include "core/store/sqlitestatement.h"
#include "core/sync/replicachange.h"
#include "core/sync/replicaschema_p.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>
#include <utility>
#include <vector>

struct sqlite3;

namespace Switchboard {

class Replica;

//! The Replica's writer: lives on the Replica's worker thread with a connection of its own, and
//! applies one batch per transaction. Keeps the committed cursor it read on open, so a batch
//! queued behind another skips what that one committed.
//!
//! A catch-up writes hundreds of thousands of records, so the records and search tables are
//! written with SQLite's own API on the connection's handle, through statements prepared once
//! (QtSql's QVariant bindings and result caching cost several times what SQLite does). The
//! transaction and the cursor still go through the Database.
class ReplicaWorker : public QObject {
public:
    explicit ReplicaWorker(Replica *owner)
        : m_owner(owner) {}
    ~ReplicaWorker() override;

    //! Opens and migrates the file; returns the stored cursor.
    Result<qint64> open(const DatabaseUrl &url);
    void close();

    //! Applies `events` in one transaction, the new cursor with them. On failure nothing is kept.
    Result<ReplicaChange> apply(const QList<QJsonObject> &events);

    Replica *owner() const { return m_owner; }

private:
    //! One table's statements (see ReplicaTable for what each does); empty where not needed.
    struct TableStatements {
        const ReplicaTable *table = nullptr;
        SqliteStatement upsert;
        SqliteStatement insert;
        SqliteStatement previous;
        SqliteStatement update;
        SqliteStatement remove;
        SqliteStatement searchInsert;
        SqliteStatement searchDelete;
    };

    //! One change to a search table, written after the batch's records: FTS5 flushes its pending
    //! index data at every statement savepoint, which statements on the record tables open, so
    //! interleaving would write thousands of tiny segments. Its searched values are
    //! m_searchValues[first…first + the table's searched columns).
    struct SearchStep {
        const TableStatements *statements;
        bool remove;
        qint64 rowid;
        size_t first;
    };

    Status prepareStatements();
    Status prepare(SqliteStatement &into, const QString &sql);
    //! Binds the id, the record's key columns (kept in m_values) and the JSON.
    Status bindRecord(sqlite3_stmt *statement, const QByteArray &id, const QByteArray &json);
    Error sqliteError(const char *what) const;

    //! True when the stored record changed.
    Result<bool> upsert(const TableStatements &statements, const QString &id,
                        const QJsonObject &data);
    Result<bool> remove(const TableStatements &statements, const QString &id);
    Status writeSearch();

    Replica *m_owner;
    std::unique_ptr<Database> m_database;
    sqlite3 *m_handle = nullptr;
    std::vector<TableStatements> m_statements; // in the order of ReplicaTable::all()
    qint64 m_cursor = 0;
    std::vector<ReplicaValue> m_values; // the key columns of the record being written
    std::vector<SearchStep> m_search;
    std::vector<ReplicaValue> m_searchValues;
};

} // namespace Switchboard
