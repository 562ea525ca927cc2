// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Switchboard {

class ApiCall;
class Database;
class RelayServer;
class RouteTable;

//! The read routes of a tenant (events, connection, conversations, messages, customers) and the
//! customer PATCH. The route table has checked the caller; each handler validates, reads, answers.
class TenantEndpoints : public QObject {
    Q_OBJECT

public:
    TenantEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                    QObject *parent = nullptr);

    static constexpr int defaultEventLimit = 500;
    static constexpr int maxEventLimit = 5000;

private:
    void events(const ApiCall &call);
    void connection(const ApiCall &call);
    void conversations(const ApiCall &call);
    void messages(const ApiCall &call);
    void customers(const ApiCall &call);
    void customer(const ApiCall &call);
    void patchCustomer(const ApiCall &call);

    RelayServer *m_server;
    Database *m_database;
};

} // namespace Switchboard
