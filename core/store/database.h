// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/databaseurl.h"
#include "core/store/statement.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlQuery;
struct sqlite3;

namespace Switchboard {

//! One open QtSql connection to SQLite or PostgreSQL, configured the way the project needs it.
//!
//! SQLite connections run in WAL mode with foreign keys on, a busy timeout and synchronous=FULL, so
//! that a committed transaction survives a crash or power loss (the relay acknowledges webhooks
//! only after a commit). A Database belongs to the thread that opened it, as QtSql requires; it
//! closes and unregisters its connection when destroyed.
class Database {
public:
    using Backend = DatabaseUrl::Backend;

    //! Opens `url` under a connection name unique to this object. For SQLite the parent
    //! directory is created when missing.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url);
    static Result<std::unique_ptr<Database>> open(const QString &url);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Backend backend() const { return m_url.backend; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase connection() const;
    //! SQLite's own handle of this connection, for SqliteStatement; nullptr on PostgreSQL.
    sqlite3 *sqliteHandle() const;

    //! Runs one statement without results; the error names the statement's failure.
    Status exec(const QString &sql);
    //! Runs `sql` with positional `?` bindings, on a statement prepared once per connection and
    //! reused (see Statement).
    Result<Statement> query(const QString &sql, const QVariantList &bindings = {});

    //! On PostgreSQL a lost connection (server restart, dropped network) is reopened by begin()
    //! and by a query() outside a transaction; a transaction it broke fails, and its caller
    //! retries it.
    Status begin();
    Status commit();
    void rollback();

    //! SQLite: this connection's commits leave copying the log back to a WalCheckpointer, and
    //! checkpoint only when the log reaches deferredCheckpointPages (8 MB of 4 KiB pages), to
    //! copy what is left and start the log again. Nothing on PostgreSQL.
    static constexpr int deferredCheckpointPages = 2048;
    Status deferCheckpoints();

    //! Replaces dialect placeholders in portable SQL: {{autoincrement}}, {{blob}}.
    QString dialect(QString sql) const;

private:
    Database(DatabaseUrl url, QString connectionName);
    Result<Statement> run(const QString &sql, const QVariantList &bindings);
    //! PostgreSQL: when the connection no longer answers, opens it again; true when it did.
    bool reconnectIfLost();

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_connection; // looked up once: QSqlDatabase::database() takes a global lock
    std::shared_ptr<StatementCache> m_statements;
    bool m_inTransaction = false;
};

//! Error for a failed statement, shaped like every other error of the project.
Error sqlError(const QString &what, const QSqlQuery &query);
Error sqlError(const QString &what, const QSqlDatabase &db);

} // namespace Switchboard
