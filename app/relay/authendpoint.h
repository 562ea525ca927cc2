// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/loginthrottle.h"

#include <QObject>

namespace Switchboard {

class ApiAccess;
class Database;
class RelayServer;

//! POST /api/v1/auth/login and /auth/logout, GET /api/v1/tenants.
//!
//! Password checks (scrypt, tens of milliseconds) run on a worker thread so the event loop keeps
//! serving; an unknown username costs the same as a wrong password.
class AuthEndpoint : public QObject {
    Q_OBJECT

public:
    AuthEndpoint(RelayServer *server, Database *database, ApiAccess *access,
                 QObject *parent = nullptr);

    static constexpr int sessionDays = 7;

private:
    Database *m_database;
    ApiAccess *m_access;
    LoginThrottle m_throttle;
};

} // namespace Switchboard
