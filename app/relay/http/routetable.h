// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/accounts/accountstore.h"
#include "app/relay/http/apicall.h"

#include <QHttpServerRequest>

#include <functional>
#include <vector>

namespace Switchboard {

class ApiAccess;
class RelayServer;

//! Every route of the relay, declared in one place per endpoint class, and the only way to add
//! one.
//!
//! A route is public (no caller: /healthz, /webhook, sign-in), a user's (a valid token: the
//! caller's tenants, sign-out) or a tenant's (/api/v1/tenants/{tid}/…, with the lowest role
//! allowed). For a tenant route the table authenticates the token, checks that the caller is a
//! member of {tid} with that role or higher, and only then calls the handler: 401 without a
//! valid token, 403 for another tenant's id or too low a role, whatever the handler would do.
//! Paths are written once, OpenAPI style (`{name}` for each argument), and routes() lists them
//! for the OpenAPI test and for the test that tries every tenant route as an outsider.
class RouteTable {
public:
    using Role = AccountStore::Role;
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<void(const ApiCall &)>;

    enum class Access { Public, User, Tenant };
    //! Where the route's handler (and, for a user's or tenant's route, the check of its caller)
    //! runs: on the HTTP thread, which also acknowledges webhooks, or on the API thread.
    enum class Thread { Http, Api };
    struct Route {
        QString method;
        QString path; //!< OpenAPI style: /api/v1/tenants/{tid}/events
        Access access = Access::Public;
        Role minimum = Role::Staff;
        Thread thread = Thread::Http;
    };

    //! `access` checks callers on the HTTP thread (its database connection belongs there).
    RouteTable(RelayServer *server, ApiAccess *access);
    //! From now on, handlers declared for the API thread run on `context`'s thread, their
    //! callers checked with `access` (a database connection of that thread). Until then (and in
    //! tests that build endpoints alone) they run on the HTTP thread.
    void runApiHandlersOn(QObject *context, ApiAccess *access);

    //! Public routes run on the HTTP thread unless told otherwise (sign-in reads the database).
    void publicRoute(Method method, const QString &path, Handler handler,
                     Thread thread = Thread::Http);
    void userRoute(Method method, const QString &path, Handler handler);
    //! `path` starts with /api/v1/tenants/{tid}/. Runs on the API thread unless told otherwise
    //! (the WebSocket upgrade must be answered where the connection lives).
    void tenantRoute(Method method, const QString &path, Role minimum, Handler handler,
                     Thread thread = Thread::Api);

    //! A member function as a handler: `table.tenantRoute(…, bind(this, &Endpoint::list))`.
    template <typename Endpoint>
    static Handler bind(Endpoint *endpoint, void (Endpoint::*handler)(const ApiCall &)) {
        return [endpoint, handler](const ApiCall &call) { (endpoint->*handler)(call); };
    }

    const std::vector<Route> &routes() const { return m_routes; }
    static QString methodName(Method method);

private:
    void add(Method method, Route route, Handler handler);
    void dispatch(const Route &route, const Handler &handler, QStringList arguments,
                  const QHttpServerRequest &request, QHttpServerResponder &&responder);
    static void admit(const Route &route, const Handler &handler, ApiAccess &access,
                      const QString &tenantId, ApiCall call);

    RelayServer *m_server;
    ApiAccess *m_access;
    QObject *m_apiContext = nullptr;
    ApiAccess *m_apiAccess = nullptr;
    std::vector<Route> m_routes;
};

} // namespace Switchboard
