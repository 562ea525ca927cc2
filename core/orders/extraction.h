// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard {

//! The customer's order still waiting for staff, which a follow-up within ten minutes amends
//! instead of starting a second order.
struct PendingOrder {
    QList<Order::OrderItem> items;
    std::optional<DeliveryType> deliveryType;
    QString deliveryAddress;
    QDateTime requestedTime;
    QDateTime at; //!< when it was created (or last amended)
};

//! What the extractor read out of one message. Items are the contract's order lines with
//! prices from the menu (unit price = product price + chosen options' deltas, minor units); an
//! item not on the menu has an empty productId and sku. needsReview is set, with a reason a
//! person can act on, whenever the extractor is unsure; an Amendment always needs review.
struct Extraction {
    enum Kind {
        NotAnOrder, //!< a question, thanks, a complaint, a cancellation, the menu asked for
        NewOrder,
        Amendment, //!< items is the pending order's full new item list
    };
    Kind kind = NotAnOrder;
    QList<Order::OrderItem> items;
    qint64 subtotal = 0;
    qint64 total = 0;
    QString currency;
    std::optional<DeliveryType> deliveryType;
    QString deliveryAddress;
    QDateTime requestedTime; //!< invalid when not stated
    QString notes;           //!< order-level text (a catalogue order's message)
    bool needsReview = false;
    QStringList reviewReasons;
};

} // namespace Switchboard
