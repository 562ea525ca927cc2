// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace Switchboard {

class ApiCall;
class Database;
class MessageEndpoint;
class OrderNotifier;
class RelayServer;
class RouteTable;
class SecretBox;

//! The tenant's orders, for every member: GET …/orders?status=&customer=&q= (newest first),
//! GET …/orders/{id}, POST …/orders (a manual order, priced from the menu as it is now, 201),
//! PATCH …/orders/{id} (items while pending or confirmed; delivery, notes and needs_review while
//! open) and POST …/orders/{id}/status {"status","note"} (OrderStateMachine: 409 conflict on an
//! illegal move, 422 invalid_field for a cancellation without a note; the status it already has
//! answers the order unchanged). Every change is appended to the timeline with who and when and
//! is an `order` event; a status the customer is told of goes out through OrderNotifier.
class OrderEndpoints : public QObject {
public:
    OrderEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                   MessageEndpoint *messages, const SecretBox *box, QObject *parent = nullptr);
    ~OrderEndpoints() override;

private:
    void list(const ApiCall &call);
    void get(const ApiCall &call);
    void create(const ApiCall &call);
    void update(const ApiCall &call);
    void changeStatus(const ApiCall &call);

    RelayServer *m_server;
    Database *m_database;
    std::unique_ptr<OrderNotifier> m_notifier;
};

} // namespace Switchboard
