// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/webhook/inboxstore.h"

#include "core/store/database.h"
#include "core/store/multirow.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace Switchboard {

namespace {

bool separateFile(const DatabaseUrl &main) {
    return main.backend == DatabaseUrl::Backend::Sqlite;
}

Result<qint64> single(Database &database, const QString &sql, const QVariantList &bindings = {}) {
    auto q = database.query(sql, bindings);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return qint64(0);
    return (*q)->value(0).toLongLong();
}

Result<qint64> cursor(Database &main) {
    return single(main, QStringLiteral("SELECT last_inbox_id FROM ingest_cursor WHERE id = 1"));
}

} // namespace

DatabaseUrl InboxStore::location(const DatabaseUrl &main) {
    if (!separateFile(main))
        return main;
    DatabaseUrl inbox = main;
    const QFileInfo file(main.sqlitePath);
    inbox.sqlitePath =
        file.dir().filePath(file.completeBaseName() + QStringLiteral(".inbox.") +
                            (file.suffix().isEmpty() ? QStringLiteral("sqlite") : file.suffix()));
    return inbox;
}

Result<std::unique_ptr<Database>> InboxStore::openInbox(const DatabaseUrl &main) {
    auto db = Database::open(location(main));
    if (!db)
        return db.error();
    if (separateFile(main)) {
        // The table of migration 0002, less the flag: progress is the cursor in the main file.
        const Status created = (*db)->exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS webhook_inbox (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "received_at TEXT NOT NULL, body BLOB NOT NULL)"));
        if (!created)
            return created.error();
        if (Status deferred = (*db)->deferCheckpoints(); !deferred)
            return deferred.error();
    }
    return db;
}

Result<InboxStore> InboxStore::open(Database &main) {
    if (!separateFile(main.url()))
        return InboxStore(main, nullptr);
    auto inbox = openInbox(main.url());
    if (!inbox)
        return inbox.error();
    return InboxStore(main, std::move(inbox).value());
}

InboxStore::InboxStore(Database &main, std::unique_ptr<Database> separate)
    : m_main(main)
    , m_separate(std::move(separate)) {}

InboxStore::InboxStore(InboxStore &&) noexcept = default;
InboxStore::~InboxStore() = default;

Database &InboxStore::inbox() const {
    return m_separate ? *m_separate : m_main;
}

Result<std::vector<InboxStore::Delivery>> InboxStore::claim(int limit) {
    Result<Statement> q = Error{};
    if (m_separate) {
        auto after = cursor(m_main);
        if (!after)
            return after.error();
        q = m_separate->query(QStringLiteral("SELECT id, body, received_at FROM webhook_inbox "
                                             "WHERE id > ? ORDER BY id LIMIT ?"),
                              {*after, limit});
    } else {
        q = m_main.query(QStringLiteral("SELECT id, body, received_at FROM webhook_inbox WHERE "
                                        "ingested = 0 ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED"),
                         {limit});
    }
    if (!q)
        return q.error();
    std::vector<Delivery> batch;
    while ((*q)->next()) {
        Delivery &delivery = batch.emplace_back();
        delivery.id = (*q)->value(0).toLongLong();
        delivery.body = (*q)->value(1).toByteArray();
        delivery.receivedAt = QDateTime::fromString((*q)->value(2).toString(), Qt::ISODateWithMs);
    }
    return batch;
}

Status InboxStore::complete(const std::vector<qint64> &ids) {
    if (ids.empty())
        return success();
    if (m_separate) {
        auto moved =
            m_main.query(QStringLiteral("UPDATE ingest_cursor SET last_inbox_id = ? WHERE id = 1"),
                         {ids.back()});
        if (!moved)
            return moved.error();
        return success();
    }
    // One statement for the batch, the ids as one PostgreSQL array.
    QStringList literal;
    literal.reserve(qsizetype(ids.size()));
    for (qint64 id : ids)
        literal << QString::number(id);
    auto marked = m_main.query(
        QStringLiteral("UPDATE webhook_inbox SET ingested = 1 WHERE id = ANY(CAST(? AS BIGINT[]))"),
        {postgresArray(literal)});
    if (!marked)
        return marked.error();
    return success();
}

Result<qint64> InboxStore::pending() {
    if (!m_separate)
        return single(m_main,
                      QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE ingested = 0"));
    auto after = cursor(m_main);
    if (!after)
        return after.error();
    return single(*m_separate, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE id > ?"),
                  {*after});
}

Result<qint64> InboxStore::stored() {
    return single(inbox(), QStringLiteral("SELECT COUNT(*) FROM webhook_inbox"));
}

Result<int> InboxStore::purge(const QDateTime &before, int limit) {
    const QString cutoff = before.toUTC().toString(Qt::ISODateWithMs);
    Result<Statement> deleted = Error{};
    if (m_separate) {
        auto after = cursor(m_main);
        if (!after)
            return after.error();
        deleted = m_separate->query(
            QStringLiteral("DELETE FROM webhook_inbox WHERE id IN (SELECT id FROM webhook_inbox "
                           "WHERE id <= ? AND received_at < ? ORDER BY id LIMIT ?)"),
            {*after, cutoff, limit});
    } else {
        deleted = m_main.query(
            QStringLiteral("DELETE FROM webhook_inbox WHERE id IN (SELECT id FROM webhook_inbox "
                           "WHERE ingested <> 0 AND received_at < ? ORDER BY id LIMIT ?)"),
            {cutoff, limit});
    }
    if (!deleted)
        return deleted.error();
    return (*deleted)->numRowsAffected();
}

} // namespace Switchboard
