// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/apiworker.h"
#include "app/relay/operations/relayconfig.h"
#include "core/result.h"
#include "core/workerthread.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace Switchboard {

class Database;
class Metrics;
class RelayServer;
class SecretBox;
class ApiAccess;
class AuthEndpoint;
class Ingestor;
class StreamHub;
class TenantEndpoints;
class WebhookEndpoint;
class WebhookInbox;
class GraphClient;
class SignupEndpoints;
class MessageEndpoint;
class OrderEndpoints;
class ProductEndpoints;
class SendQueue;
class ConnectionHealth;
class StateTokenIssuer;
class WalCheckpointer;
class RouteTable;
class ConversationEndpoints;
class LabelEndpoints;
class QuickReplyEndpoints;
class TemplateEndpoints;
class MediaEndpoint;

//! The whole relay service, wired together: the database, the sealed-secret box, the webhook
//! inbox, the endpoints and the listener. `serve` and the tests build one of these.
class Relay : public QObject {
    Q_OBJECT

public:
    explicit Relay(RelayConfig config, QObject *parent = nullptr);
    ~Relay() override;

    //! Opens and checks everything, then listens. Returns the bound port.
    Result<quint16> start();
    //! Stops taking requests and finishes the commits in flight.
    void stop();

    RelayServer *server() const { return m_server.get(); }
    Metrics *metrics() const { return m_metrics.get(); }
    Ingestor *ingestor() const { return m_ingestor.get(); }
    StreamHub *streamHub() const { return m_stream.get(); }
    ConnectionHealth *connectionHealth() const { return m_health.get(); }
    //! The API routes with who may call them (tests try every tenant route as an outsider).
    const RouteTable *routes() const { return m_routes.get(); }

private:
    RelayConfig m_config;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretBox> m_box;
    std::unique_ptr<WebhookInbox> m_inbox;
    std::unique_ptr<RelayServer> m_server;
    std::unique_ptr<Ingestor> m_ingestor;
    std::unique_ptr<ApiAccess> m_access;
    std::unique_ptr<RouteTable> m_routes;
    std::unique_ptr<WebhookEndpoint> m_webhooks;
    std::unique_ptr<AuthEndpoint> m_auth;
    std::unique_ptr<TenantEndpoints> m_tenants;
    std::unique_ptr<StreamHub> m_stream;
    QNetworkAccessManager m_network;
    std::unique_ptr<GraphClient> m_graph;
    WorkerThread<ApiWorker> m_api{QStringLiteral("api")};
    std::unique_ptr<SignupEndpoints> m_signup;
    std::unique_ptr<MessageEndpoint> m_messages;
    std::unique_ptr<ConversationEndpoints> m_conversations;
    std::unique_ptr<LabelEndpoints> m_labels;
    std::unique_ptr<QuickReplyEndpoints> m_quickReplies;
    std::unique_ptr<TemplateEndpoints> m_templates;
    std::unique_ptr<MediaEndpoint> m_media;
    std::unique_ptr<ProductEndpoints> m_products;
    std::unique_ptr<OrderEndpoints> m_orders;
    std::unique_ptr<ConnectionHealth> m_health;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

} // namespace Switchboard
