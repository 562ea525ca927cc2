// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Switchboard {

class ApiAccess;
class Database;
class RelayServer;

//! The read routes of a tenant (events, connection, conversations, messages, customers) and the
//! customer PATCH. Each handler: authorize the caller for {tid}, validate, read, answer.
class TenantEndpoints : public QObject {
    Q_OBJECT

public:
    TenantEndpoints(RelayServer *server, Database *database, ApiAccess *access,
                    QObject *parent = nullptr);

    static constexpr int defaultEventLimit = 500;
    static constexpr int maxEventLimit = 5000;

private:
    Database *m_database;
    ApiAccess *m_access;
};

} // namespace Switchboard
