// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/databaseurl.h"
#include "core/workerthread.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <functional>
#include <vector>

namespace Switchboard {

class InboxWriter;

//! The durable inbox of webhook deliveries, written with group commit.
//!
//! append() queues a verified body; a writer thread with its own database connection inserts
//! everything queued since its last commit in one transaction, so concurrent deliveries share one
//! fsync. Each caller's callback runs on the caller's (main) thread only after its row committed
//! (durable = true), or after the commit failed (false: answer 503 so Meta retries). stop()
//! finishes the commits in flight before returning.
class WebhookInbox : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(bool durable)>;

    explicit WebhookInbox(DatabaseUrl url, QObject *parent = nullptr);
    ~WebhookInbox() override;

    //! Opens the writer's connection; blocks until it is open or failed.
    Status start();
    void stop();

    void append(const QByteArray &body, Callback done);

    //! Deliveries written since start(), for metrics.
    qint64 appended() const { return m_appended; }

Q_SIGNALS:
    //! Rows up to this inbox id are durable (wakes ingest). Emitted on the writer thread, before
    //! the callbacks run: connect it directly to thread-safe slots only.
    void committed(qint64 lastInboxId);

private:
    friend class InboxWriter;
    struct Pending {
        quint64 ticket;
        QByteArray body;
    };
    void finish(const std::vector<quint64> &tickets, bool durable);

    DatabaseUrl m_url;
    WorkerThread<InboxWriter> m_writer;
    QMutex m_mutex;
    std::vector<Pending> m_queue;         // guarded by m_mutex
    bool m_drainScheduled = false;        // guarded by m_mutex
    QHash<quint64, Callback> m_callbacks; // main thread only
    quint64 m_nextTicket = 1;
    qint64 m_appended = 0;
};

} // namespace Switchboard
