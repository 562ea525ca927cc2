// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/databaseurl.h"
#include "core/workerthread.h"

#include <QList>
#include <QObject>

#include <chrono>

namespace Switchboard {

class CheckpointWorker;

//! Copies SQLite write-ahead logs back into their database files, on a thread and connections
//! of its own.
//!
//! SQLite's default is to checkpoint inside the commit that grows the log past 1,000 pages: that
//! commit then writes the pages back and fsyncs the database file, 20–30 ms on a busy relay, and
//! the writer (ingest, the webhook inbox) and everything queued behind it wait. Here, every
//! `interval` what was committed is copied back without blocking anyone (a passive checkpoint).
//! Connections to these files call Database::deferCheckpoints(): they checkpoint only when the
//! log reaches Database::deferredCheckpointPages, and then find nearly everything copied
//! already; that short checkpoint lets their next commit start the log from its beginning, which
//! only a writer between transactions can do, so the log stays near that size.
class WalCheckpointer : public QObject {
public:
    explicit WalCheckpointer(QList<DatabaseUrl> files,
                             std::chrono::milliseconds interval = std::chrono::milliseconds(30),
                             QObject *parent = nullptr);
    ~WalCheckpointer() override;

    //! Opens the files; checkpoints every `interval` from then on.
    Status start();
    //! Runs a last checkpoint and closes the connections.
    void stop();

private:
    QList<DatabaseUrl> m_files;
    std::chrono::milliseconds m_interval;
    WorkerThread<CheckpointWorker> m_worker;
};

} // namespace Switchboard
