// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/accounts/loginthrottle.h"

#include <QObject>

namespace Switchboard {

class ApiCall;
class Database;
class RouteTable;

//! POST /api/v1/auth/login and /auth/logout, GET /api/v1/tenants.
//!
//! Password checks (scrypt, tens of milliseconds) run on a worker thread so the event loop keeps
//! serving; an unknown username costs the same as a wrong password.
class AuthEndpoint : public QObject {
    Q_OBJECT

public:
    AuthEndpoint(RouteTable &routes, Database *database, QObject *parent = nullptr);

    static constexpr int sessionDays = 7;

private:
    void login(const ApiCall &call);
    //! Revokes the session the request used, whether its token came in the header or the query.
    void logout(const ApiCall &call);
    void tenants(const ApiCall &call);
    //! GET /tenants/{tid}/members: who can be assigned a conversation.
    void members(const ApiCall &call);

    Database *m_database;
    LoginThrottle m_throttle;
};

} // namespace Switchboard
