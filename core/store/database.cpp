// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"

#include "core/logging.h"
#include "core/store/statementcache.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace Switchboard {

namespace {

//! SQLite's default busy handler sleeps in steps of up to 100 ms while another connection holds
//! the write lock, which turns a few milliseconds of contention into long stalls of webhook
//! acknowledgements. This one retries every 100 microseconds for up to 10 seconds.
int shortBusyWait(void *, int attempt) {
    if (attempt >= 100000)
        return 0;
    std::this_thread::sleep_for(std::chrono::microseconds(100));
    return 1;
}

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("switchboard-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Error sqlError(const QString &what, const QSqlQuery &query) {
    return Error{QStringLiteral("database_error"),
                 what + QStringLiteral(": ") + query.lastError().text()};
}

Error sqlError(const QString &what, const QSqlDatabase &db) {
    return Error{QStringLiteral("database_error"),
                 what + QStringLiteral(": ") + db.lastError().text()};
}

namespace {
// More distinct statements than the relay runs; each idle one holds a compiled program (SQLite)
// or a server-side prepared statement (PostgreSQL).
constexpr int statementCacheCapacity = 128;
} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
    , m_statements(std::make_shared<StatementCache>(statementCacheCapacity)) {}

Database::~Database() {
    m_statements.reset(); // every prepared statement goes before its connection
    m_connection = QSqlDatabase();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &url) {
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    return open(*parsed);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url) {
    const QString name = nextConnectionName();
    const bool sqlite = url.backend == Backend::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{QStringLiteral("database_driver_missing"),
                     QStringLiteral("The Qt SQL driver %1 is not installed (Debian package "
                                    "libqt6sql6-%2).")
                         .arg(driver, sqlite ? QStringLiteral("sqlite") : QStringLiteral("psql"))};

    // Constructed before the connection is registered, so its destructor cleans up on failure.
    std::unique_ptr<Database> database(new Database(url, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (sqlite) {
        if (url.sqlitePath != QLatin1String(":memory:")) {
            const QFileInfo info(url.sqlitePath);
            if (!QDir().mkpath(info.absolutePath()))
                return Error{
                    QStringLiteral("database_unavailable"),
                    QStringLiteral("Cannot create the directory %1.").arg(info.absolutePath())};
        }
        db.setDatabaseName(url.sqlitePath);
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.databaseName);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open())
        return Error{QStringLiteral("database_unavailable"),
                     QStringLiteral("Cannot open the database %1: %2")
                         .arg(url.redacted(), db.lastError().text())};
    database->m_connection = db;

    if (sqlite) {
        if (sqlite3 *raw = database->sqliteHandle())
            sqlite3_busy_handler(raw, shortBusyWait, nullptr);
        // WAL lets readers run beside the single writer; FULL sync makes a commit durable, which
        // the webhook acknowledgement depends on; group commit keeps that affordable. Temporary
        // b-trees (UPDATE … RETURNING, savepoint journals, sorts) stay in memory: in files they
        // cost a write system call per page on every statement that uses them.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA synchronous=FULL", "PRAGMA temp_store=MEMORY"}) {
            if (auto done = database->exec(QLatin1String(pragma)); !done)
                return done.error();
        }
        auto mode = database->query(QStringLiteral("PRAGMA journal_mode"));
        if (!mode)
            return mode.error();
        (*mode)->next();
        const QString journal = (*mode)->value(0).toString();
        if (url.sqlitePath != QLatin1String(":memory:") && journal != QLatin1String("wal"))
            return Error{QStringLiteral("database_unavailable"),
                         QStringLiteral("SQLite refused WAL mode (journal_mode=%1) for %2.")
                             .arg(journal, url.sqlitePath)};
    } else {
        if (auto done = database->exec(QStringLiteral("SET client_min_messages TO WARNING")); !done)
            return done.error();
    }
    qCDebug(Log::store) << "opened" << url.redacted() << "as" << name;
    return database;
}

Status Database::deferCheckpoints() {
    if (backend() != Backend::Sqlite)
        return success();
    return exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(deferredCheckpointPages));
}

QSqlDatabase Database::connection() const {
    return m_connection;
}

sqlite3 *Database::sqliteHandle() const {
    if (backend() != Backend::Sqlite)
        return nullptr;
    const QVariant handle = m_connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

Status Database::exec(const QString &sql) {
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return sqlError(QStringLiteral("Statement failed"), q);
    return success();
}

Result<Statement> Database::query(const QString &sql, const QVariantList &bindings) {
    auto result = run(sql, bindings);
    // A PostgreSQL server that restarted or dropped the connection fails every statement from
    // then on; outside a transaction the statement can simply run again on a new connection.
    if (!result && !m_inTransaction && reconnectIfLost())
        result = run(sql, bindings);
    return result;
}

Result<Statement> Database::run(const QString &sql, const QVariantList &bindings) {
    std::unique_ptr<QSqlQuery> q = m_statements->take(sql);
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_connection);
        if (!q->prepare(sql))
            return sqlError(QStringLiteral("Cannot prepare statement"), *q);
    }
    for (int i = 0; i < bindings.size(); ++i)
        q->bindValue(i, bindings.at(i));
    Statement statement(std::move(q), sql, m_statements);
    if (!statement->exec())
        return sqlError(QStringLiteral("Statement failed"), *statement);
    return statement;
}

Status Database::begin() {
    // Every transaction here writes. SQLite's deferred BEGIN reads first and then fails with
    // "database is locked" (SQLITE_BUSY_SNAPSHOT, which no busy handler retries) when another
    // connection committed in between; IMMEDIATE takes the write lock up front, waiting in the
    // busy handler like any writer.
    if (backend() == Backend::Sqlite) {
        Status begun = exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_inTransaction = begun.ok();
        return begun;
    }
    if (!m_connection.transaction() && (!reconnectIfLost() || !m_connection.transaction()))
        return sqlError(QStringLiteral("Cannot begin a transaction"), m_connection);
    m_inTransaction = true;
    return success();
}

Status Database::commit() {
    m_inTransaction = false;
    if (!m_connection.commit()) {
        Error error = sqlError(QStringLiteral("Commit failed"), m_connection);
        m_connection.rollback();
        return error;
    }
    return success();
}

void Database::rollback() {
    m_inTransaction = false;
    m_connection.rollback();
}

bool Database::reconnectIfLost() {
    if (backend() != Backend::Postgres)
        return false; // an open SQLite file does not go away
    {
        QSqlQuery probe(m_connection);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return false; // the connection is fine: the failure was the statement's own
    }
    qCWarning(Log::store) << "lost the connection to" << m_url.redacted() << "- reconnecting";
    m_statements->clear(); // prepared on the server side of the lost connection
    const QStringList channels = m_connection.driver()->subscribedToNotifications();
    m_connection.close();
    if (!m_connection.open()) {
        qCWarning(Log::store) << "cannot reconnect:" << m_connection.lastError().text();
        return false;
    }
    (void)exec(QStringLiteral("SET client_min_messages TO WARNING"));
    for (const QString &channel : channels)
        m_connection.driver()->subscribeToNotification(channel);
    return true;
}

QString Database::dialect(QString sql) const {
    const bool sqlite = backend() == Backend::Sqlite;
    sql.replace(QLatin1String("{{autoincrement}}"),
                sqlite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                       : QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(QLatin1String("{{blob}}"), sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    return sql;
}

} // namespace Switchboard
