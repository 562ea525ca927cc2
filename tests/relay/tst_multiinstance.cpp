// SPDX-License-Identifier: GPL-3.0-or-later
// Two relays on one real PostgreSQL database, as an operator runs them behind a load balancer:
// any of them may take a webhook, every one streams it to its own consoles (LISTEN/NOTIFY), and
// the tenant's log stays gap-free with each message in it once.
#include "app/relay/events/streamhub.h"
#include "app/relay/relay.h"
#include "tests/relay/relayharness.h"
#include "tests/relay/streamconsole.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::StreamConsole;

namespace {

//! POSTs a signed webhook delivery to the relay listening on `port`.
std::unique_ptr<QNetworkReply> postWebhook(QNetworkAccessManager &network, quint16 port,
                                           const QByteArray &body) {
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Hub-Signature-256", RelayHarness::sign(body));
    return std::unique_ptr<QNetworkReply>(network.post(request, body));
}

int statusOf(const QNetworkReply &reply) {
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString typeOf(const QJsonObject &event) {
    return event.value(QStringLiteral("type")).toString();
}

QJsonObject dataOf(const QJsonObject &event) {
    return event.value(QStringLiteral("data")).toObject();
}

//! Both relays of a test: the harness's (A, which also seeded the database) and a second one
//! (B) started from the same configuration on another free port.
struct TwoRelays {
    RelayHarness harness{QStringLiteral("postgresql")};
    std::unique_ptr<Relay> second;
    quint16 secondPort = 0;
    QString error;

    bool start() {
        if (!harness.error().isEmpty() || !harness.start()) {
            error = harness.error();
            return false;
        }
        RelayConfig config = harness.config();
        config.listenPort = 0;
        second = std::make_unique<Relay>(config);
        auto port = second->start();
        if (!port) {
            error = port.error().message;
            return false;
        }
        secondPort = *port;
        return true;
    }
};

} // namespace

class TestMultiInstance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void webhookTakenByOneRelayReachesConsolesOfTheOther() {
        TwoRelays relays;
        QVERIFY2(relays.start(), qPrintable(relays.error));
        RelayHarness &harness = relays.harness;
        QVERIFY(relays.secondPort != harness.port());
        // Sessions live in the shared database: one sign-in works on both relays.
        const QString token = harness.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty());

