// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/records/tenantendpoints.h"

#include "app/relay/connections/connectionstore.h"
#include "app/relay/events/eventlog.h"
#include "app/relay/http/apicall.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/http/routetable.h"
#include "app/relay/records/recordwriter.h"
#include "core/store/database.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>

#include <optional>

namespace Switchboard {

namespace {

using Method = QHttpServerRequest::Method;
using Role = RouteTable::Role;

Error badRequest(const QString &message) {
    return Error{QStringLiteral("invalid_request"), message};
}

Error noSuch(const QString &what) {
    return Error{QStringLiteral("not_found"), QStringLiteral("No such %1.").arg(what)};
}

//! A non-negative integer query parameter, or nullopt (with `bad` set) when malformed.
std::optional<qint64> intParameter(const QUrlQuery &query, const QString &name, qint64 fallback,
                                   bool *bad) {
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0) {
        *bad = true;
        return std::nullopt;
    }
    return value;
}

//! `{"<key>":[ …stored JSON records… ]}` built from the data column, without re-parsing.
QByteArray listJson(const char *key, QSqlQuery &q, int column, const QByteArray &extra = {}) {
    QByteArray out = QByteArray("{\"") + key + "\":[";
    bool first = true;
    while (q.next()) {
        if (!first)
            out += ',';
        out += q.value(column).toByteArray();
        first = false;
    }
    out += ']' + extra + '}';
    return out;
}

} // namespace

TenantEndpoints::TenantEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                                 QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_database(database) {
    const QString base = QStringLiteral("/api/v1/tenants/{tid}");
    routes.tenantRoute(Method::Get, base + QStringLiteral("/events"), Role::Staff,
                       RouteTable::bind(this, &TenantEndpoints::events));
    routes.tenantRoute(Method::Get, base + QStringLiteral("/connection"), Role::Staff,
                       RouteTable::bind(this, &TenantEndpoints::connection));
    routes.tenantRoute(Method::Get, base + QStringLiteral("/conversations"), Role::Staff,
                       RouteTable::bind(this, &TenantEndpoints::conversations));
    routes.tenantRoute(Method::Get, base + QStringLiteral("/conversations/{cid}/messages"),
                       Role::Staff, RouteTable::bind(this, &TenantEndpoints::messages));
    routes.tenantRoute(Method::Get, base + QStringLiteral("/customers"), Role::Staff,
                       RouteTable::bind(this, &TenantEndpoints::customers));
    routes.tenantRoute(Method::Get, base + QStringLiteral("/customers/{id}"), Role::Staff,
                       RouteTable::bind(this, &TenantEndpoints::customer));
    routes.tenantRoute(Method::Patch, base + QStringLiteral("/customers/{id}"), Role::Staff,
                       RouteTable::bind(this, &TenantEndpoints::patchCustomer));
}

void TenantEndpoints::events(const ApiCall &call) {
    const QUrlQuery query(call.request().url());
    bool bad = false;
    const auto after = intParameter(query, QStringLiteral("after"), 0, &bad);
    const auto limit = intParameter(query, QStringLiteral("limit"), defaultEventLimit, &bad);
    if (bad || *limit < 1 || *limit > maxEventLimit)
        return call.fail(badRequest(QStringLiteral("after must be a number of 0 or more and "
                                                   "limit between 1 and %1.")
                                        .arg(maxEventLimit)));
    auto page = EventLog(*m_database).page(call.tenantId(), *after, int(*limit));
    if (!page)
        return call.fail(page.error());
    qsizetype size = 64;
    for (const QByteArray &event : page->events)
        size += event.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += "{\"events\":[";
    for (size_t i = 0; i < page->events.size(); ++i) {
        if (i)
            body += ',';
        body += page->events[i];
    }
    body += "],\"next_after\":" + QByteArray::number(page->nextAfter) +
            ",\"more\":" + (page->more ? "true" : "false") + '}';
    call.replyJson(std::move(body));
}

void TenantEndpoints::connection(const ApiCall &call) {
    auto connection = ConnectionStore(*m_database, nullptr).connection(call.tenantId());
    if (!connection)
        return call.fail(connection.error());
    call.reply(toJson(connection.value()));
}

void TenantEndpoints::conversations(const ApiCall &call) {
    auto q = m_database->query(QStringLiteral("SELECT data FROM conversations WHERE tenant_id = ? "
                                              "ORDER BY last_message_at DESC LIMIT 1000"),
                               {call.tenantId()});
    if (!q)
        return call.fail(q.error());
    call.replyJson(listJson("conversations", **q, 0));
}

