// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/conversation.h"

#include "recordchecks.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::RecordChecks;

Q_DECLARE_METATYPE(Switchboard::Conversation)
Q_DECLARE_METATYPE(Switchboard::ConversationStatus)

namespace {

// What data/conversation.json says.
Conversation withDana() {
    Conversation c;
    c.id = QStringLiteral("conv_0001");
    c.customerId = QStringLiteral("cus_0001");
    c.phoneNumberId = QStringLiteral("106540352242922");
    c.status = ConversationStatus::Open;
    c.unreadCount = 3;
    c.lastMessagePreview =
        QStringLiteral("שלום, אפשר פיצה מרגריטה גדולה? 🍕👍🏽");
    c.lastMessageAt = utc(2026, 11, 25, 15, 34, 1, 250);
    c.lastInboundAt = utc(2026, 11, 25, 15, 33, 26);
    c.assignee = TeamMember{QStringLiteral("us_0001"), QStringLiteral("pat")};
    c.labels = QStringList{QStringLiteral("lb_0001")};
    c.readBy.insert(QStringLiteral("us_0001"), utc(2026, 11, 25, 15, 34, 10));
    return c;
}

QJsonObject fixture() {
    return JsonFixture::load(QStringLiteral("conversation.json"));
}

} // namespace

class TestConversation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesContractFixture() {
        verifyFixture(QStringLiteral("conversation.json"), withDana(), conversationFromJson);
    }

    void roundTrip_data() {
        QTest::addColumn<Conversation>("conversation");
        QTest::newRow("open") << withDana();

        Conversation closed = withDana();
        closed.status = ConversationStatus::Closed;
        closed.unreadCount = 0;
        closed.assignee.reset();
        closed.labels.clear();
        closed.lastMessagePreview =
            QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 תודה רבה!");
        QTest::newRow("closed, ZWJ emoji preview") << closed;

        Conversation started;
        started.id = QStringLiteral("conv_0002");
        started.customerId = QStringLiteral("cus_0002");
        started.phoneNumberId = QStringLiteral("106540352242922");
        QTest::newRow("business wrote first: no inbound yet") << started;
    }
    void roundTrip() {
        QFETCH(Conversation, conversation);
        verifyRoundTrip(conversation, conversationFromJson);
    }

    void serviceWindowIsTwentyFourHours() { QCOMPARE(serviceWindowSeconds, qint64(86400)); }

    void serviceWindow_data() {
        QTest::addColumn<QDateTime>("lastInbound");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("inside");
        const QDateTime inbound = utc(2026, 11, 25, 15, 33, 26);
        QTest::newRow("a minute later") << inbound << inbound.addSecs(60) << true;
        QTest::newRow("23:59:59 later")
            << inbound << inbound.addSecs(serviceWindowSeconds - 1) << true;
        QTest::newRow("exactly 24 h later")
            << inbound << inbound.addSecs(serviceWindowSeconds) << false;
        QTest::newRow("a day and a second")
            << inbound << inbound.addSecs(serviceWindowSeconds + 1) << false;
        QTest::newRow("never wrote") << QDateTime() << inbound << false;
        QTest::newRow("same instant in local time")
            << inbound << inbound.addSecs(3600).toOffsetFromUtc(2 * 3600) << true;
    }
    void serviceWindow() {
        QFETCH(QDateTime, lastInbound);
        QFETCH(QDateTime, now);
        QFETCH(bool, inside);
        Conversation conversation = withDana();
        conversation.lastInboundAt = lastInbound;
        QCOMPARE(insideServiceWindow(conversation, now), inside);
    }

    void statusStrings_data() {
        QTest::addColumn<ConversationStatus>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("open") << ConversationStatus::Open << QStringLiteral("open");
        QTest::newRow("closed") << ConversationStatus::Closed << QStringLiteral("closed");
    }
    void statusStrings() {
        QFETCH(ConversationStatus, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseConversationStatus(text), std::optional(value));
        QCOMPARE(parseConversationStatus(text.toUpper()), std::optional<ConversationStatus>());
    }

    void rejectsInvalidRecord_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("no id") << QStringLiteral("id") << absent << QStringLiteral("id");
        QTest::newRow("no customer")
            << QStringLiteral("customer_id") << absent << QStringLiteral("customer_id");
        QTest::newRow("no number")
            << QStringLiteral("phone_number_id") << absent << QStringLiteral("phone_number_id");
        QTest::newRow("no status")
            << QStringLiteral("status") << absent << QStringLiteral("status");
        QTest::newRow("archived is not a status")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("archived"))
            << QStringLiteral("status");
        QTest::newRow("negative unread")
            << QStringLiteral("unread_count") << QJsonValue(-1) << QStringLiteral("unread_count");
        QTest::newRow("fractional unread")
            << QStringLiteral("unread_count") << QJsonValue(1.5) << QStringLiteral("unread_count");
        QTest::newRow("unread as text")
            << QStringLiteral("unread_count") << QJsonValue(QStringLiteral("3"))
            << QStringLiteral("unread_count");
        QTest::newRow("inbound time with a space")
            << QStringLiteral("last_inbound_at")
            << QJsonValue(QStringLiteral("2026-11-25 15:33:26Z"))
            << QStringLiteral("last_inbound_at");
    }
    void rejectsInvalidRecord() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyRejected(JsonFixture::with(fixture(), path, value), conversationFromJson, field);
    }

    void absentOptionalFieldsTakeDefaults() {
        QJsonObject json = fixture();
        for (const char *key :
             {"unread_count", "last_message_preview", "last_message_at", "last_inbound_at"})
            json.remove(QLatin1String(key));
        const Result<Conversation> parsed = conversationFromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
        QCOMPARE(parsed->unreadCount, 0);
        QVERIFY(parsed->lastMessagePreview.isEmpty());
        QVERIFY(!parsed->lastInboundAt.isValid());
        QVERIFY(!insideServiceWindow(*parsed, utc(2026, 11, 25, 15, 33, 26)));
    }
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
