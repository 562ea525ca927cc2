// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/http/routetable.h"

#include "app/relay/accounts/apiaccess.h"
#include "app/relay/http/relayserver.h"

#include <QHttpServerResponder>
#include <QRegularExpression>

namespace Switchboard {

namespace {

const QString tenantPrefix = QStringLiteral("/api/v1/tenants/{tid}/");

} // namespace

RouteTable::RouteTable(RelayServer *server, ApiAccess *access)
    : m_server(server)
    , m_access(access) {}

QString RouteTable::methodName(Method method) {
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Put:
        return QStringLiteral("PUT");
    default:
        return QStringLiteral("OTHER");
    }
}

void RouteTable::runApiHandlersOn(QObject *context, ApiAccess *access) {
    m_apiContext = context;
    m_apiAccess = access;
}

void RouteTable::publicRoute(Method method, const QString &path, Handler handler, Thread thread) {
    if (path.startsWith(QLatin1String("/api/v1/tenants/")))
        qFatal("%s is a tenant's route: declare it with tenantRoute()", qPrintable(path));
    add(method, {methodName(method), path, Access::Public, Role::Staff, thread},
        std::move(handler));
}

void RouteTable::userRoute(Method method, const QString &path, Handler handler) {
    if (path.startsWith(QLatin1String("/api/v1/tenants/")))
        qFatal("%s is a tenant's route: declare it with tenantRoute()", qPrintable(path));
    add(method, {methodName(method), path, Access::User, Role::Staff, Thread::Api},
        std::move(handler));
}

void RouteTable::tenantRoute(Method method, const QString &path, Role minimum, Handler handler,
                             Thread thread) {
    if (!path.startsWith(tenantPrefix))
        qFatal("a tenant route starts with %s: %s", qPrintable(tenantPrefix), qPrintable(path));
    add(method, {methodName(method), path, Access::Tenant, minimum, thread}, std::move(handler));
}

void RouteTable::add(Method method, Route route, Handler handler) {
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z_]+\\}"));
    m_routes.push_back(route);
    const QString path = route.path;
    QString pattern = path;
    pattern.replace(placeholder, QStringLiteral("<arg>"));
    const auto arity = path.count(placeholder);
    // QHttpServer matches a path's arguments to the handler's parameters at compile time; the
    // table's handlers take them as one list, so each arity gets its own adapter.
    auto run = [this, route, handler = std::move(handler)](QStringList arguments,
                                                           const QHttpServerRequest &request,
                                                           QHttpServerResponder &&responder) {
        dispatch(route, handler, std::move(arguments), request, std::move(responder));
    };
    using Request = const QHttpServerRequest &;
    using Responder = QHttpServerResponder &&;
    using Arg = const QString &;
    switch (arity) {
    case 0:
        m_server->route(method, pattern, path,
                        [run](Request q, Responder r) { run({}, q, std::move(r)); });
        break;
    case 1:
        m_server->route(method, pattern, path,
                        [run](Arg a, Request q, Responder r) { run({a}, q, std::move(r)); });
        break;
    case 2:
        m_server->route(method, pattern, path, [run](Arg a, Arg b, Request q, Responder r) {
            run({a, b}, q, std::move(r));
        });
        break;
    case 3:
        m_server->route(method, pattern, path, [run](Arg a, Arg b, Arg c, Request q, Responder r) {
            run({a, b, c}, q, std::move(r));
        });
        break;
    default:
        qFatal("%s: routes take at most three arguments", qPrintable(path));
    }
}

void RouteTable::dispatch(const Route &route, const Handler &handler, QStringList arguments,
                          const QHttpServerRequest &request, QHttpServerResponder &&responder) {
    QString tenantId;
    if (route.access == Access::Tenant)
        tenantId = arguments.takeFirst();
    ApiCall call(request, std::move(responder), std::move(arguments), m_server);
    if (route.thread == Thread::Http || !m_apiContext)
        return admit(route, handler, *m_access, tenantId, std::move(call));
    // The HTTP thread only copies the request: the caller's check and the handler's queries run
    // on the API thread, so a slow one never delays a webhook's acknowledgement.
    QMetaObject::invokeMethod(
        m_apiContext,
        [route, handler, access = m_apiAccess, tenantId, call] {
            admit(route, handler, *access, tenantId, call);
        },
        Qt::QueuedConnection);
}

void RouteTable::admit(const Route &route, const Handler &handler, ApiAccess &access,
                       const QString &tenantId, ApiCall call) {
    if (route.access != Access::Public) {
        auto caller = access.authenticate(call.request());
        if (!caller)
            return call.fail(caller.error());
        if (route.access == Access::Tenant) {
            caller = access.authorize(*caller, tenantId, route.minimum);
            if (!caller)
                return call.fail(caller.error());
        }
        call.setCaller(std::move(caller).value());
    }
    handler(call);
}

} // namespace Switchboard