void TenantEndpoints::messages(const ApiCall &call) {
    const QString &tid = call.tenantId();
    const QString &cid = call.argument(0);
    const QUrlQuery query(call.request().url());
    bool bad = false;
    const auto limit = intParameter(query, QStringLiteral("limit"), 50, &bad);
    const QString before = query.queryItemValue(QStringLiteral("before"));
    if (bad || *limit < 1 || *limit > 500)
        return call.fail(badRequest(QStringLiteral("limit must be between 1 and 500.")));
    if (!before.isEmpty() && !QDateTime::fromString(before, Qt::ISODateWithMs).isValid())
        return call.fail(badRequest(QStringLiteral("before must be an RFC 3339 timestamp.")));
    auto exists = m_database->query(
        QStringLiteral("SELECT 1 FROM conversations WHERE id = ? AND tenant_id = ?"), {cid, tid});
    if (!exists)
        return call.fail(exists.error());
    if (!(*exists)->next())
        return call.fail(noSuch(QStringLiteral("conversation")));
    // Newest first, one page before the cursor; the client asks again with the oldest timestamp
    // it got.
    auto q = m_database->query(
        QStringLiteral("SELECT data FROM messages WHERE tenant_id = ? AND conversation_id = ? "
                       "AND timestamp < ? ORDER BY timestamp DESC LIMIT ?"),
        {tid, cid,
         before.isEmpty()
             ? QStringLiteral("9999")
             : QDateTime::fromString(before, Qt::ISODateWithMs).toUTC().toString(Qt::ISODateWithMs),
         *limit + 1});
    if (!q)
        return call.fail(q.error());
    QByteArrayList rows;
    while ((*q)->next())
        rows << (*q)->value(0).toByteArray();
    const bool more = rows.size() > *limit;
    if (more)
        rows.removeLast();
    call.replyJson("{\"messages\":[" + rows.join(',') + "],\"more\":" + (more ? "true" : "false") +
                   '}');
}

void TenantEndpoints::customers(const ApiCall &call) {
    const QString term = QUrlQuery(call.request().url())
                             .queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded)
                             .trimmed();
    const QString like = QLatin1Char('%') + term.toLower() + QLatin1Char('%');
    auto q = m_database->query(
        QStringLiteral("SELECT data FROM customers WHERE tenant_id = ? AND (? = '' "
                       "OR LOWER(name) LIKE ? OR wa_id LIKE ?) ORDER BY name LIMIT 500"),
        {call.tenantId(), term, like, QString(like).remove(QLatin1Char('+'))});
    if (!q)
        return call.fail(q.error());
    call.replyJson(listJson("customers", **q, 0));
}

void TenantEndpoints::customer(const ApiCall &call) {
    auto customer = RecordWriter(*m_database, call.tenantId()).customer(call.argument(0));
    if (!customer)
        return call.fail(customer.error());
    if (!customer->has_value())
        return call.fail(noSuch(QStringLiteral("customer")));
    call.reply(toJson(customer->value()));
}

void TenantEndpoints::patchCustomer(const ApiCall &call) {
    const QString &tid = call.tenantId();
    const auto patch = call.jsonBody();
    if (!patch)
        return;
    RecordWriter writer(*m_database, tid);
    if (!m_database->begin())
        return call.fail(Error{QStringLiteral("database_unavailable"),
                               QStringLiteral("The relay's database is unavailable; try again.")});
    auto fail = [this, &call](const Error &error) {
        m_database->rollback();
        call.fail(error);
    };
    if (auto locked = EventLog(*m_database).lockTenant(tid); !locked)
        return fail(locked.error());
    auto customer = writer.customer(call.argument(0));
    if (!customer)
        return fail(customer.error());
    if (!customer->has_value())
        return fail(noSuch(QStringLiteral("customer")));
    Customer updated = customer->value();
    for (auto it = patch->begin(); it != patch->end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("name") && value.isString())
            updated.name = value.toString().trimmed().left(200);
        else if (key == QLatin1String("notes") && value.isString())
            updated.notes = value.toString().left(10000);
        else if (key == QLatin1String("opt_in") && value.isBool())
            updated.optIn = value.toBool();
        else if (key == QLatin1String("tags") && value.isArray()) {
            QStringList tags;
            for (const QJsonValue &tag : value.toArray()) {
                if (!tag.isString())
                    return fail(badRequest(QStringLiteral("tags must be strings.")));
                if (!tag.toString().trimmed().isEmpty() && !tags.contains(tag.toString().trimmed()))
                    tags << tag.toString().trimmed();
            }
            updated.tags = tags;
        } else {
            return fail(Error{QStringLiteral("invalid_field"),
                              QStringLiteral("%1 cannot be changed here, or has the wrong type; "
                                             "PATCH takes name, tags, notes, opt_in.")
                                  .arg(key)});
        }
    }
    if (!(updated == customer->value())) {
        if (auto saved = writer.saveCustomer(updated); !saved)
            return fail(saved.error());
    }
    if (auto done = m_database->commit(); !done)
        return call.fail(done.error());
    if (writer.appended())
        Q_EMIT m_server->eventsAppended({tid});
    call.reply(toJson(updated));
}

} // namespace Switchboard
