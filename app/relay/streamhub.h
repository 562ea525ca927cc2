// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

#include <memory>

class QWebSocket;

namespace Switchboard {

class ApiAccess;
class Database;
class RelayServer;
class StreamClient;

//! GET /api/v1/tenants/{tid}/stream: WebSocket clients that receive their tenant's events, first
//! everything after their cursor, then live.
//!
//! The hub reads new events from the log when told a tenant's log grew (ingest, API handlers, or
//! PostgreSQL NOTIFY from another relay instance), so what a client receives is exactly the log:
//! no gap, no duplicate. A client that does not keep up (more than maxPendingBytes unsent) is
//! closed with code 4000 and a reason telling it to resume from its cursor; it never slows
//! ingest or other clients.
class StreamHub : public QObject {
    Q_OBJECT

public:
    StreamHub(RelayServer *server, Database *database, ApiAccess *access,
              QObject *parent = nullptr);
    ~StreamHub() override;

    int clientCount() const;
    //! Listens for other instances' NOTIFY on PostgreSQL (no-op on SQLite).
    void listenForNotifications();

    static constexpr qint64 maxPendingBytes = 8 * 1024 * 1024;
    static constexpr int closeCodeResume = 4000;

public Q_SLOTS:
    void tenantsChanged(const QStringList &tenantIds);

private:
    void accept(QWebSocket *socket);
    void pump(const QString &tenantId);
    void drop(StreamClient *client);

    Database *m_database;
    ApiAccess *m_access;
    RelayServer *m_server;
    QMultiHash<QString, StreamClient *> m_clients;
};

} // namespace Switchboard
