// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/menu/productendpoints.h"

#include "app/relay/http/apicall.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/http/requestfields.h"
#include "app/relay/http/routetable.h"
#include "app/relay/inbox/tenanttransaction.h"
#include "app/relay/menu/menuimport.h"
#include "app/relay/menu/productcsv.h"
#include "app/relay/menu/productstore.h"
#include "app/relay/records/recordid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;
using Role = RouteTable::Role;

const Error noSuchProduct{QStringLiteral("not_found"), QStringLiteral("No such product.")};

//! Refuses fields a product does not have, naming the first.
std::optional<Error> unknownFields(const QJsonObject &body) {
    RequestFields fields(body);
    fields.only({"id", "sku", "name", "name_he", "category", "price", "currency", "aliases",
                 "variants", "available", "display_order"});
    return fields.error();
}

//! json|csv from ?format= (json when absent); empty after answering 400.
std::optional<QString> formatOf(const ApiCall &call) {
    const QString format = QUrlQuery(call.request().url()).queryItemValue(QStringLiteral("format"));
    if (format.isEmpty() || format == QLatin1String("json"))
        return QStringLiteral("json");
    if (format == QLatin1String("csv"))
        return format;
    call.fail(Error{QStringLiteral("invalid_request"), QStringLiteral("format is json or csv.")});
    return std::nullopt;
}

} // namespace

ProductEndpoints::ProductEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                                   QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_database(database) {
    const QString path = QStringLiteral("/api/v1/tenants/{tid}/products");
    // The fixed paths first: the router takes the first route that matches.
    routes.tenantRoute(Method::Get, path + QStringLiteral("/export"), Role::Staff,
                       RouteTable::bind(this, &ProductEndpoints::exportMenu));
    routes.tenantRoute(Method::Post, path + QStringLiteral("/import"), Role::Admin,
                       RouteTable::bind(this, &ProductEndpoints::importMenu));
    routes.tenantRoute(Method::Get, path, Role::Staff,
                       RouteTable::bind(this, &ProductEndpoints::list));
    routes.tenantRoute(Method::Post, path, Role::Admin,
                       RouteTable::bind(this, &ProductEndpoints::create));
    routes.tenantRoute(Method::Get, path + QStringLiteral("/{id}"), Role::Staff,
                       RouteTable::bind(this, &ProductEndpoints::get));
    routes.tenantRoute(Method::Patch, path + QStringLiteral("/{id}"), Role::Admin,
                       RouteTable::bind(this, &ProductEndpoints::update));
    routes.tenantRoute(Method::Delete, path + QStringLiteral("/{id}"), Role::Admin,
                       RouteTable::bind(this, &ProductEndpoints::remove));
}

void ProductEndpoints::list(const ApiCall &call) {
    auto products = ProductStore(*m_database, call.tenantId()).list();
    if (!products)
        return call.fail(products.error());
    QJsonArray list;
    for (const MenuProduct &product : products.value())
        list.append(toJson(product));
    call.reply(QJsonObject{{QStringLiteral("products"), list}});
}

void ProductEndpoints::get(const ApiCall &call) {
    auto product = ProductStore(*m_database, call.tenantId()).find(call.argument(0));
    if (!product)
        return call.fail(product.error());
    if (!product->has_value())
        return call.fail(noSuchProduct);
    call.reply(toJson(product->value()));
}

void ProductEndpoints::create(const ApiCall &call) {
    auto body = call.jsonBody();
    if (!body)
        return;
    if (auto problem = unknownFields(*body))
        return call.fail(*problem);
    body->insert(QStringLiteral("id"), newId("pr_"));
    auto product = menuProductFromJson(*body);
    if (!product)
        return call.fail(product.error());
    TenantTransaction transaction(*m_database, call.tenantId());
    ProductStore store(*m_database, call.tenantId());
    Status done = transaction.begin();
    if (done)
        done = store.checkSkuFree(product->product.sku, product->product.id);
    if (done)
        done = store.save(product.value(), true);
    if (done)
        done = transaction.commit();
    if (!done)
        return call.fail(done.error());
    Q_EMIT m_server->eventsAppended({call.tenantId()});
    call.reply(toJson(product.value()), HttpStatus::Created);
}

