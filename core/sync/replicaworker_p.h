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

namespace Switchboard {

class Replica;

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
    Replica *m_owner;
    std::unique_ptr<Database> m_database;
    qint64 m_cursor = 0;
};

} // namespace Switchboard
