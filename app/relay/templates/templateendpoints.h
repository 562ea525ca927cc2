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

//! GET …/templates: the tenant's templates as stored from Meta's webhooks and syncs, for every
//! member. POST …/templates/sync (owners and admins): every template of the tenant's WABA read
//! from Meta (TemplateSync), stored with `template` events, the ones Meta no longer has removed;
//! answers the list as GET does. Meta refusing or unreachable is 502 with its code.
class TemplateEndpoints : public QObject {
public:
    TemplateEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                      GraphClient *graph, const SecretBox *box, QObject *parent = nullptr);

private:
    void list(const ApiCall &call);
    void sync(const ApiCall &call);

    RelayServer *m_server;
    Database *m_database;
    GraphClient *m_graph;
    const SecretBox *m_box;
};

} // namespace Switchboard
