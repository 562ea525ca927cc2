// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/relay.h"

#include "app/relay/accounts/apiaccess.h"
#include "app/relay/accounts/authendpoint.h"
#include "app/relay/apiworker.h"
#include "app/relay/connections/connectionhealth.h"
#include "app/relay/connections/databasereplayguard.h"
#include "app/relay/connections/signupendpoints.h"
#include "app/relay/events/streamhub.h"
#include "app/relay/http/metrics.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/http/routetable.h"
#include "app/relay/inbox/conversationendpoints.h"
#include "app/relay/inbox/labelendpoints.h"
#include "app/relay/inbox/quickreplyendpoints.h"
#include "app/relay/ingest/ingestor.h"
#include "app/relay/media/mediacache.h"
#include "app/relay/media/mediaendpoint.h"
#include "app/relay/menu/productendpoints.h"
#include "app/relay/messaging/messageendpoint.h"
#include "app/relay/operations/relayschema.h"
#include "app/relay/operations/sealingbox.h"
#include "app/relay/orders/orderendpoints.h"
#include "app/relay/records/recordid.h"
#include "app/relay/records/tenantendpoints.h"
#include "app/relay/templates/templateendpoints.h"
#include "app/relay/webhook/inboxstore.h"
#include "app/relay/webhook/webhookendpoint.h"
#include "app/relay/webhook/webhookinbox.h"
#include "core/crypto/hmac.h"
#include "core/crypto/masterkey.h"
#include "core/crypto/secretbox.h"
#include "core/crypto/statetokenissuer.h"
#include "core/logging.h"
#include "core/meta/graphclient.h"
#include "core/meta/sendqueue.h"
#include "core/store/database.h"
#include "core/store/walcheckpointer.h"

