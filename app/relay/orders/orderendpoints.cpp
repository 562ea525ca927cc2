// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/orders/orderendpoints.h"

#include "app/relay/http/apicall.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/http/requestfields.h"
#include "app/relay/http/routetable.h"
#include "app/relay/inbox/tenanttransaction.h"
#include "app/relay/menu/productstore.h"
#include "app/relay/orders/ordernotifier.h"
#include "app/relay/orders/orderpricing.h"
#include "app/relay/orders/orderstore.h"
#include "app/relay/records/recordid.h"
#include "app/relay/records/recordwriter.h"
#include "core/orders/orderstatemachine.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;
using Role = RouteTable::Role;

const Error noSuchOrder{QStringLiteral("not_found"), QStringLiteral("No such order.")};

Error invalid(const QString &message) {
    return Error{QStringLiteral("invalid_field"), message};
}

//! delivery_type from a body: pickup, delivery or null; `problem` set when it is something else.
std::optional<DeliveryType> deliveryTypeOf(const QJsonObject &body, std::optional<Error> &problem) {
    const QJsonValue value = body.value(QLatin1String("delivery_type"));
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    auto type = parseDeliveryType(value.toString());
    if (!type)
        problem = invalid(QStringLiteral("delivery_type is pickup, delivery or null."));
    return type;
}

} // namespace

OrderEndpoints::OrderEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                               MessageEndpoint *messages, const SecretBox *box, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_database(database)
    , m_notifier(std::make_unique<OrderNotifier>(database, messages, box)) {
    const QString path = QStringLiteral("/api/v1/tenants/{tid}/orders");
    routes.tenantRoute(Method::Get, path, Role::Staff,
                       RouteTable::bind(this, &OrderEndpoints::list));
    routes.tenantRoute(Method::Post, path, Role::Staff,
                       RouteTable::bind(this, &OrderEndpoints::create));
    routes.tenantRoute(Method::Get, path + QStringLiteral("/{id}"), Role::Staff,
                       RouteTable::bind(this, &OrderEndpoints::get));
    routes.tenantRoute(Method::Patch, path + QStringLiteral("/{id}"), Role::Staff,
                       RouteTable::bind(this, &OrderEndpoints::update));
    routes.tenantRoute(Method::Post, path + QStringLiteral("/{id}/status"), Role::Staff,
                       RouteTable::bind(this, &OrderEndpoints::changeStatus));
}

OrderEndpoints::~OrderEndpoints() = default;

void OrderEndpoints::list(const ApiCall &call) {
    const QUrlQuery query(call.request().url());
    OrderStore::Filter filter;
    const QString status = query.queryItemValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        filter.status = parseOrderStatus(status);
        if (!filter.status)
            return call.fail(
                Error{QStringLiteral("invalid_request"),
                      QStringLiteral("status is not an order status: %1.").arg(status)});
    }
    filter.customerId = query.queryItemValue(QStringLiteral("customer"));
    filter.text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    auto orders = OrderStore(*m_database, call.tenantId()).list(filter);
    if (!orders)
        return call.fail(orders.error());
    QJsonArray list;
    for (const StoredOrder &order : orders.value())
        list.append(toJson(order));
    call.reply(QJsonObject{{QStringLiteral("orders"), list}});
}

void OrderEndpoints::get(const ApiCall &call) {
    auto order = OrderStore(*m_database, call.tenantId()).find(call.argument(0));
    if (!order)
        return call.fail(order.error());
    if (!order->has_value())
        return call.fail(noSuchOrder);
    call.reply(toJson(order->value()));
}

