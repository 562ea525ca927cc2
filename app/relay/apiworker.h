// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/databaseurl.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Switchboard {

class ApiAccess;
class Database;
class GraphClient;
class Metrics;
class SendQueue;
class StateTokenIssuer;

//! What the API handlers use, on the API thread: a database connection of their own, a Graph
//! client on a network manager of that thread, the numbers' send queues and the signup states.
//!
//! The HTTP thread then only accepts requests and acknowledges webhooks: a slow query or a busy
//! Graph call of a console's request never delays Meta's acknowledgement. Opened and closed on
//! its own thread (WorkerThread), like the inbox writer and ingest.
class ApiWorker : public QObject {
    Q_OBJECT

public:
    struct Settings {
        DatabaseUrl database;
        QUrl graphUrl;
        QString graphVersion;
        QByteArray stateKey; //!< signs signup states (derived from the master key)
    };
    ApiWorker(Settings settings, Metrics *metrics);
    ~ApiWorker() override;

    Status open();
    void close();

    Database *database() const { return m_database.get(); }
    ApiAccess *access() const { return m_access.get(); }
    GraphClient *graph() const { return m_graph.get(); }
    SendQueue *sendQueue() const { return m_sendQueue.get(); }
    StateTokenIssuer *signupStates() const { return m_signupStates.get(); }

private:
    Settings m_settings;
    Metrics *m_metrics;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ApiAccess> m_access;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<SendQueue> m_sendQueue;
    std::unique_ptr<StateTokenIssuer> m_signupStates;
};

} // namespace Switchboard
