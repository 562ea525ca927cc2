// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/replica.h"

#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/sync/replicaschema_p.h"
#include "core/sync/replicaworker_p.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QPromise>
#include <QSqlQuery>

namespace Switchboard {

const QStringList &Replica::kinds() {
    static const QStringList all = [] {
        QStringList names;
        for (const ReplicaTable &table : ReplicaTable::all())
            names << table.kind;
        return names;
    }();
    return all;
}

DatabaseUrl Replica::location(const QString &directory, const QUrl &relay,
                              const QString &tenantId) {
    // The same relay however it was written: "https://relay/" and "https://relay" are one.
    QUrl normal = relay.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normal.path() == QLatin1String("/"))
        normal.setPath({});
    const QByteArray digest =
        QCryptographicHash::hash(normal.toEncoded(), QCryptographicHash::Sha256).toHex().left(8);
    QString tenant;
    for (const QChar c : tenantId)
        tenant +=
            (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') ? c : QChar(u'_');
    DatabaseUrl url;
    url.backend = DatabaseUrl::Backend::Sqlite;
    url.sqlitePath = QDir(directory).filePath(
        QStringLiteral("replica-%1-%2.sqlite").arg(tenant, QString::fromLatin1(digest)));
    return url;
}

Replica::Replica(DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_worker(QStringLiteral("replica")) {
    qRegisterMetaType<ReplicaChange>();
}

Replica::~Replica() {
    close();
}

Status Replica::open() {
    if (m_worker.worker())
        return success(); // already open
    Status opened = m_worker.start(std::make_unique<ReplicaWorker>(this),
                                   [this](ReplicaWorker &worker) -> Status {
                                       auto cursor = worker.open(m_url);
                                       if (!cursor)
                                           return cursor.error();
                                       m_cursor.store(*cursor, std::memory_order_release);
                                       return success();
                                   });
    if (!opened)
        close();
    return opened;
}

void Replica::close() {
    m_reader.reset();
    m_worker.stop([](ReplicaWorker &worker) { worker.close(); });
}

QFuture<Status> Replica::apply(QList<QJsonObject> events) {
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    ReplicaWorker *worker = m_worker.worker();
    if (!worker) {
        promise->addResult(
            Error{QStringLiteral("replica_closed"), QStringLiteral("The replica is not open.")});
        promise->finish();
        return future;
    }
    QMetaObject::invokeMethod(
        worker,
        [worker, promise, events = std::move(events)] {
            auto applied = worker->apply(events);
            if (applied) {
                worker->owner()->committed(*applied);
                promise->addResult(success());
            } else {
                promise->addResult(applied.error());
            }
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

void Replica::committed(const ReplicaChange &change) {
    // The cursor is up to date before the future finishes; the announcement goes to the owner's
    // thread, where the models are.
    m_cursor.store(change.cursor, std::memory_order_release);
    if (change.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this, [this, change] { Q_EMIT changed(change); }, Qt::QueuedConnection);
}

Result<Database *> Replica::reader() {
    if (!m_reader) {
        auto database = Database::open(m_url);
        if (!database)
            return database.error();
        m_reader = std::move(database).value();
    }
    return m_reader.get();
}

namespace {

//! The statement `sql` (a member of the kind's table) run on the read connection.
Result<Statement> readKind(Result<Database *> db, const QString &kind, QString ReplicaTable::*sql,
                           const QVariantList &bindings) {
    const ReplicaTable *table = ReplicaTable::forKind(kind);
    if (!table)
        return Error{QStringLiteral("unknown_kind"),
                     QStringLiteral("The replica holds no records of kind \"%1\".").arg(kind)};
    if (!db)
        return db.error();
    return (*db)->query(table->*sql, bindings);
}

} // namespace

Result<std::optional<QJsonObject>> Replica::record(const QString &kind, const QString &id) {
    auto q = readKind(reader(), kind, &ReplicaTable::selectSql, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(
        QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object());
}

Result<QList<QJsonObject>> Replica::records(const QString &kind) {
    const ReplicaTable *table = ReplicaTable::forKind(kind);
    if (!table)
        return Error{QStringLiteral("unknown_kind"),
                     QStringLiteral("The replica holds no records of kind \"%1\".").arg(kind)};
    auto db = reader();
    if (!db)
        return db.error();
    auto q = (*db)->query(QStringLiteral("SELECT data FROM %1 ORDER BY rowid").arg(table->table));
    if (!q)
        return q.error();
    QList<QJsonObject> all;
    while ((*q)->next())
        all << QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
    return all;
}

Result<qint64> Replica::count(const QString &kind) {
    auto q = readKind(reader(), kind, &ReplicaTable::countSql, {});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

Result<qint64> Replica::unreadConversationCount() {
    auto db = reader();
    if (!db)
        return db.error();
    auto q = (*db)->query(
        QStringLiteral("SELECT COUNT(*) FROM conversations WHERE unread_count > 0"), {});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

Result<qint64> Replica::orderCount(const QString &status) {
    auto db = reader();
    if (!db)
        return db.error();
    auto q = (*db)->query(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = ?"), {status});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

namespace {

Result<QStringList> searchIds(Result<Database *> db, const QString &sql, const QString &terms) {
    if (!db)
        return db.error();
    const QString match = ftsQuery(terms);
    if (match.isEmpty())
        return QStringList();
    auto q = (*db)->query(sql, {match});
    if (!q)
        return q.error();
    QStringList ids;
    while ((*q)->next())
        ids << (*q)->value(0).toString();
    return ids;
}

} // namespace

Result<QStringList> Replica::searchMessages(const QString &terms) {
    return searchIds(
        reader(),
        QStringLiteral("SELECT m.id FROM message_search s JOIN messages m ON m.rowid = "
                       "s.rowid WHERE message_search MATCH ? ORDER BY m.timestamp "
                       "DESC, m.id"),
        terms);
}

Result<QStringList> Replica::searchCustomers(const QString &terms) {
    return searchIds(reader(),
                     QStringLiteral("SELECT c.id FROM customer_search s JOIN customers c ON "
                                    "c.rowid = s.rowid WHERE customer_search MATCH ? ORDER BY "
                                    "s.rank, c.id"),
                     terms);
}

} // namespace Switchboard
