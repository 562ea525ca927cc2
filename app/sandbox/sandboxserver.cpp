// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/sandboxserver.h"

#include "app/relay/jsonresponse.h"
#include "core/logging.h"

#include <QHttpServerRequest>

namespace Switchboard {

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options)) {
    m_http.route(QStringLiteral("/_sandbox/healthz"), QHttpServerRequest::Method::Get, [this] {
        return jsonResponse({{QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("app_id"), m_options.appId},
                             {QStringLiteral("webhook_url"), m_options.webhookUrl.toString()}});
    });
}

Result<quint16> SandboxServer::listen() {
    const int port = m_http.listen(m_options.listenAddress, m_options.listenPort);
    if (port == 0)
        return Error{QStringLiteral("listen_failed"),
                     QStringLiteral("Cannot listen on %1:%2; choose another --listen.")
                         .arg(m_options.listenAddress.toString())
                         .arg(m_options.listenPort)};
    qCInfo(Log::sandbox) << "sandbox listening on" << port;
    return quint16(port);
}

} // namespace Switchboard
