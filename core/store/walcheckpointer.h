// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/databaseurl.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <chrono>

namespace Switchboard {

class CheckpointWorker;

//! Copies SQLite write-ahead logs back into their database files, on a thread and connections
//! of its own.
//!
//! SQLite's default is to checkpoint inside the commit that grows the log past 1,000 pages: that
//! commit also writes the pages back and fsyncs the database file, 20–30 ms on a busy relay, and
//! the writer (ingest, the webhook inbox) and everything queued behind it wait. Connections to
//! files looked after here call Database::deferCheckpoints() instead.
//!
//! Every `interval` this thread copies what was committed, without blocking anyone (a passive
//! checkpoint). A busy writer always has a transaction open, so the log is rarely copied whole
//! at a moment a writer could start it again from the beginning; once it holds restartFrames,
//! and little is left to copy, a restarting checkpoint holds writers back for that little and
//! the next commit starts the log anew. So the log stays near restartFrames pages.
class WalCheckpointer : public QObject {
public:
    static constexpr int defaultRestartFrames = 8192;

    explicit WalCheckpointer(QList<DatabaseUrl> files,
                             std::chrono::milliseconds interval = std::chrono::milliseconds(100),
                             int restartFrames = defaultRestartFrames, QObject *parent = nullptr);
    ~WalCheckpointer() override;

    //! Opens the files; checkpoints every `interval` from then on.
    Status start();
    //! Runs a last checkpoint and closes the connections.
    void stop();

private:
    QList<DatabaseUrl> m_files;
    std::chrono::milliseconds m_interval;
    int m_restartFrames;
    QThread m_thread;
    CheckpointWorker *m_worker = nullptr;
};

} // namespace Switchboard
