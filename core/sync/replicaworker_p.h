// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/database.h"
#include "core/store/databaseurl.h"
#include "core/sync/replicachange.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace Switchboard {

class Replica;
struct ReplicaTable;

//! The Replica's writer: lives on the Replica's worker thread with a connection of its own, and
//! applies one batch per transaction. Keeps the committed cursor it read on open, so a batch
//! queued behind another skips what that one committed.
class ReplicaWorker : public QObject {
public:
    explicit ReplicaWorker(Replica *owner)
        : m_owner(owner) {}

    //! Opens and migrates the file; returns the stored cursor.
    Result<qint64> open(const DatabaseUrl &url);
    void close();

    //! Applies `events` in one transaction, the new cursor with them. On failure nothing is kept.
    Result<ReplicaChange> apply(const QList<QJsonObject> &events);

    Replica *owner() const { return m_owner; }

private:
    //! One change to a search table, written after the batch's records: FTS5 flushes its pending
    //! index data at every statement savepoint, which statements on the record tables open, so
    //! interleaving would write thousands of tiny segments.
    struct SearchStep {
        const ReplicaTable *table;
        bool remove;
        QVariantList values; // rowid, then the searched columns
    };

    //! True when the stored record changed.
    Result<bool> upsert(const ReplicaTable &table, const QString &id, const QJsonObject &data);
    Result<bool> remove(const ReplicaTable &table, const QString &id);

    Replica *m_owner;
    std::unique_ptr<Database> m_database;
    qint64 m_cursor = 0;
    std::vector<SearchStep> m_search;
};

} // namespace Switchboard
