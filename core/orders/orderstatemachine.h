// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"
#include "core/result.h"

#include <QList>

namespace Switchboard {

//! Which status changes an order may make, and nothing else (issue 15, section 3).
//!
//! pending → confirmed → preparing → ready → delivered for pickup, with out_for_delivery between
//! ready and delivered for delivery orders (an order whose delivery type is not known yet takes
//! the pickup path); any open order (not delivered, not cancelled) may be cancelled, with a
//! reason. Every other move, staying put included, is illegal. Pure: no clock, no database.
class OrderStateMachine {
public:
    //! Whether `status` is neither delivered nor cancelled.
    static bool isOpen(OrderStatus status);
    //! Whether items may still be edited (pending or confirmed).
    static bool itemsEditable(OrderStatus status);
    //! The statuses `order` may move to next, in flow order (cancelled last when open).
    static QList<OrderStatus> next(const Order &order);
    //! Whether the move is legal; `reason` matters only for cancelling, which needs one.
    //! Errors: "conflict" naming both statuses when the move is illegal, "invalid_field" when a
    //! cancellation has no reason.
    static Status check(const Order &order, OrderStatus to, const QString &reason = {});
    //! Whether the customer is told of this status (confirmed, ready, out_for_delivery,
    //! delivered, cancelled).
    static bool customerVisible(OrderStatus status);
};

} // namespace Switchboard
