// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/databaseurl.h"

#include <QMultiHash>
#include <QObject>

#include <atomic>
#include <memory>

class QTcpSocket;
class QWebSocket;

namespace Switchboard {

class Database;
class StreamClient;

//! The stream clients of every tenant and the sending of their events, on a thread of its own.
//!
//! A hundred consoles of a busy tenant receive a hundred copies of every event: that work, and
//! polling their sockets, would otherwise share the thread that acknowledges webhooks. The
//! fan-out reads new events from the log with its own connection when told a tenant's log grew,
//! so what a client receives is exactly the log: no gap, no duplicate. A client with more than
//! maxPendingBytes unsent is closed with code closeCodeResume and told to resume from its cursor.
class StreamFanout : public QObject {
public:
    static constexpr qint64 maxPendingBytes = 8 * 1024 * 1024;
    static constexpr int closeCodeResume = 4000;

    StreamFanout();
    ~StreamFanout() override;

    //! On the fan-out thread.
    Status open(const DatabaseUrl &url);
    //! Takes a socket and the TCP connection under it, both already moved to this thread, for a
    //! caller allowed to read `tenantId`.
    void add(QWebSocket *socket, QTcpSocket *connection, const QString &tenantId, qint64 after);
    void tenantsChanged(const QStringList &tenantIds);
    //! Closes every client and the database connection.
    void close();

    //! Readable from any thread.
    int clientCount() const { return m_clientCount.load(std::memory_order_relaxed); }

private:
    void pump(const QString &tenantId);
    void drop(StreamClient *client);

    std::unique_ptr<Database> m_database;
    QMultiHash<QString, StreamClient *> m_clients;
    std::atomic<int> m_clientCount = 0;
};

} // namespace Switchboard
