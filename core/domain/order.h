// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Switchboard {

//! Where an order is in the kitchen-to-door flow. Which moves are legal is the order state
//! machine's business (core/orders), not this record's.
enum class OrderStatus {
    Pending,
    Confirmed,
    Preparing,
    Ready,
    OutForDelivery,
    Delivered,
    Cancelled
};

//! How an order came in: extracted from a WhatsApp chat, typed by staff, or sent from the
//! WhatsApp catalogue (an "order" message).
enum class OrderSource { Whatsapp, Manual, Catalog };

//! How the customer gets the order; the contract allows null (not known yet).
enum class DeliveryType { Pickup, Delivery };

//! A customer's order (contract: Order). Amounts are minor units (see money.h) in currency.
struct Order {
    //! Who ordered, copied into the order so it still reads right if the customer changes.
    struct OrderCustomer {
        QString id;
        QString phone;
        QString name;

        bool operator==(const OrderCustomer &) const = default;
    };

    //! One line. productId and sku are empty for an item that is not on the menu.
    struct OrderItem {
        QString productId;
        QString sku;
        QString name;         //!< required
        int quantity = 1;     //!< required, 1 or more
        QStringList variants; //!< labels of the chosen variant options
        qint64 unitPrice = 0; //!< required, minor units, options included, not negative
        qint64 subtotal = 0;  //!< required, minor units
        QString notes;

        bool operator==(const OrderItem &) const = default;
    };

    //! One status change: to status, at a time, by a user (or "system"), with a note.
    struct TimelineEntry {
        OrderStatus status = OrderStatus::Pending; //!< required
        QDateTime at;                              //!< required
        QString by;
        QString note;

        bool operator==(const TimelineEntry &) const = default;
    };

    QString id;        //!< required
    qint64 number = 0; //!< required, 1 or more: the per-tenant number people say ("order 1042")
    OrderStatus status = OrderStatus::Pending;  //!< required
    OrderSource source = OrderSource::Whatsapp; //!< required
    OrderCustomer customer;                     //!< required (its fields are not)
    QList<OrderItem> items;
    qint64 subtotal = 0;                      //!< required, minor units
    qint64 total = 0;                         //!< required, minor units
    QString currency;                         //!< required, ISO 4217
    std::optional<DeliveryType> deliveryType; //!< empty is JSON null
    QString deliveryAddress;
    QString notes;
    QString sourceMessageId;       //!< the message it was extracted from
    bool needsReview = false;      //!< the extractor was unsure
    QList<TimelineEntry> timeline; //!< oldest first

    bool operator==(const Order &) const = default;
};

QString toString(OrderStatus status);
std::optional<OrderStatus> parseOrderStatus(QStringView text);
QString toString(OrderSource source);
std::optional<OrderSource> parseOrderSource(QStringView text);
QString toString(DeliveryType type);
std::optional<DeliveryType> parseDeliveryType(QStringView text);

QJsonObject toJson(const Order &order);
Result<Order> orderFromJson(const QJsonObject &json);

} // namespace Switchboard
