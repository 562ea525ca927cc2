// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/orderstatemachine.h"

#include <QTest>

using namespace Switchboard;

namespace {

const QList<OrderStatus> allStatuses{
    OrderStatus::Pending,        OrderStatus::Confirmed, OrderStatus::Preparing, OrderStatus::Ready,
    OrderStatus::OutForDelivery, OrderStatus::Delivered, OrderStatus::Cancelled};

//! The legal moves, written out by hand: the test's own statement of the flow.
QList<OrderStatus> legalMoves(OrderStatus from, bool delivery) {
    using S = OrderStatus;
    switch (from) {
    case S::Pending:
        return {S::Confirmed, S::Cancelled};
    case S::Confirmed:
        return {S::Preparing, S::Cancelled};
    case S::Preparing:
        return {S::Ready, S::Cancelled};
    case S::Ready:
        return {delivery ? S::OutForDelivery : S::Delivered, S::Cancelled};
    case S::OutForDelivery:
        return {S::Delivered, S::Cancelled};
    case S::Delivered:
    case S::Cancelled:
        return {};
    }
    return {};
}

} // namespace

class TestOrderStateMachine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyTransition_data() {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("delivery"); // -1 unknown, 0 pickup, 1 delivery
        QTest::addColumn<bool>("legal");
        for (int type = -1; type <= 1; ++type) {
            const bool delivery = type == 1;
            for (OrderStatus from : allStatuses)
                for (OrderStatus to : allStatuses)
                    QTest::addRow("%s→%s (%d)", qPrintable(toString(from)),
                                  qPrintable(toString(to)), type)
                        << int(from) << int(to) << type << legalMoves(from, delivery).contains(to);
        }
    }
    void everyTransition() {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, delivery);
        QFETCH(bool, legal);
        Order order;
        order.status = OrderStatus(from);
        if (delivery >= 0)
            order.deliveryType = delivery == 0 ? DeliveryType::Pickup : DeliveryType::Delivery;
        const Status checked =
            OrderStateMachine::check(order, OrderStatus(to), QStringLiteral("customer asked"));
        QCOMPARE(checked.ok(), legal);
        if (!legal)
            QCOMPARE(checked.error().code, QStringLiteral("conflict"));
        QCOMPARE(OrderStateMachine::next(order).contains(OrderStatus(to)), legal);
    }

    void cancellingNeedsAReason() {
        Order order;
        QCOMPARE(OrderStateMachine::check(order, OrderStatus::Cancelled).error().code,
                 QStringLiteral("invalid_field"));
        QCOMPARE(OrderStateMachine::check(order, OrderStatus::Cancelled, QStringLiteral("  "))
                     .error()
                     .code,
                 QStringLiteral("invalid_field"));
        QVERIFY(
            OrderStateMachine::check(order, OrderStatus::Cancelled, QStringLiteral("closed")).ok());
    }

    void openEditableVisible() {
        using S = OrderStatus;
        for (S status : allStatuses) {
            QCOMPARE(OrderStateMachine::isOpen(status),
                     status != S::Delivered && status != S::Cancelled);
            QCOMPARE(OrderStateMachine::itemsEditable(status),
                     status == S::Pending || status == S::Confirmed);
            QCOMPARE(OrderStateMachine::customerVisible(status),
                     status != S::Pending && status != S::Preparing);
        }
    }
};

QTEST_GUILESS_MAIN(TestOrderStateMachine)
#include "tst_orderstatemachine.moc"
