// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/message.h"

#include "recordchecks.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace Switchboard;
using namespace Switchboard::RecordChecks;

Q_DECLARE_METATYPE(Switchboard::Message)
Q_DECLARE_METATYPE(Switchboard::MessageDirection)
Q_DECLARE_METATYPE(Switchboard::MessageType)
Q_DECLARE_METATYPE(Switchboard::MessageStatus)

namespace {

const QString pizzaText =
    QStringLiteral("שלום, אפשר פיצה מרגריטה גדולה? 🍕👍🏽");
const QString thumbsUpMedium = QStringLiteral("\U0001F44D\U0001F3FD");
const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");

// What data/message_text_inbound.json says.
Message textInbound() {
    Message m;
    m.id = QStringLiteral("msg_0001");
    m.wamid = QStringLiteral("wamid.HBgMOTcyNTAxMjM0NTY3FQIAEhggQTFCMkMzRDQ=");
    m.conversationId = QStringLiteral("conv_0001");
    m.customerId = QStringLiteral("cus_0001");
    m.direction = MessageDirection::Inbound;
    m.type = MessageType::Text;
    m.text = pizzaText;
    m.context = Message::Context{
        QStringLiteral("wamid.HBgMOTcyNTAxMjM0NTY3FQIAERgSQUJDREVGMDEyMzQ1Njc4OQA="), false};
    m.status = MessageStatus::Received;
    m.timestamp = utc(2026, 11, 25, 15, 33, 26);
    m.raw = QJsonObject{
        {QStringLiteral("from"), QStringLiteral("972501234567")},
        {QStringLiteral("id"), m.wamid},
        {QStringLiteral("timestamp"), QStringLiteral("1795620806")},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), pizzaText}}},
        {QStringLiteral("referral"),
         QJsonObject{{QStringLiteral("source_type"), QStringLiteral("ad")},
                     {QStringLiteral("source_id"), QStringLiteral("120210000000000")}}},
    };
    return m;
}

// What data/message_image_outbound.json says.
Message imageOutboundFailed() {
    Message m;
    m.id = QStringLiteral("msg_0002");
    m.wamid = QStringLiteral("wamid.HBgMOTcyNTAxMjM0NTY3FQIAERgSOEQ3RjZFNUQ0QzNCMkExMDAA");
    m.conversationId = QStringLiteral("conv_0001");
    m.customerId = QStringLiteral("cus_0001");
    m.direction = MessageDirection::Outbound;
    m.type = MessageType::Image;
    m.media = Message::Media{QStringLiteral("1013859600285441"), QStringLiteral("image/jpeg"),
                             QStringLiteral("kmqyPEnYd0qr9k9o4hVYhDrUQ9eVUpOdmLA3bWvTn9Q="),
                             QStringLiteral("menu.jpg"), QStringLiteral("התפריט שלנו ") + family};
    m.status = MessageStatus::Failed;
    m.error = Message::MessageError{
        QStringLiteral("131047"), QStringLiteral("Re-engagement message"),
        QStringLiteral("More than 24 hours have passed since the recipient last replied.")};
    m.timestamp = utc(2026, 11, 25, 15, 34, 1, 250);
    m.author = TeamMember{QStringLiteral("us_0002"), QStringLiteral("sam")};
    return m;
}

// What data/message_reaction.json says.
Message reactionInbound() {
    Message m;
    m.id = QStringLiteral("msg_0003");
    m.wamid = QStringLiteral("wamid.HBgMOTcyNTAxMjM0NTY3FQIAEhggRTVGNkc3SDg=");
    m.conversationId = QStringLiteral("conv_0001");
    m.customerId = QStringLiteral("cus_0001");
    m.type = MessageType::Reaction;
    m.reaction = Message::Reaction{
        QStringLiteral("wamid.HBgMOTcyNTAxMjM0NTY3FQIAERgSOEQ3RjZFNUQ0QzNCMkExMDAA"),
        thumbsUpMedium};
    m.timestamp = utc(2026, 11, 25, 15, 35, 0);
    return m;
}

} // namespace

