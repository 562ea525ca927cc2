// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/http/routetable.h"
#include "app/relay/operations/relayconfig.h"
#include "core/result.h"

#include <QHttpServer>
#include <QObject>

namespace Switchboard {

class GuardedTcpServer;
class Metrics;

//! The relay's HTTP and WebSocket listener.
//!
//! Endpoint classes declare their routes in the RouteTable, which registers them here; every route
//! served is recorded, so the OpenAPI test can compare what the relay serves with the committed
//! description. Requests pass a
//! GuardedTcpServer first, which bounds body size and header time.
class RelayServer : public QObject {
    Q_OBJECT

public:
    RelayServer(RelayConfig config, Metrics *metrics, QObject *parent = nullptr);

    //! Binds the configured address; port 0 picks a free port (tests). Returns the bound port.
    Result<quint16> listen();
    quint16 port() const { return m_port; }
    //! Stops accepting connections (shutdown); requests in flight still get their answers.
    void close();

    struct Route {
        QString method;
        QString path; //!< OpenAPI style: /api/v1/tenants/{tid}/events
    };
    //! Everything served: the service routes and the route table's.
    const std::vector<Route> &routes() const { return m_routes; }

    QHttpServer &http() { return m_http; }

Q_SIGNALS:
    //! A handler appended events to these tenants' logs (wakes the stream hub).
    void eventsAppended(const QStringList &tenantIds);

public:
    const RelayConfig &config() const { return m_config; }

private:
    friend class RouteTable;
    //! Registers `handler` for `path` (QHttpServer style, `<arg>` placeholders) and records it
    //! under `openApiPath`. Only the route table and the service routes call it.
    template <typename Handler>
    void route(QHttpServerRequest::Method method, const QString &path, const QString &openApiPath,
               Handler &&handler) {
        m_routes.push_back({RouteTable::methodName(method), openApiPath});
        m_http.route(path, method, std::forward<Handler>(handler));
    }

    void registerServiceRoutes();

    RelayConfig m_config;
    Metrics *m_metrics;
    QHttpServer m_http;
    GuardedTcpServer *m_tcp = nullptr;
    std::vector<Route> m_routes;
    quint16 m_port = 0;
};

} // namespace Switchboard
