// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/connections/connectionhealth.h"

#include "app/relay/connections/connectionstore.h"
#include "app/relay/connections/graphnumber.h"
#include "app/relay/http/relayserver.h"
#include "core/logging.h"
#include "core/meta/graphclient.h"
#include "core/meta/graphreply.h"
#include "core/store/database.h"

#include <QSqlQuery>

namespace Switchboard {

ConnectionHealth::ConnectionHealth(Database *database, GraphClient *graph, const SecretBox *box,
                                   RelayServer *server, int intervalSeconds, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_graph(graph)
    , m_box(box)
    , m_server(server) {
    connect(&m_timer, &QTimer::timeout, this, &ConnectionHealth::checkNow);
    if (intervalSeconds > 0)
        m_timer.start(intervalSeconds * 1000);
}

void ConnectionHealth::checkNow() {
    if (m_inFlight > 0)
        return;
    auto q = m_database->query(QStringLiteral("SELECT tenant_id FROM connections WHERE status = ?"),
                               {toString(ConnectionStatus::Connected)});
    if (!q) {
        qCWarning(Log::health) << "health check:" << q.error().message;
        return;
    }
    QStringList tenants;
    while ((*q)->next())
        tenants << (*q)->value(0).toString();
    q.value()->finish();

    ConnectionStore connections(*m_database, m_box);
    for (const QString &tenant : std::as_const(tenants)) {
        auto connection = connections.connection(tenant);
        auto token = connections.accessToken(tenant);
        if (!connection || !token)
            continue;
        for (const PhoneNumber &known : std::as_const(connection->numbers)) {
            ++m_inFlight;
            GraphReply *reply =
                m_graph->get(known.id, graphNumberFields(), QString::fromUtf8(token.value()));
            connect(reply, &GraphReply::finished, this, [this, reply, tenant, known] {
                reply->deleteLater();
                ConnectionStore store(*m_database, m_box);
                if (reply->ok()) {
                    PhoneNumber fresh = numberFromGraph(reply->json());
                    if (fresh.id.isEmpty())
                        fresh.id = known.id;
                    if (!(fresh == known)) {
                        if (auto updated = store.updateNumber(tenant, fresh); updated)
                            Q_EMIT m_server->eventsAppended({tenant});
                    }
                } else if (reply->error().isTokenError()) {
                    if (store.tokenRefused(tenant, reply->error().describe()))
                        Q_EMIT m_server->eventsAppended({tenant});
                } else {
                    qCWarning(Log::health)
                        << "health check of" << known.id << "failed:" << reply->error().describe();
                }
                if (--m_inFlight == 0)
                    ++m_passes;
            });
        }
    }
    if (m_inFlight == 0)
        ++m_passes;
}

} // namespace Switchboard
