// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/relayclient.h"
#include "tests/relay/relayharness.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;

namespace {

//! Waits for a reply and counts its finished() emissions (exactly one is promised).
struct Outcome {
    bool finishedSynchronously = false;
    int emissions = 0;
};

Outcome finish(RelayReply *reply) {
    Outcome outcome;
    outcome.finishedSynchronously = reply->isFinished();
    QSignalSpy finished(reply, &RelayReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    QTest::qWait(50); // a second emission would come now
    outcome.emissions = int(finished.count());
    return outcome;
}

} // namespace

class TestRelayClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_harness = std::make_unique<RelayHarness>();
        QVERIFY2(m_harness->error().isEmpty(), qPrintable(m_harness->error()));
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
        m_client = std::make_unique<RelayClient>(&m_network, QUrl(m_harness->baseUrl()));
    }
    void cleanup() {
        m_client.reset();
        m_harness.reset();
    }

    void loginSucceedsAndTheTokenIsUsed() {
        QSignalSpy ended(m_client.get(), &RelayClient::sessionEnded);
        std::unique_ptr<RelayReply> login(
            m_client->login(QStringLiteral("pat"), QLatin1String(RelayHarness::password)));
        const Outcome outcome = finish(login.get());
        QVERIFY(!outcome.finishedSynchronously);
        QCOMPARE(outcome.emissions, 1);
        QVERIFY2(login->ok(), qPrintable(login->error().message));
        QCOMPARE(login->httpStatus(), 200);
        const QString token = login->json().value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_client->token(), token);

        std::unique_ptr<RelayReply> tenants(m_client->tenants());
        QCOMPARE(finish(tenants.get()).emissions, 1);
        QVERIFY2(tenants->ok(), qPrintable(tenants->error().message));
        const QJsonArray list = tenants->json().value(QStringLiteral("tenants")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toString(), m_harness->tenantId);

        std::unique_ptr<RelayReply> connection(m_client->connection(m_harness->tenantId));
        finish(connection.get());
        QVERIFY2(connection->ok(), qPrintable(connection->error().message));
        QCOMPARE(connection->json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("connected"));

        // Another tenant's resource: 403 with the relay's code, and the session goes on.
        std::unique_ptr<RelayReply> other(m_client->events(m_harness->otherTenantId, 0, 10));
        finish(other.get());
        QVERIFY(!other->ok());
        QCOMPARE(other->error().httpStatus, 403);
        QVERIFY(!other->error().code.isEmpty());
        QVERIFY(!other->error().message.isEmpty());
        QCOMPARE(ended.count(), 0);
    }

    void eventsArePagedInSeqOrder() {
        QVERIFY(m_harness
                    ->postWebhook(RelayHarness::textDelivery(
                        QStringLiteral("PN1"), QStringLiteral("wamid.A"),
                        QStringLiteral("972500000001"), QStringLiteral("hi")))
                    .status == 200);
        QVERIFY(m_harness->waitIngested());
        m_client->setToken(m_harness->login(QStringLiteral("pat")));
        const QList<QJsonObject> expected = m_harness->events(m_harness->tenantId);
        QVERIFY(expected.size() >= 2);
        std::unique_ptr<RelayReply> page(m_client->events(m_harness->tenantId, 0, 1));
        finish(page.get());
        QVERIFY2(page->ok(), qPrintable(page->error().message));
        const QJsonArray events = page->json().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject(), expected.at(0));
        QVERIFY(page->json().value(QStringLiteral("more")).toBool());
    }

    void wrongPasswordIs401WithoutEndingASession() {
        m_client->setToken(QStringLiteral("an-old-token"));
        QSignalSpy ended(m_client.get(), &RelayClient::sessionEnded);
        std::unique_ptr<RelayReply> login(
            m_client->login(QStringLiteral("pat"), QStringLiteral("wrong")));
        QCOMPARE(finish(login.get()).emissions, 1);
        QVERIFY(!login->ok());
        QCOMPARE(login->error().httpStatus, 401);
        QVERIFY(!login->error().code.isEmpty());
        QVERIFY(!login->error().message.isEmpty());
        QVERIFY(!login->result().ok());
        QCOMPARE(ended.count(), 0);
        QCOMPARE(m_client->token(), QStringLiteral("an-old-token"));
    }

    void repeatedFailuresAre429WithRetryAfter() {
        // The throttle refuses after ten failures within its window (with growing delays first).
        RelayError last;
        for (int attempt = 0; attempt < 15 && last.httpStatus != 429; ++attempt) {
            std::unique_ptr<RelayReply> login(
                m_client->login(QStringLiteral("pat"), QStringLiteral("wrong")));
            finish(login.get());
            QVERIFY(!login->ok());
            last = login->error();
            QVERIFY2(last.httpStatus == 401 || last.httpStatus == 429,
                     qPrintable(QString::number(last.httpStatus)));
        }
        QCOMPARE(last.httpStatus, 429);
        QCOMPARE(last.code, QStringLiteral("too_many_attempts"));
        QVERIFY2(last.retryAfterSeconds > 0, qPrintable(last.message));
        QVERIFY(last.message.contains(QString::number(last.retryAfterSeconds)));
    }

    void aBadTokenEndsTheSessionOnce() {
        m_client->setToken(QStringLiteral("not-a-token"));
        QSignalSpy ended(m_client.get(), &RelayClient::sessionEnded);
        std::unique_ptr<RelayReply> first(m_client->tenants());
        std::unique_ptr<RelayReply> second(m_client->events(m_harness->tenantId, 0, 10));
        std::unique_ptr<RelayReply> third(m_client->post(
            QStringLiteral("/tenants/%1/messages").arg(m_harness->tenantId),
            QJsonObject{{QStringLiteral("to"), QStringLiteral("972500000001")}}, "key-1"));
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (RelayReply *reply : {first.get(), second.get(), third.get()}) {
            QVERIFY(!reply->isFinished());
            spies << std::make_shared<QSignalSpy>(reply, &RelayReply::finished);
        }
        for (RelayReply *reply : {first.get(), second.get(), third.get()})
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QTest::qWait(50);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(spies.at(i)->count(), 1);
        for (RelayReply *reply : {first.get(), second.get(), third.get()})
            QCOMPARE(reply->error().httpStatus, 401);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!ended.at(0).at(0).toString().isEmpty());

        // Signing in again re-arms it.
        m_client->setToken(QStringLiteral("still-not-a-token"));
        std::unique_ptr<RelayReply> fourth(m_client->tenants());
        finish(fourth.get());
        QCOMPARE(ended.count(), 2);
    }

    void aClosedPortIsRelayUnreachable() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        RelayClient client(&m_network, QUrl(base), QStringLiteral("token"));
        QSignalSpy ended(&client, &RelayClient::sessionEnded);
        std::unique_ptr<RelayReply> reply(client.tenants());
        const Outcome outcome = finish(reply.get());
        QVERIFY(!outcome.finishedSynchronously);
        QCOMPARE(outcome.emissions, 1);
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().httpStatus, 0);
        QCOMPARE(reply->error().code, QStringLiteral("relay_unreachable"));
        QCOMPARE(reply->error().message,
                 QStringLiteral("The relay at %1 cannot be reached; check the address and your "
                                "connection.")
                     .arg(base));
        QCOMPARE(ended.count(), 0);
    }

    void theStreamUrlFollowsTheScheme() {
        RelayClient plain(&m_network, QUrl(QStringLiteral("http://relay.test:8080/base/")),
                          QStringLiteral("t+k/n"));
        const QUrl ws = plain.streamUrl(QStringLiteral("T1"), 42);
        QCOMPARE(ws.scheme(), QStringLiteral("ws"));
        QCOMPARE(ws.path(), QStringLiteral("/base/api/v1/tenants/T1/stream"));
        QCOMPARE(QUrlQuery(ws).queryItemValue(QStringLiteral("after")), QStringLiteral("42"));
        QCOMPARE(QUrlQuery(ws).queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded),
                 QStringLiteral("t+k/n"));
        RelayClient secure(&m_network, QUrl(QStringLiteral("https://relay.test")));
        QCOMPARE(secure.streamUrl(QStringLiteral("T1"), 0).scheme(), QStringLiteral("wss"));
    }

    void deletingAReplyCancelsIt() {
        m_client->setToken(m_harness->login(QStringLiteral("pat")));
        RelayReply *reply = m_client->tenants();
        QSignalSpy finished(reply, &RelayReply::finished);
        delete reply;
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
    }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<RelayHarness> m_harness;
    std::unique_ptr<RelayClient> m_client;
};

QTEST_GUILESS_MAIN(TestRelayClient)
#include "tst_relayclient.moc"
