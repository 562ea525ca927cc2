// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/relayserver.h"

#include "app/relay/jsonresponse.h"
#include "core/logging.h"

#include <QHttpServerRequest>

namespace Switchboard {

RelayServer::RelayServer(RelayConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config)) {
    registerRoutes();
}

void RelayServer::registerRoutes() {
    m_routes.push_back({QStringLiteral("GET"), QStringLiteral("/healthz")});
    m_http.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [] {
        return jsonResponse({{QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("version"), QStringLiteral(SWITCHBOARD_VERSION)}});
    });
    m_http.setMissingHandler([](const QHttpServerRequest &request,
                                QHttpServerResponder &&responder) {
        const QHttpServerResponse response =
            errorResponse(QHttpServerResponse::StatusCode::NotFound, QStringLiteral("not_found"),
                          QStringLiteral("No route %1.").arg(request.url().path()));
        response.write(std::move(responder));
    });
}

Result<quint16> RelayServer::listen() {
    const int port = m_http.listen(m_config.listenAddress, m_config.listenPort);
    if (port == 0)
        return Error{QStringLiteral("listen_failed"),
                     QStringLiteral("Cannot listen on %1:%2 (in use, or not an address of this "
                                    "machine); change SWITCHBOARD_LISTEN.")
                         .arg(m_config.listenAddress.toString())
                         .arg(m_config.listenPort)};
    m_port = quint16(port);
    qCInfo(Log::relay) << "listening on" << m_config.listenAddress.toString() << m_port;
    return m_port;
}

} // namespace Switchboard