class TestMessage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesContractFixture_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<Message>("expected");
        QTest::newRow("inbound text, Hebrew and emoji, context, raw")
            << QStringLiteral("message_text_inbound.json") << textInbound();
        QTest::newRow("outbound image failed, media, error, milliseconds")
            << QStringLiteral("message_image_outbound.json") << imageOutboundFailed();
        QTest::newRow("inbound reaction")
            << QStringLiteral("message_reaction.json") << reactionInbound();
    }
    void matchesContractFixture() {
        QFETCH(QString, fixture);
        QFETCH(Message, expected);
        verifyFixture(fixture, expected, messageFromJson);
    }

    void roundTrip_data() {
        QTest::addColumn<Message>("message");
        QTest::newRow("text") << textInbound();
        QTest::newRow("image") << imageOutboundFailed();
        QTest::newRow("reaction") << reactionInbound();

        Message removal = reactionInbound();
        removal.reaction->emoji.clear();
        QTest::newRow("reaction removed (empty emoji)") << removal;

        Message location = textInbound();
        location.type = MessageType::Location;
        location.text.clear();
        location.location = QJsonObject{{QStringLiteral("latitude"), 32.0853},
                                        {QStringLiteral("longitude"), 34.7818},
                                        {QStringLiteral("name"), QStringLiteral("פיצה נאפולי")}};
        QTest::newRow("location kept as Meta's object") << location;

        Message interactive = textInbound();
        interactive.type = MessageType::Interactive;
        interactive.interactive = QJsonObject{
            {QStringLiteral("type"), QStringLiteral("button_reply")},
            {QStringLiteral("button_reply"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("confirm")},
                         {QStringLiteral("title"), QString(QStringLiteral("מאשר ") + family)}}}};
        QTest::newRow("interactive reply") << interactive;

        Message order = textInbound();
        order.type = MessageType::Order;
        order.order = QJsonObject{
            {QStringLiteral("catalog_id"), QStringLiteral("9000")},
            {QStringLiteral("product_items"),
             QJsonArray{QJsonObject{{QStringLiteral("product_retailer_id"), QStringLiteral("PZ")},
                                    {QStringLiteral("quantity"), 2},
                                    {QStringLiteral("item_price"), 54.9},
                                    {QStringLiteral("currency"), QStringLiteral("ILS")}}}}};
        QTest::newRow("catalogue order") << order;

        Message forwarded = textInbound();
        forwarded.context = Message::Context{QString(), true};
        forwarded.raw = QJsonObject();
        QTest::newRow("forwarded, no raw") << forwarded;

        Message queued = imageOutboundFailed();
        queued.wamid.clear();
        queued.status = MessageStatus::Queued;
        queued.error.reset();
        queued.media->caption = thumbsUpMedium + QStringLiteral(" מבצע!");
        QTest::newRow("queued before Meta answered") << queued;

        Message system = textInbound();
        system.type = MessageType::System;
        system.text = QStringLiteral("User A changed from 972501234567 to 972509999999");
        system.context.reset();
        system.timestamp = utc(2026, 12, 31, 23, 59, 59, 999);
        QTest::newRow("system, last millisecond of a year") << system;
    }
    void roundTrip() {
        QFETCH(Message, message);
        verifyRoundTrip(message, messageFromJson);
    }

    void absentOptionalFieldsTakeDefaults() {
        const QJsonObject minimal{
            {QStringLiteral("id"), QStringLiteral("m")},
            {QStringLiteral("conversation_id"), QStringLiteral("c")},
            {QStringLiteral("customer_id"), QStringLiteral("u")},
            {QStringLiteral("direction"), QStringLiteral("outbound")},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("status"), QStringLiteral("queued")},
            {QStringLiteral("timestamp"), QStringLiteral("2026-11-25T15:33:26Z")},
            {QStringLiteral("media"), QJsonValue::Null},
            {QStringLiteral("a_field_from_a_later_version"), 7},
        };
        const Result<Message> parsed = messageFromJson(minimal);
        QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
        QCOMPARE(parsed->direction, MessageDirection::Outbound);
        QCOMPARE(parsed->status, MessageStatus::Queued);
        QVERIFY(parsed->wamid.isEmpty());
        QVERIFY(parsed->text.isEmpty());
        QVERIFY(!parsed->media);
        QVERIFY(!parsed->reaction);
        QVERIFY(!parsed->context);
        QVERIFY(!parsed->error);
        QVERIFY(parsed->raw.isEmpty());
    }

    void metaNumericErrorCodeIsKeptAsText() {
        const QJsonObject json =
            JsonFixture::with(JsonFixture::load(QStringLiteral("message_image_outbound.json")),
                              QStringLiteral("error/code"), 131047);
        const Result<Message> parsed = messageFromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
        QCOMPARE(parsed->error->code, QStringLiteral("131047"));
    }

    void rejectsInvalidRecord_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("no id") << QStringLiteral("id") << absent << QStringLiteral("id");
        QTest::newRow("empty id") << QStringLiteral("id") << QJsonValue(QString())
                                  << QStringLiteral("id");
        QTest::newRow("numeric id")
            << QStringLiteral("id") << QJsonValue(17) << QStringLiteral("id");
        QTest::newRow("no conversation")
            << QStringLiteral("conversation_id") << absent << QStringLiteral("conversation_id");
        QTest::newRow("null customer")
            << QStringLiteral("customer_id") << QJsonValue(QJsonValue::Null)
            << QStringLiteral("customer_id");
        QTest::newRow("no direction")
            << QStringLiteral("direction") << absent << QStringLiteral("direction");
        QTest::newRow("direction upper case")
            << QStringLiteral("direction") << QJsonValue(QStringLiteral("INBOUND"))
            << QStringLiteral("direction");
        QTest::newRow("referral is not a type")
            << QStringLiteral("type") << QJsonValue(QStringLiteral("referral"))
            << QStringLiteral("type");
        QTest::newRow("no type") << QStringLiteral("type") << absent << QStringLiteral("type");
        QTest::newRow("unknown status")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("seen"))
            << QStringLiteral("status");
        QTest::newRow("no status")
            << QStringLiteral("status") << absent << QStringLiteral("status");
        QTest::newRow("no timestamp")
            << QStringLiteral("timestamp") << absent << QStringLiteral("timestamp");
        QTest::newRow("unix timestamp")
            << QStringLiteral("timestamp") << QJsonValue(QStringLiteral("1795620806"))
            << QStringLiteral("timestamp");
        QTest::newRow("local time")
            << QStringLiteral("timestamp") << QJsonValue(QStringLiteral("2026-11-25T15:33:26"))
            << QStringLiteral("timestamp");
        QTest::newRow("context not an object")
            << QStringLiteral("context") << QJsonValue(QStringLiteral("wamid.X"))
            << QStringLiteral("context");
        QTest::newRow("forwarded as text")
            << QStringLiteral("context/forwarded") << QJsonValue(QStringLiteral("yes"))
            << QStringLiteral("context.forwarded");
        QTest::newRow("raw as text")
            << QStringLiteral("raw") << QJsonValue(QStringLiteral("{}")) << QStringLiteral("raw");
    }
    void rejectsInvalidRecord() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyRejected(
            JsonFixture::with(JsonFixture::load(QStringLiteral("message_text_inbound.json")), path,
                              value),
            messageFromJson, field);
    }

    void rejectsReactionWithoutTarget() {
        verifyRejected(JsonFixture::with(JsonFixture::load(QStringLiteral("message_reaction.json")),
                                         QStringLiteral("reaction/message_id"),
                                         QJsonValue(QJsonValue::Undefined)),
                       messageFromJson, QStringLiteral("reaction.message_id"));
    }

    void directionStrings_data() {
        QTest::addColumn<MessageDirection>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("inbound") << MessageDirection::Inbound << QStringLiteral("inbound");
        QTest::newRow("outbound") << MessageDirection::Outbound << QStringLiteral("outbound");
        QTest::newRow("internal") << MessageDirection::Internal << QStringLiteral("internal");
    }
    void directionStrings() {
        QFETCH(MessageDirection, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseMessageDirection(text), std::optional(value));
    }

    void typeStrings_data() {
        QTest::addColumn<MessageType>("value");
        QTest::addColumn<QString>("text");
        const std::pair<MessageType, const char *> rows[] = {
            {MessageType::Text, "text"},
            {MessageType::Image, "image"},
            {MessageType::Audio, "audio"},
            {MessageType::Video, "video"},
            {MessageType::Document, "document"},
            {MessageType::Sticker, "sticker"},
            {MessageType::Location, "location"},
            {MessageType::Contacts, "contacts"},
            {MessageType::Interactive, "interactive"},
            {MessageType::Button, "button"},
            {MessageType::Reaction, "reaction"},
            {MessageType::Order, "order"},
            {MessageType::System, "system"},
            {MessageType::Unsupported, "unsupported"},
            {MessageType::Note, "note"},
        };
        for (const auto &[value, text] : rows)
            QTest::newRow(text) << value << QString::fromLatin1(text);
    }
    void typeStrings() {
        QFETCH(MessageType, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseMessageType(text), std::optional(value));
    }

    void statusStrings_data() {
        QTest::addColumn<MessageStatus>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("received") << MessageStatus::Received << QStringLiteral("received");
        QTest::newRow("queued") << MessageStatus::Queued << QStringLiteral("queued");
        QTest::newRow("sent") << MessageStatus::Sent << QStringLiteral("sent");
        QTest::newRow("delivered") << MessageStatus::Delivered << QStringLiteral("delivered");
        QTest::newRow("read") << MessageStatus::Read << QStringLiteral("read");
        QTest::newRow("failed") << MessageStatus::Failed << QStringLiteral("failed");
        QTest::newRow("saved") << MessageStatus::Saved << QStringLiteral("saved");
    }
    void statusStrings() {
        QFETCH(MessageStatus, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseMessageStatus(text), std::optional(value));
    }

    void unknownEnumStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << QStringLiteral("Read");
        QTest::newRow("padded") << QStringLiteral(" sent");
        QTest::newRow("Meta's deleted") << QStringLiteral("deleted");
        QTest::newRow("referral") << QStringLiteral("referral");
        QTest::newRow("Hebrew") << QStringLiteral("נקרא");
    }
    void unknownEnumStrings() {
        QFETCH(QString, text);
        QCOMPARE(parseMessageStatus(text), std::optional<MessageStatus>());
        QCOMPARE(parseMessageType(text), std::optional<MessageType>());
        QCOMPARE(parseMessageDirection(text), std::optional<MessageDirection>());
    }

    void statusRankOrdersTicks() {
        QVERIFY(statusRank(MessageStatus::Received) < statusRank(MessageStatus::Queued));
        QVERIFY(statusRank(MessageStatus::Queued) < statusRank(MessageStatus::Sent));
        QVERIFY(statusRank(MessageStatus::Sent) < statusRank(MessageStatus::Delivered));
        QVERIFY(statusRank(MessageStatus::Delivered) < statusRank(MessageStatus::Failed));
        QVERIFY(statusRank(MessageStatus::Failed) < statusRank(MessageStatus::Read));
    }

    void advancesStatus_data() {
        QTest::addColumn<MessageStatus>("current");
        QTest::addColumn<MessageStatus>("next");
        QTest::addColumn<bool>("advances");
        using S = MessageStatus;
        QTest::newRow("queued → sent") << S::Queued << S::Sent << true;
        QTest::newRow("sent → delivered") << S::Sent << S::Delivered << true;
        QTest::newRow("sent → read (delivered skipped)") << S::Sent << S::Read << true;
        QTest::newRow("delivered → read") << S::Delivered << S::Read << true;
        QTest::newRow("read ↛ delivered (late webhook)") << S::Read << S::Delivered << false;
        QTest::newRow("delivered ↛ sent (late webhook)") << S::Delivered << S::Sent << false;
        QTest::newRow("sent ↛ sent (Meta retry)") << S::Sent << S::Sent << false;
        QTest::newRow("sent → failed") << S::Sent << S::Failed << true;
        QTest::newRow("delivered → failed") << S::Delivered << S::Failed << true;
        QTest::newRow("failed ↛ delivered") << S::Failed << S::Delivered << false;
        QTest::newRow("read ↛ failed") << S::Read << S::Failed << false;
        QTest::newRow("failed → read") << S::Failed << S::Read << true;
        QTest::newRow("queued ↛ queued") << S::Queued << S::Queued << false;
    }
    void advancesStatus() {
        QFETCH(MessageStatus, current);
        QFETCH(MessageStatus, next);
        QFETCH(bool, advances);
        QCOMPARE(Switchboard::advancesStatus(current, next), advances);
    }

    void finalStatusDoesNotDependOnArrivalOrder() {
        // Meta may deliver status webhooks late, out of order and more than once.
        QList<MessageStatus> reports{MessageStatus::Sent, MessageStatus::Delivered,
                                     MessageStatus::Read, MessageStatus::Delivered};
        std::sort(reports.begin(), reports.end());
        do {
            MessageStatus status = MessageStatus::Queued;
            for (const MessageStatus report : reports) {
                if (Switchboard::advancesStatus(status, report))
                    status = report;
            }
            QCOMPARE(status, MessageStatus::Read);
        } while (std::next_permutation(reports.begin(), reports.end()));
    }
};

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
