// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/events/streamfanout.h"
#include "core/result.h"

#include <QObject>
#include <QThread>

#include <memory>

class QTcpSocket;
class QWebSocket;

namespace Switchboard {

class ApiAccess;
class RouteTable;
class Database;
class RelayServer;

//! GET /api/v1/tenants/{tid}/stream: WebSocket clients that receive their tenant's events, first
//! everything after their cursor, then live.
//!
//! The hub authorises the upgrade on the HTTP thread and hands the socket to the StreamFanout on
//! a thread of its own, which sends events when told a tenant's log grew (ingest, API handlers,
//! or PostgreSQL NOTIFY from another relay instance). A client that does not keep up is closed
//! with code 4000 and a reason telling it to resume from its cursor; it never slows ingest,
//! webhook acknowledgements or other clients.
class StreamHub : public QObject {
    Q_OBJECT

public:
    //! `origin` names this relay instance in its announcements to others (EventLog::announce).
    StreamHub(RouteTable &routes, RelayServer *server, Database *database, ApiAccess *access,
              QString origin, QObject *parent = nullptr);
    ~StreamHub() override;

    //! Starts the fan-out thread with its own database connection.
    Status start();
    int clientCount() const;
    //! Listens for other instances' NOTIFY on PostgreSQL (no-op on SQLite).
    void listenForNotifications();

    static constexpr qint64 maxPendingBytes = StreamFanout::maxPendingBytes;
    static constexpr int closeCodeResume = StreamFanout::closeCodeResume;

public Q_SLOTS:
    //! Callable from any thread (ingest calls it right after its commit).
    void tenantsChanged(const QStringList &tenantIds);
    //! The API handlers of this relay appended events (after their commit): its own clients get
    //! them, and the other relays sharing the database are told.
    void appendedHere(const QStringList &tenantIds);

private:
    void accept(QWebSocket *socket);
    QTcpSocket *connectionOf(const QWebSocket &socket) const;

    Database *m_database;
    ApiAccess *m_access;
    RelayServer *m_server;
    QString m_origin;
    QThread m_thread;
    std::unique_ptr<StreamFanout> m_fanout;
};

} // namespace Switchboard