void OrderEndpoints::create(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    RequestFields fields(*body);
    fields.only({"customer_id", "customer", "items", "delivery_type", "delivery_address", "notes",
                 "language", "phone_number_id"});
    const QString customerId = fields.optional("customer_id");
    const QString address = fields.optional("delivery_address").trimmed();
    const QString notes = fields.optional("notes").trimmed();
    const QString language = fields.optional("language");
    const QString phoneNumberId = fields.optional("phone_number_id");
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    std::optional<Error> problem;
    const auto deliveryType = deliveryTypeOf(*body, problem);
    if (problem)
        return call.fail(*problem);
    if (!body->value(QLatin1String("items")).isArray() ||
        body->value(QLatin1String("items")).toArray().isEmpty())
        return call.fail(invalid(QStringLiteral("items: an order has at least one item.")));
    if (!language.isEmpty() && language != QLatin1String("he") && language != QLatin1String("en"))
        return call.fail(invalid(QStringLiteral("language is he or en.")));

    TenantTransaction transaction(*m_database, call.tenantId());
    if (Status begun = transaction.begin(); !begun)
        return call.fail(begun.error());
    auto menu = ProductStore(*m_database, call.tenantId()).list();
    if (!menu)
        return call.fail(menu.error());
    const OrderPricing pricing(menu.value());
    auto items = pricing.price(body->value(QLatin1String("items")).toArray());
    if (!items)
        return call.fail(items.error());

    StoredOrder stored;
    stored.order.id = newId("ord_");
    stored.order.source = OrderSource::Manual;
    stored.order.items = items.value();
    stored.order.subtotal = OrderPricing::subtotal(items.value());
    stored.order.total = stored.order.subtotal;
    stored.order.currency = pricing.currency();
    stored.order.deliveryType = deliveryType;
    stored.order.deliveryAddress = address;
    stored.order.notes = notes;
    stored.phoneNumberId = phoneNumberId;
    stored.language = language.isEmpty() ? QStringLiteral("en") : language;
    if (!customerId.isEmpty()) {
        auto customer = RecordWriter(*m_database, call.tenantId()).customer(customerId);
        if (!customer)
            return call.fail(customer.error());
        if (!customer->has_value())
            return call.fail(invalid(QStringLiteral("customer_id: no such customer.")));
        const Customer &c = customer->value();
        stored.order.customer = {c.id, c.phone.isEmpty() ? QStringLiteral("+") + c.waId : c.phone,
                                 c.name.isEmpty() ? c.profileName : c.name};
        stored.waId = c.waId;
        if (language.isEmpty()) {
            // How the customer wrote their last WhatsApp order, if any.
            OrderStore::Filter mine;
            mine.customerId = c.id;
            auto earlier = OrderStore(*m_database, call.tenantId()).list(mine, 20);
            if (earlier) {
                for (const StoredOrder &order : earlier.value()) {
                    if (order.order.source != OrderSource::Manual && !order.language.isEmpty()) {
                        stored.language = order.language;
                        break;
                    }
                }
            }
        }
    } else {
        const QJsonObject customer = body->value(QLatin1String("customer")).toObject();
        stored.order.customer.phone = customer.value(QLatin1String("phone")).toString().trimmed();
        stored.order.customer.name = customer.value(QLatin1String("name")).toString().trimmed();
    }
    stored.order.timeline << Order::TimelineEntry{
        OrderStatus::Pending, QDateTime::currentDateTimeUtc(), call.caller().username, notes};
    OrderStore orders(*m_database, call.tenantId());
    Status done = orders.insert(stored);
    if (done)
        done = transaction.commit();
    if (!done)
        return call.fail(done.error());
    Q_EMIT m_server->eventsAppended({call.tenantId()});
    call.reply(toJson(stored), HttpStatus::Created);
}

