// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/templates/templateendpoints.h"

#include "app/relay/connections/connectionstore.h"
#include "app/relay/events/eventlog.h"
#include "app/relay/http/apicall.h"
#include "app/relay/http/jsonresponse.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/http/routetable.h"
#include "app/relay/templates/templaterecords.h"
#include "app/relay/templates/templatesync.h"
#include "core/store/database.h"

#include <QJsonArray>

namespace Switchboard {

namespace {

using Method = QHttpServerRequest::Method;
using Role = RouteTable::Role;

QJsonObject listJson(const QList<Template> &templates) {
    QJsonArray list;
    for (const Template &t : templates)
        list.append(toJson(t));
    return {{QStringLiteral("templates"), list}};
}

} // namespace

TemplateEndpoints::TemplateEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                                     GraphClient *graph, const SecretBox *box, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_database(database)
    , m_graph(graph)
    , m_box(box) {
    const QString path = QStringLiteral("/api/v1/tenants/{tid}/templates");
    routes.tenantRoute(Method::Get, path, Role::Staff,
                       RouteTable::bind(this, &TemplateEndpoints::list));
    routes.tenantRoute(Method::Post, path + QStringLiteral("/sync"), Role::Admin,
                       RouteTable::bind(this, &TemplateEndpoints::sync));
}

void TemplateEndpoints::list(const ApiCall &call) {
    auto templates = TemplateRecords(*m_database, call.tenantId()).list();
    if (!templates)
        return call.fail(templates.error());
    call.reply(listJson(templates.value()));
}

void TemplateEndpoints::sync(const ApiCall &call) {
    ConnectionStore connections(*m_database, m_box);
    auto connection = connections.connection(call.tenantId());
    if (!connection)
        return call.fail(connection.error());
    auto token = connections.accessToken(call.tenantId());
    if (connection->wabaId.isEmpty() || !token)
        return call.fail(Error{QStringLiteral("not_connected"),
                               QStringLiteral("Connect a WhatsApp number first.")});
    auto *job =
        new TemplateSync(m_graph, connection->wabaId, QString::fromUtf8(token.value()), this);
    connect(job, &TemplateSync::finished, this, [this, job, call] {
        job->deleteLater();
        if (const auto &error = job->error())
            return call.reply(metaErrorResponse(error->code, error->message, job->metaCode()));
        const QString &tid = call.tenantId();
        TemplateRecords records(*m_database, tid);
        if (!m_database->begin())
            return call.fail(Error{QStringLiteral("database_unavailable"),
                                   QStringLiteral("The relay's database is unavailable; try "
                                                  "again.")});
        Result<QList<Template>> stored = Error{};
        if (auto locked = EventLog(*m_database).lockTenant(tid); !locked)
            stored = locked.error();
        else
            stored = records.replaceAll(job->templates());
        Status done = stored ? m_database->commit() : Status(stored.error());
        if (!done) {
            m_database->rollback();
            return call.fail(done.error());
        }
        if (records.appended())
            Q_EMIT m_server->eventsAppended({tid});
        call.reply(listJson(stored.value()));
    });
    job->start();
}

} // namespace Switchboard
