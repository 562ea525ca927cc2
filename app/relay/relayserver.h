// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/relayconfig.h"
#include "core/result.h"

#include <QHttpServer>
#include <QObject>

namespace Switchboard {

//! The relay's HTTP and WebSocket listener with every route of the contract.
//!
//! Routes are registered in one place (registerRoutes) and listed by routes(), which the OpenAPI
//! test compares against the committed description.
class RelayServer : public QObject {
    Q_OBJECT

public:
    explicit RelayServer(RelayConfig config, QObject *parent = nullptr);

    //! Binds the configured address; port 0 picks a free port (tests). Returns the bound port.
    Result<quint16> listen();
    quint16 port() const { return m_port; }

    struct Route {
        QString method;
        QString path;
    };
    const std::vector<Route> &routes() const { return m_routes; }

private:
    void registerRoutes();

    RelayConfig m_config;
    QHttpServer m_http;
    std::vector<Route> m_routes;
    quint16 m_port = 0;
};

} // namespace Switchboard