void ProductEndpoints::update(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    if (auto problem = unknownFields(*body))
        return call.fail(*problem);
    TenantTransaction transaction(*m_database, call.tenantId());
    ProductStore store(*m_database, call.tenantId());
    if (Status begun = transaction.begin(); !begun)
        return call.fail(begun.error());
    auto stored = store.find(call.argument(0));
    if (!stored)
        return call.fail(stored.error());
    if (!stored->has_value())
        return call.fail(noSuchProduct);
    QJsonObject merged = toJson(stored->value());
    for (auto it = body->begin(); it != body->end(); ++it)
        merged.insert(it.key(), it.value());
    merged.insert(QStringLiteral("id"), stored->value().product.id);
    auto product = menuProductFromJson(merged);
    if (!product)
        return call.fail(product.error());
    if (!(product.value() == stored->value())) {
        Status done = store.checkSkuFree(product->product.sku, product->product.id);
        if (done)
            done = store.save(product.value(), false);
        if (done)
            done = transaction.commit();
        if (!done)
            return call.fail(done.error());
        Q_EMIT m_server->eventsAppended({call.tenantId()});
    }
    call.reply(toJson(product.value()));
}

void ProductEndpoints::remove(const ApiCall &call) {
    TenantTransaction transaction(*m_database, call.tenantId());
    ProductStore store(*m_database, call.tenantId());
    if (Status begun = transaction.begin(); !begun)
        return call.fail(begun.error());
    auto removed = store.remove(call.argument(0));
    if (!removed)
        return call.fail(removed.error());
    if (!removed.value())
        return call.fail(noSuchProduct);
    if (Status done = transaction.commit(); !done)
        return call.fail(done.error());
    Q_EMIT m_server->eventsAppended({call.tenantId()});
    call.reply(QHttpServerResponse(HttpStatus::NoContent));
}

void ProductEndpoints::exportMenu(const ApiCall &call) {
    const auto format = formatOf(call);
    if (!format)
        return;
    auto products = ProductStore(*m_database, call.tenantId()).list();
    if (!products)
        return call.fail(products.error());
    QList<QJsonObject> records;
    QJsonArray list;
    for (const MenuProduct &product : products.value()) {
        records << toJson(product);
        list.append(records.last());
    }
    if (*format == QLatin1String("json"))
        return call.reply(QJsonObject{{QStringLiteral("products"), list}});
    call.reply(QHttpServerResponse(QByteArrayLiteral("text/csv; charset=utf-8"),
                                   ProductCsv::write(records)));
}

void ProductEndpoints::importMenu(const ApiCall &call) {
    const auto format = formatOf(call);
    if (!format)
        return;
    const QString dryRun =
        QUrlQuery(call.request().url()).queryItemValue(QStringLiteral("dry_run"));
    if (!dryRun.isEmpty() && dryRun != QLatin1String("true") && dryRun != QLatin1String("false"))
        return call.fail(
            Error{QStringLiteral("invalid_request"), QStringLiteral("dry_run is true or false.")});
    const bool apply = dryRun == QLatin1String("false");
    QList<QJsonObject> imported;
    if (*format == QLatin1String("csv")) {
        auto rows = ProductCsv::read(call.request().body());
        if (!rows)
            return call.fail(rows.error());
        imported = rows.value();
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(call.request().body(), &parseError);
        const QJsonArray array = document.isArray()
                                     ? document.array()
                                     : document.object().value(QLatin1String("products")).toArray();
        if (parseError.error != QJsonParseError::NoError ||
            (!document.isArray() && !document.object().value(QLatin1String("products")).isArray()))
            return call.fail(Error{QStringLiteral("malformed_json"),
                                   QStringLiteral("Send {\"products\": [Product…]}.")});
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return call.fail(Error{QStringLiteral("invalid_field"),
                                       QStringLiteral("products[%1] is not an object.").arg(i)});
            if (auto problem = unknownFields(array.at(i).toObject()))
                return call.fail(
                    Error{problem->code,
                          QStringLiteral("products[%1]: %2").arg(i).arg(problem->message)});
            imported << array.at(i).toObject();
        }
    }
    TenantTransaction transaction(*m_database, call.tenantId());
    ProductStore store(*m_database, call.tenantId());
    if (Status begun = transaction.begin(); !begun)
        return call.fail(begun.error());
    auto stored = store.list();
    if (!stored)
        return call.fail(stored.error());
    auto plan = MenuImport::plan(stored.value(), imported);
    if (!plan)
        return call.fail(plan.error());
    QJsonObject preview = plan->preview();
    preview.insert(QStringLiteral("dry_run"), !apply);
    if (apply) {
        Status done = plan->apply(store);
        if (done)
            done = transaction.commit();
        if (!done)
            return call.fail(done.error());
        if (store.appended())
            Q_EMIT m_server->eventsAppended({call.tenantId()});
    }
    call.reply(preview);
}

} // namespace Switchboard
