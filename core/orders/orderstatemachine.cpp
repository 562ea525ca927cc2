// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/orderstatemachine.h"

namespace Switchboard {

bool OrderStateMachine::isOpen(OrderStatus status) {
    return status != OrderStatus::Delivered && status != OrderStatus::Cancelled;
}

bool OrderStateMachine::itemsEditable(OrderStatus status) {
    return status == OrderStatus::Pending || status == OrderStatus::Confirmed;
}

QList<OrderStatus> OrderStateMachine::next(const Order &order) {
    QList<OrderStatus> moves;
    switch (order.status) {
    case OrderStatus::Pending:
        moves << OrderStatus::Confirmed;
        break;
    case OrderStatus::Confirmed:
        moves << OrderStatus::Preparing;
        break;
    case OrderStatus::Preparing:
        moves << OrderStatus::Ready;
        break;
    case OrderStatus::Ready:
        moves << (order.deliveryType == DeliveryType::Delivery ? OrderStatus::OutForDelivery
                                                               : OrderStatus::Delivered);
        break;
    case OrderStatus::OutForDelivery:
        moves << OrderStatus::Delivered;
        break;
    case OrderStatus::Delivered:
    case OrderStatus::Cancelled:
        break;
    }
    if (isOpen(order.status))
        moves << OrderStatus::Cancelled;
    return moves;
}

Status OrderStateMachine::check(const Order &order, OrderStatus to, const QString &reason) {
    if (!next(order).contains(to))
        return Error{QStringLiteral("conflict"),
                     QStringLiteral("An order that is %1 cannot become %2.")
                         .arg(toString(order.status), toString(to))};
    if (to == OrderStatus::Cancelled && reason.trimmed().isEmpty())
        return Error{QStringLiteral("invalid_field"),
                     QStringLiteral("note: say why the order is cancelled.")};
    return success();
}

bool OrderStateMachine::customerVisible(OrderStatus status) {
    switch (status) {
    case OrderStatus::Confirmed:
    case OrderStatus::Ready:
    case OrderStatus::OutForDelivery:
    case OrderStatus::Delivered:
    case OrderStatus::Cancelled:
        return true;
    case OrderStatus::Pending:
    case OrderStatus::Preparing:
        return false;
    }
    return false;
}

} // namespace Switchboard
