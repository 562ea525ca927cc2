// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/databaseurl.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>
#include <vector>

namespace Switchboard {

class Database;

//! Where acknowledged webhook deliveries wait for ingest, and how ingest takes them.
//!
//! On PostgreSQL the inbox is a table of the shared database: relays claim rows with SKIP LOCKED
//! and mark them ingested, so several instances share it. On SQLite it is a file of its own
//! beside the database (relay.sqlite → relay.inbox.sqlite): SQLite has one writer per file, and
//! with one file every acknowledgement waited for ingest's transactions. Ingest's progress is a
//! cursor in the main database, written in the same transaction as the records it produced, so
//! a delivery is ingested exactly once whatever crashes when.
class InboxStore {
public:
    struct Delivery {
        qint64 id = 0;
        QByteArray body;
        QDateTime receivedAt;
    };

    //! The inbox of the relay database `main`.
    static DatabaseUrl location(const DatabaseUrl &main);
    //! Opens the inbox of `main` on this thread, creating its table when missing (SQLite).
    static Result<std::unique_ptr<Database>> openInbox(const DatabaseUrl &main);
    //! The inbox of the relay database `main` (open on this thread), for ingest and inspection.
    static Result<InboxStore> open(Database &main);

    InboxStore(InboxStore &&) noexcept;
    ~InboxStore();

    //! Inside a transaction of the main database: the oldest deliveries not yet ingested, at most
    //! `limit` (on PostgreSQL locked, skipping those another relay holds).
    Result<std::vector<Delivery>> claim(int limit);
    //! In the same transaction: the claimed deliveries `ids` (in claim order) were ingested or
    //! dead-lettered.
    Status complete(const std::vector<qint64> &ids);
    //! Deliveries acknowledged but not yet ingested.
    Result<qint64> pending();
    //! Deliveries kept, ingested or not.
    Result<qint64> stored();
    //! Deletes at most `limit` ingested deliveries received before `before`; returns how many.
    Result<int> purge(const QDateTime &before, int limit);

private:
    InboxStore(Database &main, std::unique_ptr<Database> separate);
    Database &inbox() const;

    Database &m_main;
    std::unique_ptr<Database> m_separate; // SQLite: the inbox file
};

} // namespace Switchboard
