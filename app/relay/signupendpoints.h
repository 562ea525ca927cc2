// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServerResponse>
#include <QObject>

namespace Switchboard {

class ApiAccess;
class Database;
class GraphClient;
class RelayServer;
class SecretBox;
class StateTokenIssuer;
struct RelayConfig;

//! Onboarding routes of the contract: signup/start issues a signed, expiring, single-use state;
//! signup/complete checks it and runs a SignupCompletion; connection/disconnect deregisters the
//! numbers, unsubscribes the app and erases the token; numbers/{pnid}/request-code, verify-code
//! and register are the manual steps for a number. Owners and admins only.
class SignupEndpoints : public QObject {
public:
    SignupEndpoints(RelayServer *server, Database *database, ApiAccess *access, GraphClient *graph,
                    const SecretBox *box, StateTokenIssuer *states, const RelayConfig &config,
                    QObject *parent = nullptr);

private:
    void numberRoutes(RelayServer *server);
    //! GET /signup: the page the console opens in its popup, with this relay's app settings.
    QHttpServerResponse signupPage() const;

    Database *m_database;
    ApiAccess *m_access;
    GraphClient *m_graph;
    const SecretBox *m_box;
    StateTokenIssuer *m_states;
    const RelayConfig &m_config;
};

} // namespace Switchboard