        StreamConsole onA(harness.port(), harness.tenantId, token);
        StreamConsole onB(relays.secondPort, harness.tenantId, token);
        onA.open(0);
        onB.open(0);
        QTRY_COMPARE_WITH_TIMEOUT(onA.connects(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(onB.connects(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(harness.relay()->streamHub()->clientCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(relays.second->streamHub()->clientCount(), 1, 5000);

        // The backlog: the connection the set-up recorded.
        QTRY_COMPARE_WITH_TIMEOUT(onA.events.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(onB.events.size(), 1, 5000);

        // Taken by A, streamed by B.
        QCOMPARE(harness
                     .postWebhook(RelayHarness::textDelivery(
                         QStringLiteral("PN1"), QStringLiteral("wamid.via.a"),
                         QStringLiteral("972500000001"), QStringLiteral("taken by A")))
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(onB.events.size(), 4, 5000);
        QCOMPARE(typeOf(onB.events.last()), QStringLiteral("message"));
        QCOMPARE(dataOf(onB.events.last()).value(QStringLiteral("wamid")).toString(),
                 QStringLiteral("wamid.via.a"));
        QCOMPARE(dataOf(onB.events.last()).value(QStringLiteral("text")).toString(),
                 QStringLiteral("taken by A"));
        QCOMPARE(onB.events, harness.events(harness.tenantId));

        // Taken by B, streamed by A.
        QNetworkAccessManager network;
        auto reply = postWebhook(network, relays.secondPort,
                                 RelayHarness::textDelivery(
                                     QStringLiteral("PN1"), QStringLiteral("wamid.via.b"),
                                     QStringLiteral("972500000002"), QStringLiteral("taken by B")));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(statusOf(*reply), 200);
        QTRY_COMPARE_WITH_TIMEOUT(onA.events.size(), 7, 5000);
        QCOMPARE(dataOf(onA.events.last()).value(QStringLiteral("wamid")).toString(),
                 QStringLiteral("wamid.via.b"));
        QTRY_COMPARE_WITH_TIMEOUT(onB.events.size(), 7, 5000);
        const QList<QJsonObject> log = harness.events(harness.tenantId);
        QCOMPARE(onA.events, log);
        QCOMPARE(onB.events, log);
        QCOMPARE(onA.connects(), 1);
        QCOMPARE(onB.connects(), 1);

        // A delivery for the other tenant reaches its console on B, and none of these.
        const QString cleo = harness.login(QStringLiteral("cleo"));
        StreamConsole clinicOnB(relays.secondPort, harness.otherTenantId, cleo);
        clinicOnB.open(0);
        QTRY_COMPARE_WITH_TIMEOUT(clinicOnB.connects(), 1, 5000);
        QCOMPARE(harness
                     .postWebhook(RelayHarness::textDelivery(
                         QStringLiteral("PN2"), QStringLiteral("wamid.clinic"),
                         QStringLiteral("972500000003"), QStringLiteral("for the clinic")))
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(clinicOnB.events.size(), 4, 5000);
        QCOMPARE(clinicOnB.events, harness.events(harness.otherTenantId));
        QTest::qWait(300);
        QCOMPARE(onA.events.size(), 7);
        QCOMPARE(onB.events.size(), 7);
    }

    //! Not only webhooks: what staff change through one relay (here a customer's name) reaches
    //! the consoles of the other, and each console gets each event once.
    void staffChangeOnOneRelayReachesConsolesOfTheOther() {
        TwoRelays relays;
        QVERIFY2(relays.start(), qPrintable(relays.error));
        RelayHarness &harness = relays.harness;
        const QString token = harness.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(harness
                     .postWebhook(RelayHarness::textDelivery(
                         QStringLiteral("PN1"), QStringLiteral("wamid.staff"),
                         QStringLiteral("972500000001"), QStringLiteral("hello")))
                     .status,
                 200);
        QVERIFY(harness.waitIngested());
        QString customerId;
        for (const QJsonObject &event : harness.events(harness.tenantId)) {
            if (typeOf(event) == QLatin1String("customer"))
                customerId = dataOf(event).value(QStringLiteral("id")).toString();
        }
        QVERIFY(!customerId.isEmpty());

        StreamConsole onA(harness.port(), harness.tenantId, token);
        StreamConsole onB(relays.secondPort, harness.tenantId, token);
        onA.open(0);
        onB.open(0);
        QTRY_COMPARE_WITH_TIMEOUT(onA.events.size(), 4, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(onB.events.size(), 4, 5000);

        const auto patched = harness.request(
            "PATCH",
            QStringLiteral("/api/v1/tenants/%1/customers/%2").arg(harness.tenantId, customerId),
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("דנה")}})
                .toJson(QJsonDocument::Compact),
            {{QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()}});
        QCOMPARE(patched.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(onB.events.size(), 5, 5000);
        QCOMPARE(typeOf(onB.events.last()), QStringLiteral("customer"));
        QCOMPARE(dataOf(onB.events.last()).value(QStringLiteral("name")).toString(),
                 QStringLiteral("דנה"));
        QTRY_COMPARE_WITH_TIMEOUT(onA.events.size(), 5, 5000);
        QTest::qWait(300); // nothing arrives twice
        const QList<QJsonObject> log = harness.events(harness.tenantId);
        QCOMPARE(onA.events, log);
        QCOMPARE(onB.events, log);
    }

    void concurrentDeliveriesThroughBothRelaysStayGapFree() {
        TwoRelays relays;
        QVERIFY2(relays.start(), qPrintable(relays.error));
        RelayHarness &harness = relays.harness;
        const QString token = harness.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty());
        StreamConsole onA(harness.port(), harness.tenantId, token);
        StreamConsole onB(relays.secondPort, harness.tenantId, token);
        onA.open(0);
        onB.open(0);
        QTRY_COMPARE_WITH_TIMEOUT(onA.connects(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(onB.connects(), 1, 5000);

        // Six customers writing ten messages each; their deliveries alternate between the
        // relays and are all in flight at once.
        constexpr int customers = 6;
        constexpr int perCustomer = 10;
        constexpr int total = customers * perCustomer;
        QNetworkAccessManager network;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        QStringList wamids;
        for (int i = 0; i < total; ++i) {
            const QString wamid = QStringLiteral("wamid.both.%1").arg(i);
            wamids << wamid;
            replies.push_back(postWebhook(
                network, i % 2 == 0 ? harness.port() : relays.secondPort,
                RelayHarness::textDelivery(
                    QStringLiteral("PN1"), wamid,
                    QStringLiteral("9725000001%1").arg(i % customers, 2, 10, QLatin1Char('0')),
                    QStringLiteral("message %1").arg(i))));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](const auto &reply) { return reply->isFinished(); }),
                                 30000);
        for (const auto &reply : replies)
            QCOMPARE(statusOf(*reply), 200);
        QVERIFY(harness.waitIngested(30000));

        // Nothing was set aside, and the log is 1..N without a gap.
        QCOMPARE(harness.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 0);
        const QList<QJsonObject> log = harness.events(harness.tenantId);
        QVERIFY(log.size() >= 2 * total);
        for (int i = 0; i < log.size(); ++i)
            QCOMPARE(log[i].value(QStringLiteral("seq")).toInteger(), qint64(i + 1));

        // Each message exactly once, in the records and in the log.
        QCOMPARE(harness.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ?"),
                               {harness.tenantId}),
                 total);
        QStringList logged;
        for (const QJsonObject &event : log) {
            if (typeOf(event) == QLatin1String("message"))
                logged << dataOf(event).value(QStringLiteral("wamid")).toString();
        }
        logged.sort();
        wamids.sort();
        QCOMPARE(logged, wamids);

        // No update was lost between the relays: each conversation counts all its messages.
        const auto conversations = harness.get(
            QStringLiteral("/api/v1/tenants/%1/conversations").arg(harness.tenantId), token);
        QCOMPARE(conversations.status, 200);
        const QJsonArray list =
            conversations.json().value(QStringLiteral("conversations")).toArray();
        QCOMPARE(list.size(), customers);
        for (const QJsonValue &conversation : list)
            QCOMPARE(conversation.toObject().value(QStringLiteral("unread_count")).toInt(),
                     perCustomer);

        // Consoles of both relays end with exactly the log.
        QTRY_COMPARE_WITH_TIMEOUT(onA.events.size(), log.size(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(onB.events.size(), log.size(), 10000);
        QCOMPARE(onA.events, log);
        QCOMPARE(onB.events, log);
    }
};

QTEST_GUILESS_MAIN(TestMultiInstance)
#include "tst_multiinstance.moc"
