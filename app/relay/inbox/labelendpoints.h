// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Switchboard {

class ApiCall;
class Database;
class RelayServer;
class RouteTable;

//! The tenant's labels: GET …/labels for every member; POST …/labels and PATCH/DELETE
//! …/labels/{id} for owners and admins. A name is unique per tenant (409 conflict), a colour is
//! "#rrggbb". Each change is a `label` event; deleting a label also takes it off every
//! conversation that had it (their `conversation` events), in the same transaction.
class LabelEndpoints : public QObject {
public:
    LabelEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                   QObject *parent = nullptr);

private:
    void list(const ApiCall &call);
    void create(const ApiCall &call);
    void update(const ApiCall &call);
    void remove(const ApiCall &call);

    RelayServer *m_server;
    Database *m_database;
};

} // namespace Switchboard
