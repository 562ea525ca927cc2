// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/conversation.h"
#include "core/domain/event.h"
#include "core/domain/order.h"

#include "recordchecks.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::RecordChecks;

Q_DECLARE_METATYPE(Switchboard::Event)
Q_DECLARE_METATYPE(Switchboard::EventType)
Q_DECLARE_METATYPE(Switchboard::EventOp)

namespace {

QJsonObject upsertFixture() {
    return JsonFixture::load(QStringLiteral("event_upsert.json"));
}

// What data/event_upsert.json says: the largest seq a JSON number carries exactly.
Event conversationUpsert() {
    return Event{9007199254740991, EventType::Conversation, EventOp::Upsert,
                 utc(2026, 11, 25, 15, 34, 1, 251),
                 upsertFixture().value(QLatin1String("data")).toObject()};
}

// What data/event_delete.json says.
Event productDelete() {
    return Event{42, EventType::Product, EventOp::Delete, utc(2026, 11, 25, 16, 0, 0),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("prd_margherita")}}};
}

} // namespace

class TestEvent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesContractFixture_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<Event>("expected");
        QTest::newRow("conversation upsert")
            << QStringLiteral("event_upsert.json") << conversationUpsert();
        QTest::newRow("product delete") << QStringLiteral("event_delete.json") << productDelete();
    }
    void matchesContractFixture() {
        QFETCH(QString, fixture);
        QFETCH(Event, expected);
        verifyFixture(fixture, expected, eventFromJson);
    }

    void dataDecodesAsTheRecordOfItsType() {
        const Result<Event> event = eventFromJson(upsertFixture());
        QVERIFY2(event.ok(), qPrintable(problemOf(event)));
        QCOMPARE(event->type, EventType::Conversation);
        const Result<Conversation> conversation = conversationFromJson(event->data);
        QVERIFY2(conversation.ok(), qPrintable(problemOf(conversation)));
        QCOMPARE(conversation->unreadCount, 3);
        QCOMPARE(
            conversation->lastMessagePreview,
            QStringLiteral("שלום, אפשר פיצה מרגריטה גדולה? 🍕👍🏽"));
    }

    void roundTrip_data() {
        QTest::addColumn<Event>("event");
        QTest::newRow("upsert") << conversationUpsert();
        QTest::newRow("delete") << productDelete();

        Order order;
        order.id = QStringLiteral("ord_1");
        order.number = 1;
        order.currency = QStringLiteral("ILS");
        order.customer.name = QStringLiteral(
            "פיצה מרגריטה \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 "
            "🍕👍🏽");
        QTest::newRow("order with Hebrew and emoji, first seq") << Event{
            1, EventType::Order, EventOp::Upsert, utc(2026, 1, 1, 0, 0, 0, 1), toJson(order)};
    }
    void roundTrip() {
        QFETCH(Event, event);
        verifyRoundTrip(event, eventFromJson);
    }

    void typeStrings_data() {
        QTest::addColumn<EventType>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("message") << EventType::Message << QStringLiteral("message");
        QTest::newRow("conversation") << EventType::Conversation << QStringLiteral("conversation");
        QTest::newRow("customer") << EventType::Customer << QStringLiteral("customer");
        QTest::newRow("order") << EventType::Order << QStringLiteral("order");
        QTest::newRow("product") << EventType::Product << QStringLiteral("product");
        QTest::newRow("template") << EventType::Template << QStringLiteral("template");
        QTest::newRow("connection") << EventType::Connection << QStringLiteral("connection");
        QTest::newRow("label") << EventType::Label << QStringLiteral("label");
        QTest::newRow("quick_reply") << EventType::QuickReply << QStringLiteral("quick_reply");
    }
    void typeStrings() {
        QFETCH(EventType, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseEventType(text), std::optional(value));
    }

    void opStrings_data() {
        QTest::addColumn<EventOp>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("upsert") << EventOp::Upsert << QStringLiteral("upsert");
        QTest::newRow("delete") << EventOp::Delete << QStringLiteral("delete");
    }
    void opStrings() {
        QFETCH(EventOp, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseEventOp(text), std::optional(value));
    }

    void unknownEnumStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plural") << QStringLiteral("messages");
        QTest::newRow("tenant is not an event type") << QStringLiteral("tenant");
        QTest::newRow("insert") << QStringLiteral("insert");
        QTest::newRow("capitalised") << QStringLiteral("Upsert");
    }
    void unknownEnumStrings() {
        QFETCH(QString, text);
        QCOMPARE(parseEventType(text), std::optional<EventType>());
        QCOMPARE(parseEventOp(text), std::optional<EventOp>());
    }

    void rejectsInvalidRecord_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("no seq") << QStringLiteral("seq") << absent << QStringLiteral("seq");
        QTest::newRow("seq 0") << QStringLiteral("seq") << QJsonValue(0) << QStringLiteral("seq");
        QTest::newRow("seq negative")
            << QStringLiteral("seq") << QJsonValue(-5) << QStringLiteral("seq");
        QTest::newRow("seq fractional")
            << QStringLiteral("seq") << QJsonValue(1.5) << QStringLiteral("seq");
        QTest::newRow("seq as text")
            << QStringLiteral("seq") << QJsonValue(QStringLiteral("42")) << QStringLiteral("seq");
        QTest::newRow("no type") << QStringLiteral("type") << absent << QStringLiteral("type");
        QTest::newRow("unknown type")
            << QStringLiteral("type") << QJsonValue(QStringLiteral("tenant"))
            << QStringLiteral("type");
        QTest::newRow("no op") << QStringLiteral("op") << absent << QStringLiteral("op");
        QTest::newRow("unknown op")
            << QStringLiteral("op") << QJsonValue(QStringLiteral("update")) << QStringLiteral("op");
        QTest::newRow("no at") << QStringLiteral("at") << absent << QStringLiteral("at");
        QTest::newRow("at not a time")
            << QStringLiteral("at") << QJsonValue(QStringLiteral("yesterday"))
            << QStringLiteral("at");
        QTest::newRow("no data") << QStringLiteral("data") << absent << QStringLiteral("data");
        QTest::newRow("data an array")
            << QStringLiteral("data") << QJsonValue(QJsonArray()) << QStringLiteral("data");
    }
    void rejectsInvalidRecord() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyRejected(JsonFixture::with(upsertFixture(), path, value), eventFromJson, field);
    }

    void firstProblemIsReported() {
        QJsonObject json = upsertFixture();
        json.remove(QLatin1String("seq"));
        json.insert(QLatin1String("op"), QStringLiteral("update"));
        verifyRejected(json, eventFromJson, QStringLiteral("seq"));
    }
};

QTEST_GUILESS_MAIN(TestEvent)
#include "tst_event.moc"
