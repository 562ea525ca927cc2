// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QMetaObject>
#include <QString>
#include <QThread>

#include <memory>

namespace Switchboard {

//! A worker object with a thread of its own, for an owner on another thread: the webhook inbox's
//! writer, ingest, the SQLite checkpointer. The worker is opened and closed on its own thread
//! (QtSql connections belong to the thread that opened them) while the owner waits.
template <typename Worker>
class WorkerThread {
public:
    explicit WorkerThread(const QString &name) { m_thread.setObjectName(name); }
    ~WorkerThread() { Q_ASSERT(!m_thread.isRunning()); }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    //! Moves `worker` to the thread, starts it and returns what `open(worker)` returned there.
    //! Call stop() afterwards even when that failed.
    template <typename Open>
    Status start(std::unique_ptr<Worker> worker, Open open) {
        m_worker = std::move(worker);
        m_worker->moveToThread(&m_thread);
        m_thread.start();
        Status opened = success();
        QMetaObject::invokeMethod(
            m_worker.get(), [&] { opened = open(*m_worker); }, Qt::BlockingQueuedConnection);
        return opened;
    }

    //! Runs `close(worker)` on the thread (after whatever was queued to it), ends the thread and
    //! deletes the worker. Nothing when not started.
    template <typename Close>
    void stop(Close close) {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(
            m_worker.get(), [&] { close(*m_worker); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        m_worker.reset();
    }

    //! Null before start() and after stop(); its slots are called on the worker's thread.
    Worker *worker() const { return m_worker.get(); }

private:
    QThread m_thread;
    std::unique_ptr<Worker> m_worker;
};

} // namespace Switchboard