void OrderEndpoints::update(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    RequestFields fields(*body);
    fields.only({"items", "delivery_type", "delivery_address", "notes", "needs_review"});
    const QString address = fields.optional("delivery_address").trimmed();
    const QString notes = fields.optional("notes").trimmed();
    const auto needsReview = fields.boolean("needs_review");
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    std::optional<Error> problem;
    const auto deliveryType = deliveryTypeOf(*body, problem);
    if (problem)
        return call.fail(*problem);

    TenantTransaction transaction(*m_database, call.tenantId());
    OrderStore orders(*m_database, call.tenantId());
    if (Status begun = transaction.begin(); !begun)
        return call.fail(begun.error());
    auto found = orders.find(call.argument(0));
    if (!found)
        return call.fail(found.error());
    if (!found->has_value())
        return call.fail(noSuchOrder);
    StoredOrder stored = found->value();
    Order &order = stored.order;
    if (!OrderStateMachine::isOpen(order.status))
        return call.fail(
            Error{QStringLiteral("conflict"),
                  QStringLiteral("A %1 order cannot be edited.").arg(toString(order.status))});
    const Order before = order;
    QStringList changed;
    if (body->contains(QLatin1String("items"))) {
        if (!OrderStateMachine::itemsEditable(order.status))
            return call.fail(Error{QStringLiteral("conflict"),
                                   QStringLiteral("Items can be edited while the order is pending "
                                                  "or confirmed; it is %1.")
                                       .arg(toString(order.status))});
        const QJsonArray lines = body->value(QLatin1String("items")).toArray();
        if (lines.isEmpty())
            return call.fail(invalid(
                QStringLiteral("items: an order has at least one item; cancel it instead.")));
        auto menu = ProductStore(*m_database, call.tenantId()).list();
        if (!menu)
            return call.fail(menu.error());
        auto items = OrderPricing(menu.value()).price(lines, order.items);
        if (!items)
            return call.fail(items.error());
        order.items = items.value();
        order.subtotal = OrderPricing::subtotal(order.items);
        order.total = order.subtotal;
        changed << QStringLiteral("items");
    }
    if (body->contains(QLatin1String("delivery_type"))) {
        order.deliveryType = deliveryType;
        changed << QStringLiteral("delivery_type");
    }
    if (fields.has("delivery_address")) {
        order.deliveryAddress = address;
        changed << QStringLiteral("delivery_address");
    }
    if (fields.has("notes")) {
        order.notes = notes;
        changed << QStringLiteral("notes");
    }
    if (needsReview) {
        order.needsReview = *needsReview;
        if (!*needsReview)
            stored.reviewReasons.clear();
        changed << QStringLiteral("needs_review");
    }
    if (!(order == before)) {
        order.timeline << Order::TimelineEntry{
            order.status, QDateTime::currentDateTimeUtc(), call.caller().username,
            QStringLiteral("edited: %1").arg(changed.join(QStringLiteral(", ")))};
        Status done = orders.update(stored);
        if (done)
            done = transaction.commit();
        if (!done)
            return call.fail(done.error());
        Q_EMIT m_server->eventsAppended({call.tenantId()});
    }
    call.reply(toJson(stored));
}

void OrderEndpoints::changeStatus(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    RequestFields fields(*body);
    fields.only({"status", "note"});
    const QString statusText = fields.required("status");
    const QString note = fields.optional("note").trimmed();
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    const auto status = parseOrderStatus(statusText);
    if (!status)
        return call.fail(
            invalid(QStringLiteral("status is not an order status: %1.").arg(statusText)));

    TenantTransaction transaction(*m_database, call.tenantId());
    OrderStore orders(*m_database, call.tenantId());
    if (Status begun = transaction.begin(); !begun)
        return call.fail(begun.error());
    auto found = orders.find(call.argument(0));
    if (!found)
        return call.fail(found.error());
    if (!found->has_value())
        return call.fail(noSuchOrder);
    StoredOrder stored = found->value();
    // A repeat (a console resending a request whose answer it lost) changes nothing.
    if (stored.order.status == *status)
        return call.reply(toJson(stored));
    if (Status legal = OrderStateMachine::check(stored.order, *status, note); !legal)
        return call.fail(legal.error());
    stored.order.status = *status;
    stored.order.timeline << Order::TimelineEntry{*status, QDateTime::currentDateTimeUtc(),
                                                  call.caller().username, note};
    Status done = orders.update(stored);
    if (done)
        done = transaction.commit();
    if (!done)
        return call.fail(done.error());
    Q_EMIT m_server->eventsAppended({call.tenantId()});
    m_notifier->notify(call.tenantId(), stored,
                       TeamMember{call.caller().userId, call.caller().username});
    call.reply(toJson(stored));
}

} // namespace Switchboard
