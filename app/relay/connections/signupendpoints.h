// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Switchboard {

class ApiCall;
class Database;
class GraphClient;
class RelayServer;
class RouteTable;
class SecretBox;
class StateTokenIssuer;
struct RelayConfig;

//! Onboarding routes of the contract: signup/start issues a signed, expiring, single-use state;
//! signup/complete checks it and runs a SignupCompletion; connection/disconnect deregisters the
//! numbers, unsubscribes the app and erases the token; numbers/{pnid}/request-code, verify-code
//! and register are the manual steps for a number. Owners and admins only. Also declares the
//! Connection page's reads (ConnectionDetailEndpoints, a child).
class SignupEndpoints : public QObject {
public:
    SignupEndpoints(RouteTable &routes, RelayServer *server, Database *database, GraphClient *graph,
                    const SecretBox *box, StateTokenIssuer *states, const RelayConfig &config,
                    QObject *parent = nullptr);

private:
    //! POST …/connection/manual: a token the business brings, checked with Meta first.
    void connectManually(const ApiCall &call);
    //! GET /signup: the page the console opens in its popup, with this relay's app settings.
    void signupPage(const ApiCall &call);
    void startSignup(const ApiCall &call);
    void completeSignup(const ApiCall &call);
    void disconnect(const ApiCall &call);
    //! request-code, verify-code and register (`edge` is Meta's name of the step).
    void numberStep(const ApiCall &call, const QString &route, const QString &edge);
    //! After register: the number as Meta now describes it (status CONNECTED, quality, tier)
    //! is stored, then the connection is connected and answered.
    void readBackRegistered(const ApiCall &call, const QString &phoneNumberId);
    void announce(const QString &tenantId);

    RelayServer *m_server;
    Database *m_database;
    GraphClient *m_graph;
    const SecretBox *m_box;
    StateTokenIssuer *m_states;
    const RelayConfig &m_config;
};

} // namespace Switchboard
