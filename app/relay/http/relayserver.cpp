// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/http/relayserver.h"

#include "app/relay/http/guardedtcpserver.h"
#include "app/relay/http/jsonresponse.h"
#include "app/relay/http/metrics.h"
#include "core/logging.h"

#include <QHttpServerRequest>

namespace Switchboard {

RelayServer::RelayServer(RelayConfig config, Metrics *metrics, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metrics(metrics) {
    registerServiceRoutes();
}

void RelayServer::registerServiceRoutes() {
    route(QHttpServerRequest::Method::Get, QStringLiteral("/healthz"), QStringLiteral("/healthz"),
          [] {
              return jsonResponse(
                  {{QStringLiteral("status"), QStringLiteral("ok")},
                   {QStringLiteral("version"), QStringLiteral(SWITCHBOARD_VERSION)}});
          });
    route(QHttpServerRequest::Method::Get, QStringLiteral("/metrics"), QStringLiteral("/metrics"),
          [this] {
              return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"),
                                         m_metrics->render());
          });
    m_http.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            errorResponse(QHttpServerResponse::StatusCode::NotFound, QStringLiteral("not_found"),
                          QStringLiteral("No route %1 %2.")
                              .arg(RouteTable::methodName(request.method()), request.url().path()))
                .write(std::move(responder));
        });
}

Result<quint16> RelayServer::listen() {
    m_tcp = new GuardedTcpServer(m_config.maxBody, m_config.requestTimeoutMs, this);
    connect(m_tcp, &GuardedTcpServer::refused, this, [this](const QString &reason) {
        if (reason == QLatin1String("too_large"))
            m_metrics->webhookRejected(reason);
    });
    if (!m_tcp->listen(m_config.listenAddress, m_config.listenPort))
        return Error{QStringLiteral("listen_failed"),
                     QStringLiteral("Cannot listen on %1:%2 (%3); change SWITCHBOARD_LISTEN.")
                         .arg(m_config.listenAddress.toString())
                         .arg(m_config.listenPort)
                         .arg(m_tcp->errorString())};
    m_http.bind(m_tcp);
    m_port = m_tcp->serverPort();
    qCInfo(Log::http) << "listening on" << m_config.listenAddress.toString() << m_port;
    return m_port;
}

void RelayServer::close() {
    if (m_tcp)
        m_tcp->close();
}

} // namespace Switchboard
