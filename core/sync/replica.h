// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/databaseurl.h"
#include "core/sync/eventsink.h"
#include "core/sync/replicachange.h"
#include "core/workerthread.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

namespace Switchboard {

class Database;
class ReplicaWorker;

//! The console's local copy of one tenant's records on one relay: what the window shows at once,
//! relay or not, and what the SyncEngine brings up to date.
//!
//! One SQLite file per relay and tenant (location()), with a versioned schema: a table per record
//! kind (keys beside the full record as JSON), FTS5 over message text and customer names and
//! numbers, and the cursor. apply() writes a batch in one transaction on a worker thread of its
//! own, together with the new cursor, so a console killed at any moment resumes from a cursor
//! that matches its records. Applying is idempotent: events at or below the cursor are skipped,
//! and an event repeating a record's stored state changes nothing. After each commit that changed
//! records, changed() names the kinds and ids, on the thread that owns the Replica.
class Replica : public QObject, public EventSink {
    Q_OBJECT
public:
    //! The record kinds of the contract, as the event `type` names them.
    static const QStringList &kinds();

    //! Where the replica of `tenantId` on `relay` lives under `directory`:
    //! `replica-<tenant>-<first 8 hex of sha256(relay URL)>.sqlite`, the tenant id reduced to
    //! file-name-safe characters.
    static DatabaseUrl location(const QString &directory, const QUrl &relay,
                                const QString &tenantId);

    Replica(DatabaseUrl url, QObject *parent = nullptr);
    ~Replica() override;

    //! Opens (creating when missing) and migrates the file on the worker thread, and reads the
    //! cursor. Call before apply(); a second call does nothing.
    Status open();
    //! Waits for the batches already handed over, then closes the file. Also done on destruction.
    void close();

    const DatabaseUrl &url() const { return m_url; }

    //! Thread-safe: the seq of the last committed event.
    qint64 cursor() const override { return m_cursor.load(std::memory_order_acquire); }

    //! See EventSink. A malformed event (unknown type or op, no seq, no `data.id`) fails the
    //! whole batch with `invalid_event` naming its seq; nothing of it is applied.
    QFuture<Status> apply(QList<QJsonObject> events) override;

    // A small read API on a read connection of the owner's thread (opened on first use); the UI
    // models will have their own.

    //! The stored record of `kind` with `id`, or nothing.
    Result<std::optional<QJsonObject>> record(const QString &kind, const QString &id);
    //! Every record of `kind`, for the small kinds (labels, quick replies, templates).
    Result<QList<QJsonObject>> records(const QString &kind);
    //! How many records of `kind` the replica holds.
    Result<qint64> count(const QString &kind);
    //! Conversations with messages nobody has read yet (the tray's badge).
    Result<qint64> unreadConversationCount();
    //! Orders in `status` ("pending": new orders nobody confirmed yet).
    Result<qint64> orderCount(const QString &status);
    //! Ids of messages whose text holds every word of `terms` (as prefixes), newest first.
    Result<QStringList> searchMessages(const QString &terms);
    //! Ids of customers whose name or number holds every word of `terms` (as prefixes).
    Result<QStringList> searchCustomers(const QString &terms);

Q_SIGNALS:
    void changed(const Switchboard::ReplicaChange &change);

private:
    friend class ReplicaWorker;
    //! Called on the worker thread after a commit.
    void committed(const ReplicaChange &change);
    Result<Database *> reader();

    DatabaseUrl m_url;
    std::atomic<qint64> m_cursor{0};
    WorkerThread<ReplicaWorker> m_worker;
    std::unique_ptr<Database> m_reader;
};

} // namespace Switchboard
