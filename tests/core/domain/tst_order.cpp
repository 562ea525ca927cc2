// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/order.h"

#include "recordchecks.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::RecordChecks;

Q_DECLARE_METATYPE(Switchboard::Order)
Q_DECLARE_METATYPE(Switchboard::OrderStatus)
Q_DECLARE_METATYPE(Switchboard::OrderSource)
Q_DECLARE_METATYPE(Switchboard::DeliveryType)

namespace {

// What data/order_delivery.json says.
Order deliveryOrder() {
    Order o;
    o.id = QStringLiteral("ord_0001");
    o.number = 1042;
    o.status = OrderStatus::OutForDelivery;
    o.source = OrderSource::Whatsapp;
    o.customer = {QStringLiteral("cus_0001"), QStringLiteral("+972501234567"),
                  QStringLiteral("דנה כהן")};
    o.items = {
        Order::OrderItem{QStringLiteral("prd_margherita"), QStringLiteral("PZ-MAR"),
                         QStringLiteral("פיצה מרגריטה"), 2,
                         QStringList{QStringLiteral("גדולה"), QStringLiteral("extra cheese")}, 6250,
                         12500, QStringLiteral("well done 🔥")},
        Order::OrderItem{QStringLiteral("prd_cola"), QStringLiteral("DR-COLA"),
                         QStringLiteral("Cola"), 1, QStringList(), 990, 990, QString()},
    };
    o.subtotal = 13490;
    o.total = 14990;
    o.currency = QStringLiteral("ILS");
    o.deliveryType = DeliveryType::Delivery;
    o.deliveryAddress = QStringLiteral("רחוב הרצל 12, תל אביב");
    o.notes = QStringLiteral("קומה 3, לצלצל פעמיים");
    o.sourceMessageId = QStringLiteral("msg_0001");
    o.needsReview = false;
    o.timeline = {
        {OrderStatus::Pending, utc(2026, 11, 25, 15, 33, 27), QStringLiteral("system"), QString()},
        {OrderStatus::Confirmed, utc(2026, 11, 25, 15, 35, 10, 500), QStringLiteral("usr_0007"),
         QString()},
        {OrderStatus::OutForDelivery, utc(2026, 11, 25, 16, 2, 0), QStringLiteral("usr_0007"),
         QStringLiteral("שליח: יוסי")},
    };
    return o;
}

// What data/order_undecided.json says: delivery_type null.
Order undecidedOrder() {
    Order o;
    o.id = QStringLiteral("ord_0002");
    o.number = 1043;
    o.status = OrderStatus::Pending;
    o.source = OrderSource::Manual;
    o.customer.phone = QStringLiteral("+972521112233");
    o.currency = QStringLiteral("ILS");
    o.needsReview = true;
    return o;
}

QJsonObject deliveryFixture() {
    return JsonFixture::load(QStringLiteral("order_delivery.json"));
}

} // namespace

class TestOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesContractFixture_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<Order>("expected");
        QTest::newRow("delivery, two items, timeline")
            << QStringLiteral("order_delivery.json") << deliveryOrder();
        QTest::newRow("manual, delivery_type null")
            << QStringLiteral("order_undecided.json") << undecidedOrder();
    }
    void matchesContractFixture() {
        QFETCH(QString, fixture);
        QFETCH(Order, expected);
        verifyFixture(fixture, expected, orderFromJson);
    }

    void deliveryTypeNullIsEmptyOptional() {
        const QJsonObject json = JsonFixture::load(QStringLiteral("order_undecided.json"));
        QVERIFY(json.value(QLatin1String("delivery_type")).isNull());
        const Result<Order> parsed = orderFromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
        QVERIFY(!parsed->deliveryType.has_value());
        QVERIFY(toJson(*parsed).value(QLatin1String("delivery_type")).isNull());
        // Absent reads the same as null.
        const Result<Order> absent = orderFromJson(
            JsonFixture::with(json, QStringLiteral("delivery_type"), QJsonValue::Undefined));
        QVERIFY2(absent.ok(), qPrintable(problemOf(absent)));
        QVERIFY(!absent->deliveryType.has_value());
    }

    void roundTrip_data() {
        QTest::addColumn<Order>("order");
        QTest::newRow("delivery") << deliveryOrder();
        QTest::newRow("undecided") << undecidedOrder();

        Order pickup = deliveryOrder();
        pickup.deliveryType = DeliveryType::Pickup;
        pickup.deliveryAddress.clear();
        pickup.source = OrderSource::Catalog;
        pickup.status = OrderStatus::Ready;
        pickup.customer.name =
            QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 משפחת לוי");
        pickup.items.first().notes = QStringLiteral("🍕👍🏽");
        QTest::newRow("pickup from the catalogue, emoji") << pickup;

        Order cancelled = deliveryOrder();
        cancelled.status = OrderStatus::Cancelled;
        cancelled.timeline.append({OrderStatus::Cancelled, utc(2026, 11, 25, 16, 10, 0, 1),
                                   QStringLiteral("usr_0001"), QStringLiteral("הלקוח ביטל")});
        cancelled.items.first().unitPrice = 1;
        cancelled.items.first().subtotal = 2;
        cancelled.subtotal = -1999; // a refund line may make amounts negative
        QTest::newRow("cancelled, odd amounts") << cancelled;
    }
    void roundTrip() {
        QFETCH(Order, order);
        verifyRoundTrip(order, orderFromJson);
    }

    void moneyIsHeldInMinorUnits_data() {
        QTest::addColumn<double>("total");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("19.99") << 19.99 << qint64(1999);
        QTest::newRow("0.1 + 0.2") << (0.1 + 0.2) << qint64(30);
        QTest::newRow("149.9") << 149.9 << qint64(14990);
        QTest::newRow("whole") << 42.0 << qint64(4200);
        QTest::newRow("third decimal rounds up") << 19.995 << qint64(2000);
        QTest::newRow("third decimal rounds down") << 19.994 << qint64(1999);
    }
    void moneyIsHeldInMinorUnits() {
        QFETCH(double, total);
        QFETCH(qint64, minor);
        const Result<Order> parsed =
            orderFromJson(JsonFixture::with(deliveryFixture(), QStringLiteral("total"), total));
        QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
        QCOMPARE(parsed->total, minor);
        QCOMPARE(toJson(*parsed).value(QLatin1String("total")).toDouble(),
                 static_cast<double>(minor) / 100.0);
    }

    void rejectsInvalidRecord_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("no id") << QStringLiteral("id") << absent << QStringLiteral("id");
        QTest::newRow("no number")
            << QStringLiteral("number") << absent << QStringLiteral("number");
        QTest::newRow("number as text")
            << QStringLiteral("number") << QJsonValue(QStringLiteral("1042"))
            << QStringLiteral("number");
        QTest::newRow("number 0") << QStringLiteral("number") << QJsonValue(0)
                                  << QStringLiteral("number");
        QTest::newRow("unknown status")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("shipped"))
            << QStringLiteral("status");
        QTest::newRow("status with a space")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("out for delivery"))
            << QStringLiteral("status");
        QTest::newRow("no status")
            << QStringLiteral("status") << absent << QStringLiteral("status");
        QTest::newRow("unknown source")
            << QStringLiteral("source") << QJsonValue(QStringLiteral("phone"))
            << QStringLiteral("source");
        QTest::newRow("no source")
            << QStringLiteral("source") << absent << QStringLiteral("source");
        QTest::newRow("no customer")
            << QStringLiteral("customer") << absent << QStringLiteral("customer");
        QTest::newRow("customer name a number")
            << QStringLiteral("customer/name") << QJsonValue(5) << QStringLiteral("customer.name");
        QTest::newRow("unknown delivery type")
            << QStringLiteral("delivery_type") << QJsonValue(QStringLiteral("drone"))
            << QStringLiteral("delivery_type");
        QTest::newRow("no subtotal")
            << QStringLiteral("subtotal") << absent << QStringLiteral("subtotal");
        QTest::newRow("total as text")
            << QStringLiteral("total") << QJsonValue(QStringLiteral("149.90"))
            << QStringLiteral("total");
        QTest::newRow("no currency")
            << QStringLiteral("currency") << absent << QStringLiteral("currency");
        QTest::newRow("items an object")
            << QStringLiteral("items") << QJsonValue(QJsonObject()) << QStringLiteral("items");
        QTest::newRow("item a string")
            << QStringLiteral("items/1") << QJsonValue(QStringLiteral("Cola"))
            << QStringLiteral("items[1]");
        QTest::newRow("item without name")
            << QStringLiteral("items/1/name") << absent << QStringLiteral("items[1].name");
        QTest::newRow("item without quantity")
            << QStringLiteral("items/0/quantity") << absent << QStringLiteral("items[0].quantity");
        QTest::newRow("zero quantity") << QStringLiteral("items/0/quantity") << QJsonValue(0)
                                       << QStringLiteral("items[0].quantity");
        QTest::newRow("half a pizza") << QStringLiteral("items/0/quantity") << QJsonValue(0.5)
                                      << QStringLiteral("items[0].quantity");
        QTest::newRow("huge quantity")
            << QStringLiteral("items/0/quantity") << QJsonValue(qint64(1) << 40)
            << QStringLiteral("items[0].quantity");
        QTest::newRow("negative unit price")
            << QStringLiteral("items/1/unit_price") << QJsonValue(-1.5)
            << QStringLiteral("items[1].unit_price");
        QTest::newRow("item without subtotal")
            << QStringLiteral("items/1/subtotal") << absent << QStringLiteral("items[1].subtotal");
        QTest::newRow("variant label a number")
            << QStringLiteral("items/0/variants/1") << QJsonValue(3)
            << QStringLiteral("items[0].variants[1]");
        QTest::newRow("timeline status unknown")
            << QStringLiteral("timeline/2/status") << QJsonValue(QStringLiteral("en_route"))
            << QStringLiteral("timeline[2].status");
        QTest::newRow("timeline without time")
            << QStringLiteral("timeline/0/at") << absent << QStringLiteral("timeline[0].at");
        QTest::newRow("needs_review as text")
            << QStringLiteral("needs_review") << QJsonValue(QStringLiteral("false"))
            << QStringLiteral("needs_review");
    }
    void rejectsInvalidRecord() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyRejected(JsonFixture::with(deliveryFixture(), path, value), orderFromJson, field);
    }

    void statusStrings_data() {
        QTest::addColumn<OrderStatus>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("pending") << OrderStatus::Pending << QStringLiteral("pending");
        QTest::newRow("confirmed") << OrderStatus::Confirmed << QStringLiteral("confirmed");
        QTest::newRow("preparing") << OrderStatus::Preparing << QStringLiteral("preparing");
        QTest::newRow("ready") << OrderStatus::Ready << QStringLiteral("ready");
        QTest::newRow("out_for_delivery")
            << OrderStatus::OutForDelivery << QStringLiteral("out_for_delivery");
        QTest::newRow("delivered") << OrderStatus::Delivered << QStringLiteral("delivered");
        QTest::newRow("cancelled") << OrderStatus::Cancelled << QStringLiteral("cancelled");
    }
    void statusStrings() {
        QFETCH(OrderStatus, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseOrderStatus(text), std::optional(value));
    }

    void sourceStrings_data() {
        QTest::addColumn<OrderSource>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("whatsapp") << OrderSource::Whatsapp << QStringLiteral("whatsapp");
        QTest::newRow("manual") << OrderSource::Manual << QStringLiteral("manual");
        QTest::newRow("catalog") << OrderSource::Catalog << QStringLiteral("catalog");
    }
    void sourceStrings() {
        QFETCH(OrderSource, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseOrderSource(text), std::optional(value));
    }

    void deliveryTypeStrings_data() {
        QTest::addColumn<DeliveryType>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("pickup") << DeliveryType::Pickup << QStringLiteral("pickup");
        QTest::newRow("delivery") << DeliveryType::Delivery << QStringLiteral("delivery");
    }
    void deliveryTypeStrings() {
        QFETCH(DeliveryType, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseDeliveryType(text), std::optional(value));
    }

    void unknownEnumStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("null as text") << QStringLiteral("null");
        QTest::newRow("capitalised") << QStringLiteral("Pending");
        QTest::newRow("camel case") << QStringLiteral("outForDelivery");
        QTest::newRow("British catalogue") << QStringLiteral("catalogue");
        QTest::newRow("American canceled") << QStringLiteral("canceled");
    }
    void unknownEnumStrings() {
        QFETCH(QString, text);
        QCOMPARE(parseOrderStatus(text), std::optional<OrderStatus>());
        QCOMPARE(parseOrderSource(text), std::optional<OrderSource>());
        QCOMPARE(parseDeliveryType(text), std::optional<DeliveryType>());
    }
};

QTEST_GUILESS_MAIN(TestOrder)
#include "tst_order.moc"
