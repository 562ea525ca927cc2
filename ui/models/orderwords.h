// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Switchboard {

//! The words the console says about orders, in the interface language: a status's name, the
//! button that moves an order to it, and an order's items in one line.
class OrderWords {
    Q_DECLARE_TR_FUNCTIONS(Switchboard::OrderWords)
public:
    //! "Pending", "Out for delivery" …
    static QString statusName(OrderStatus status);
    //! statusName() of the relay's word; the word itself when it is not a status.
    static QString statusName(const QString &status);
    //! What the button that moves an order to `status` says: "Confirm", "Start preparing" …
    static QString action(OrderStatus status);
    //! "Pickup", "Delivery", or "Not said yet" when the order does not say.
    static QString deliveryName(const QString &deliveryType);
    //! "Message", "Catalog", "Manual".
    static QString sourceName(const QString &source);
    //! "2× Margherita (Large), 1× Coke" from the relay's Order record.
    static QString itemsLine(const QJsonObject &order);
    //! The customer's name, else their phone number.
    static QString customerName(const QJsonObject &order);
};

} // namespace Switchboard