namespace Switchboard {

Relay::Relay(RelayConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metrics(std::make_unique<Metrics>()) {}

Relay::~Relay() {
    stop();
}

Result<quint16> Relay::start() {
    auto url = DatabaseUrl::parse(m_config.database);
    if (!url)
        return url.error();
    auto db = Database::open(*url);
    if (!db)
        return db.error();
    m_database = std::move(db).value();
    if (auto current = RelaySchema::requireCurrent(*m_database); !current)
        return current.error();
    auto box = loadSealingBox(m_config.masterKeyFile);
    if (!box)
        return box.error();
    m_box = std::make_unique<SecretBox>(std::move(box).value());
    // Signup states are signed with a key of their own, derived from the master key so every
    // relay instance of a deployment verifies the others' states.
    auto master = MasterKey::load(m_config.masterKeyFile);
    if (!master)
        return master.error();
    auto stateKey = Hmac::hmacSha256(master.value(), "switchboard signup state v1");
    if (!stateKey)
        return stateKey.error();

    if (url->backend == DatabaseUrl::Backend::Sqlite) {
        m_checkpointer =
            std::make_unique<WalCheckpointer>(QList<DatabaseUrl>{*url, InboxStore::location(*url)});
        if (auto started = m_checkpointer->start(); !started)
            return started.error();
        if (auto deferred = m_database->deferCheckpoints(); !deferred)
            return deferred.error();
    }
    m_inbox = std::make_unique<WebhookInbox>(*url);
    if (auto started = m_inbox->start(); !started)
        return started.error();

    // Names this instance in what it announces to other relays sharing a PostgreSQL database.
    const QString origin = newId("ri_");
    m_ingestor = std::make_unique<Ingestor>(*url, m_metrics.get(), origin);
    if (auto started = m_ingestor->start(); !started)
        return started.error();
    // Both hops go straight from the writing thread to the next one; the HTTP thread is the
    // busiest of all and need not relay them.
    connect(m_inbox.get(), &WebhookInbox::committed, m_ingestor.get(), &Ingestor::wake,
            Qt::DirectConnection);

    m_server = std::make_unique<RelayServer>(m_config, m_metrics.get());
    m_access = std::make_unique<ApiAccess>(*m_database);
    m_routes = std::make_unique<RouteTable>(m_server.get(), m_access.get());
    m_graph =
        std::make_unique<GraphClient>(&m_network, QUrl(m_config.graphUrl), m_config.graphVersion);
    connect(
        m_graph.get(), &GraphClient::requestFinished, this,
        [metrics = m_metrics.get()](const QString &outcome) { metrics->graphRequest(outcome); });

    // The API handlers' share, on a thread of its own: the endpoints are built here, where they
    // declare their routes, then live on the API thread with its connection and Graph client.
    if (auto started = m_api.start(std::make_unique<ApiWorker>(
                                       ApiWorker::Settings{*url, QUrl(m_config.graphUrl),
                                                           m_config.graphVersion, stateKey.value()},
                                       m_metrics.get()),
                                   [](ApiWorker &worker) { return worker.open(); });
        !started)
        return started.error();
    ApiWorker *api = m_api.worker();
    m_webhooks =
        std::make_unique<WebhookEndpoint>(*m_routes, m_config, m_inbox.get(), m_metrics.get());
    m_auth = std::make_unique<AuthEndpoint>(*m_routes, api->database());
    m_tenants = std::make_unique<TenantEndpoints>(*m_routes, m_server.get(), api->database());
    m_signup =
        std::make_unique<SignupEndpoints>(*m_routes, m_server.get(), api->database(), api->graph(),
                                          m_box.get(), api->signupStates(), m_config);
    m_messages = std::make_unique<MessageEndpoint>(*m_routes, m_server.get(), api->database(),
                                                   api->graph(), api->sendQueue(), m_box.get());
    m_conversations = std::make_unique<ConversationEndpoints>(
        *m_routes, m_server.get(), api->database(), api->graph(), m_box.get());
    m_labels = std::make_unique<LabelEndpoints>(*m_routes, m_server.get(), api->database());
    m_quickReplies =
        std::make_unique<QuickReplyEndpoints>(*m_routes, m_server.get(), api->database());
    m_templates = std::make_unique<TemplateEndpoints>(*m_routes, m_server.get(), api->database(),
                                                      api->graph(), m_box.get());
    m_media = std::make_unique<MediaEndpoint>(
        *m_routes, api->database(), api->graph(), m_box.get(),
        std::make_unique<MediaCache>(m_config.mediaCacheLocation(), m_config.mediaCacheBytes));
    m_products = std::make_unique<ProductEndpoints>(*m_routes, m_server.get(), api->database());
    m_orders = std::make_unique<OrderEndpoints>(*m_routes, m_server.get(), api->database(),
                                                m_messages.get(), m_box.get());
    for (QObject *endpoint : std::initializer_list<QObject *>{
             m_auth.get(), m_tenants.get(), m_signup.get(), m_messages.get(), m_conversations.get(),
             m_labels.get(), m_quickReplies.get(), m_templates.get(), m_media.get(),
             m_products.get(), m_orders.get()})
        endpoint->moveToThread(api->thread());
    m_routes->runApiHandlersOn(api, api->access());
    m_health = std::make_unique<ConnectionHealth>(m_database.get(), m_graph.get(), m_box.get(),
                                                  m_server.get(), m_config.healthCheckSeconds);
    m_stream = std::make_unique<StreamHub>(*m_routes, m_server.get(), m_database.get(),
                                           m_access.get(), origin);
    if (auto started = m_stream->start(); !started)
        return started.error();
    m_stream->listenForNotifications();
    connect(m_ingestor.get(), &Ingestor::eventsAppended, m_stream.get(), &StreamHub::tenantsChanged,
            Qt::DirectConnection);
    m_metrics->setStreamClientsSource([hub = m_stream.get()] { return hub->clientCount(); });
    qCInfo(Log::relay).noquote() << "starting:" << m_config.describe()
                                 << QStringLiteral("database=") + url->redacted();
    return m_server->listen();
}

void Relay::stop() {
    if (m_server)
        m_server->close();
    m_api.stop([](ApiWorker &worker) { worker.close(); });
    if (m_inbox)
        m_inbox->stop();
    if (m_ingestor)
        m_ingestor->stop();
    if (m_checkpointer)
        m_checkpointer->stop();
}

} // namespace Switchboard
