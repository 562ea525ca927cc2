// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/order.h"

#include "core/domain/money.h"
#include "core/domain/recordreader_p.h"
#include "core/domain/timestamp.h"

#include <QJsonArray>

namespace Switchboard {

using Need = RecordReader::Need;

QString toString(OrderStatus status) {
    switch (status) {
    case OrderStatus::Pending:
        return QStringLiteral("pending");
    case OrderStatus::Confirmed:
        return QStringLiteral("confirmed");
    case OrderStatus::Preparing:
        return QStringLiteral("preparing");
    case OrderStatus::Ready:
        return QStringLiteral("ready");
    case OrderStatus::OutForDelivery:
        return QStringLiteral("out_for_delivery");
    case OrderStatus::Delivered:
        return QStringLiteral("delivered");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OrderStatus> parseOrderStatus(QStringView text) {
    return parseEnum<OrderStatus>(text);
}

QString toString(OrderSource source) {
    switch (source) {
    case OrderSource::Whatsapp:
        return QStringLiteral("whatsapp");
    case OrderSource::Manual:
        return QStringLiteral("manual");
    case OrderSource::Catalog:
        return QStringLiteral("catalog");
    }
    return {};
}

std::optional<OrderSource> parseOrderSource(QStringView text) {
    return parseEnum<OrderSource>(text);
}

QString toString(DeliveryType type) {
    switch (type) {
    case DeliveryType::Pickup:
        return QStringLiteral("pickup");
    case DeliveryType::Delivery:
        return QStringLiteral("delivery");
    }
    return {};
}

std::optional<DeliveryType> parseDeliveryType(QStringView text) {
    return parseEnum<DeliveryType>(text);
}

namespace {

QJsonObject customerToJson(const Order::OrderCustomer &customer) {
    return {
        {QStringLiteral("id"), customer.id},
        {QStringLiteral("phone"), customer.phone},
        {QStringLiteral("name"), customer.name},
    };
}

QJsonObject itemToJson(const Order::OrderItem &item) {
    return {
        {QStringLiteral("product_id"), item.productId},
        {QStringLiteral("sku"), item.sku},
        {QStringLiteral("name"), item.name},
        {QStringLiteral("quantity"), item.quantity},
        {QStringLiteral("variants"), QJsonArray::fromStringList(item.variants)},
        {QStringLiteral("unit_price"), moneyToJson(item.unitPrice)},
        {QStringLiteral("subtotal"), moneyToJson(item.subtotal)},
        {QStringLiteral("notes"), item.notes},
    };
}

QJsonObject timelineEntryToJson(const Order::TimelineEntry &entry) {
    return {
        {QStringLiteral("status"), toString(entry.status)},
        {QStringLiteral("at"), timestampToJson(entry.at)},
        {QStringLiteral("by"), entry.by},
        {QStringLiteral("note"), entry.note},
    };
}

Order::OrderCustomer readCustomer(RecordReader &r) {
    Order::OrderCustomer customer;
    customer.id = r.string("id");
    customer.phone = r.string("phone");
    customer.name = r.string("name");
    return customer;
}

Order::OrderItem readItem(RecordReader &r) {
    Order::OrderItem item;
    item.productId = r.string("product_id");
    item.sku = r.string("sku");
    item.name = r.string("name", Need::Required);
    item.quantity =
        static_cast<int>(r.integer("quantity", Need::Required, 1, std::numeric_limits<int>::max()));
    item.variants = r.strings("variants");
    item.unitPrice = r.money("unit_price", Need::Required, 0);
    item.subtotal = r.money("subtotal", Need::Required);
    item.notes = r.string("notes");
    return item;
}

Order::TimelineEntry readTimelineEntry(RecordReader &r) {
    Order::TimelineEntry entry;
    entry.status = r.enumeration("status", Need::Required, OrderStatus::Pending);
    entry.at = r.timestamp("at", Need::Required);
    entry.by = r.string("by");
    entry.note = r.string("note");
    return entry;
}

} // namespace

QJsonObject toJson(const Order &order) {
    QJsonArray items;
    for (const Order::OrderItem &item : order.items)
        items.append(itemToJson(item));
    QJsonArray timeline;
    for (const Order::TimelineEntry &entry : order.timeline)
        timeline.append(timelineEntryToJson(entry));
    return {
        {QStringLiteral("id"), order.id},
        {QStringLiteral("number"), order.number},
        {QStringLiteral("status"), toString(order.status)},
        {QStringLiteral("source"), toString(order.source)},
        {QStringLiteral("customer"), customerToJson(order.customer)},
        {QStringLiteral("items"), items},
        {QStringLiteral("subtotal"), moneyToJson(order.subtotal)},
        {QStringLiteral("total"), moneyToJson(order.total)},
        {QStringLiteral("currency"), order.currency},
        {QStringLiteral("delivery_type"), order.deliveryType
                                              ? QJsonValue(toString(*order.deliveryType))
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("delivery_address"), order.deliveryAddress},
        {QStringLiteral("notes"), order.notes},
        {QStringLiteral("source_message_id"), order.sourceMessageId},
        {QStringLiteral("needs_review"), order.needsReview},
        {QStringLiteral("timeline"), timeline},
    };
}

Result<Order> orderFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("order"));
    Order order;
    order.id = r.string("id", Need::Required);
    order.number = r.integer("number", Need::Required, 1);
    order.status = r.enumeration("status", Need::Required, OrderStatus::Pending);
    order.source = r.enumeration("source", Need::Required, OrderSource::Whatsapp);
    order.customer =
        r.nested("customer", Need::Required, readCustomer).value_or(Order::OrderCustomer{});
    order.items = r.list("items", readItem);
    order.subtotal = r.money("subtotal", Need::Required);
    order.total = r.money("total", Need::Required);
    order.currency = r.string("currency", Need::Required);
    order.deliveryType = r.nullableEnumeration<DeliveryType>("delivery_type");
    order.deliveryAddress = r.string("delivery_address");
    order.notes = r.string("notes");
    order.sourceMessageId = r.string("source_message_id");
    order.needsReview = r.boolean("needs_review");
    order.timeline = r.list("timeline", readTimelineEntry);
    if (!r.ok())
        return r.error();
    return order;
}

} // namespace Switchboard
