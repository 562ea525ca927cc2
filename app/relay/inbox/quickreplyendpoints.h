// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>

namespace Switchboard {

class ApiCall;
class Database;
class RelayServer;
class RouteTable;

//! The tenant's quick replies: GET …/quick-replies for every member; POST …/quick-replies and
//! PATCH/DELETE …/quick-replies/{id} for owners and admins. A shortcut is `/` and 1 to 32 of
//! a-z, 0-9, _ and -, unique per tenant (409 conflict); texts maps language codes ("en", "he",
//! "pt_BR") to the reply, at least one. Each change is a `quick_reply` event.
class QuickReplyEndpoints : public QObject {
public:
    QuickReplyEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                        QObject *parent = nullptr);

private:
    void list(const ApiCall &call);
    void create(const ApiCall &call);
    void update(const ApiCall &call);
    void remove(const ApiCall &call);
    //! Checks the fields, stores the reply (new, or replacing `existing`) and answers.
    void save(const ApiCall &call, const QJsonObject &body, const QJsonObject &existing);

    RelayServer *m_server;
    Database *m_database;
};

} // namespace Switchboard
