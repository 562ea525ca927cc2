// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/sendqueue.h"

#include "core/meta/graphclient.h"
#include "fakegraphserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

namespace {

const QString token = QStringLiteral("EAAJB-test-token");
const QString phone = QStringLiteral("106540352242922");

QJsonObject text(const QString &body) {
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

QString bodyOf(const FakeGraphServer::Request &request) {
    return request.json().value(u"text").toObject().value(u"body").toString();
}

bool allFinished(const QList<GraphReply *> &replies) {
    return std::all_of(replies.begin(), replies.end(),
                       [](GraphReply *reply) { return reply->isFinished(); });
}

} // namespace

class TestSendQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void fillsEnvelopeAndSends();
    void keepsPerNumberRate();
    void numbersArePacedSeparately();
    void pairGapPerRecipientOthersGoAhead();
    void errorsReachTheCaller();
    void pairLimitRetriedWithinTheSend();
    void finishedOnceAndAsynchronously();
    void droppedReplyIsNotSent();

private:
    std::unique_ptr<FakeGraphServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<SendQueue> m_queue;
};

void TestSendQueue::init() {
    m_server = std::make_unique<FakeGraphServer>();
    QVERIFY(m_server->listen() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GraphClient>(m_network.get(), m_server->baseUrl(),
                                             QStringLiteral("v23.0"));
    RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.jitter = 0;
    policy.maxAttempts = 3;
    policy.pairLimitBaseDelayMs = 20;
    m_client->setRetryPolicy(policy);
    m_queue = std::make_unique<SendQueue>(m_client.get());
}

void TestSendQueue::cleanup() {
    m_queue.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void TestSendQueue::fillsEnvelopeAndSends() {
    GraphReply *reply =
        m_queue->send(phone, QStringLiteral("16505551234"), text(QStringLiteral("hi")), token);
    QCOMPARE(m_queue->queued(), 1);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->ok(), qPrintable(reply->error().describe()));
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(m_queue->queued(), 0);
    QCOMPARE(m_queue->inFlight(), 0);
    const FakeGraphServer::Request &seen = m_server->requests().constFirst();
    QCOMPARE(seen.path, QStringLiteral("/v23.0/") + phone + QStringLiteral("/messages"));
    QCOMPARE(seen.json().value(u"to").toString(), QStringLiteral("16505551234"));
    QCOMPARE(seen.json().value(u"messaging_product").toString(), QStringLiteral("whatsapp"));
    QCOMPARE(seen.header("Authorization"), "Bearer " + token.toUtf8());
}

void TestSendQueue::keepsPerNumberRate() {
    m_queue->setThroughput(phone, 10);
    m_queue->setPairGapMs(0);
    QElapsedTimer clock;
    clock.start();
    QList<GraphReply *> replies;
    for (int i = 0; i < 20; ++i)
        replies << m_queue->send(phone, QStringLiteral("1650555%1").arg(1000 + i),
                                 text(QString::number(i)), token);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(replies), 15000);
    QVERIFY2(clock.elapsed() >= 1800, qPrintable(QString::number(clock.elapsed())));
    for (GraphReply *reply : replies)
        QVERIFY(reply->ok());
    // At most 10 starts in any second: the 11th start is a second after the 1st, and so on.
    const QList<FakeGraphServer::Request> &seen = m_server->requests();
    QCOMPARE(seen.size(), 20);
    for (int i = 10; i < seen.size(); ++i)
        QVERIFY2(seen.at(i).atMs - seen.at(i - 10).atMs >= 950,
                 qPrintable(QString::number(seen.at(i).atMs - seen.at(i - 10).atMs)));
    // FIFO across recipients when nothing else holds them back.
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(bodyOf(seen.at(i)), QString::number(i));
}

void TestSendQueue::numbersArePacedSeparately() {
    const QString slow = QStringLiteral("200000000000001");
    m_queue->setThroughput(slow, 2);
    m_queue->setDefaultThroughput(50);
    m_queue->setPairGapMs(0);
    QList<GraphReply *> slowReplies;
    QList<GraphReply *> fastReplies;
    for (int i = 0; i < 3; ++i)
        slowReplies << m_queue->send(slow, QStringLiteral("97250000%1").arg(i), text({}), token);
    for (int i = 0; i < 10; ++i)
        fastReplies << m_queue->send(phone, QStringLiteral("97251000%1").arg(i), text({}), token);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(fastReplies), 5000);
    QVERIFY(!allFinished(slowReplies)); // the slow number's third send waits ~1 s
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(slowReplies), 5000);
}

void TestSendQueue::pairGapPerRecipientOthersGoAhead() {
    m_queue->setPairGapMs(600);
    const QString alice = QStringLiteral("972501111111");
    const QString bob = QStringLiteral("972502222222");
    const QList<GraphReply *> replies{
        m_queue->send(phone, alice, text(QStringLiteral("a1")), token),
        m_queue->send(phone, alice, text(QStringLiteral("a2")), token),
        m_queue->send(phone, alice, text(QStringLiteral("a3")), token),
        m_queue->send(phone, bob, text(QStringLiteral("b1")), token),
        m_queue->send(phone, bob, text(QStringLiteral("b2")), token),
    };
    QCOMPARE(m_queue->queued(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(replies), 10000);
    QHash<QString, qint64> at;
    QStringList order;
    for (const FakeGraphServer::Request &seen : m_server->requests()) {
        at.insert(bodyOf(seen), seen.atMs);
        order << bodyOf(seen);
    }
    QCOMPARE(order, (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("a2"),
                                 QStringLiteral("b2"), QStringLiteral("a3")}));
    const auto gap = [&at](const char *from, const char *to) {
        return at.value(QLatin1String(to)) - at.value(QLatin1String(from));
    };
    QVERIFY2(gap("a1", "a2") >= 580, qPrintable(QString::number(gap("a1", "a2"))));
    QVERIFY2(gap("a2", "a3") >= 580, qPrintable(QString::number(gap("a2", "a3"))));
    QVERIFY2(gap("b1", "b2") >= 580, qPrintable(QString::number(gap("b1", "b2"))));
    // Bob is not held up by Alice's gap.
    QVERIFY2(gap("a1", "b1") < 300, qPrintable(QString::number(gap("a1", "b1"))));
}

void TestSendQueue::errorsReachTheCaller() {
    m_queue->setPairGapMs(0);
    const QString path = QStringLiteral("/v23.0/") + phone + QStringLiteral("/messages");
    m_server->setResponder([](const FakeGraphServer::Request &request) {
        FakeGraphServer::Answer answer;
        if (request.json().value(u"to").toString() == QStringLiteral("undeliverable")) {
            answer.status = 400;
            answer.body = R"({"error":{"message":"(#131026) Message undeliverable",
                "type":"OAuthException","code":131026,"fbtrace_id":"X"}})";
        } else {
            answer.body = FakeGraphServer::accepted(QStringLiteral("ok"), 1);
        }
        return answer;
    });
    GraphReply *bad = m_queue->send(phone, QStringLiteral("undeliverable"), text({}), token);
    GraphReply *good = m_queue->send(phone, QStringLiteral("972503333333"), text({}), token);
    QTRY_VERIFY(bad->isFinished() && good->isFinished());
    QVERIFY(good->ok());
    QCOMPARE(bad->error().code, 131026);
    QCOMPARE(bad->error().kind, GraphError::Kind::Permanent);
    QCOMPARE(bad->attempts(), 1);
    QCOMPARE(m_server->count(path), 2);
}

void TestSendQueue::pairLimitRetriedWithinTheSend() {
    m_queue->setPairGapMs(0);
    m_server->script(QStringLiteral("/v23.0/") + phone + QStringLiteral("/messages"),
                     {FakeGraphServer::Answer{400,
                                              R"({"error":{"message":"(#131056) pair rate limit",
                                                  "type":"OAuthException","code":131056}})",
                                              "application/json",
                                              {},
                                              false}});
    GraphReply *reply =
        m_queue->send(phone, QStringLiteral("972504444444"), text(QStringLiteral("x")), token);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->ok(), qPrintable(reply->error().describe()));
    QCOMPARE(reply->attempts(), 2);
}

void TestSendQueue::finishedOnceAndAsynchronously() {
    GraphReply *invalid = m_queue->send(QString(), QStringLiteral("1"), text({}), token);
    GraphReply *valid = m_queue->send(phone, QStringLiteral("1"), text({}), token);
    QVERIFY(!invalid->isFinished());
    QVERIFY(!valid->isFinished());
    QSignalSpy invalidSpy(invalid, &GraphReply::finished);
    QSignalSpy validSpy(valid, &GraphReply::finished);
    QTRY_VERIFY(invalid->isFinished() && valid->isFinished());
    QTest::qWait(100);
    QCOMPARE(invalidSpy.count(), 1);
    QCOMPARE(validSpy.count(), 1);
    QCOMPARE(invalid->error().kind, GraphError::Kind::Permanent);
    QVERIFY(valid->ok());
}

void TestSendQueue::droppedReplyIsNotSent() {
    m_queue->setPairGapMs(300);
    const QString alice = QStringLiteral("972501111111");
    GraphReply *first = m_queue->send(phone, alice, text(QStringLiteral("first")), token);
    GraphReply *dropped = m_queue->send(phone, alice, text(QStringLiteral("dropped")), token);
    GraphReply *last = m_queue->send(phone, alice, text(QStringLiteral("last")), token);
    QTRY_VERIFY(first->isFinished());
    delete dropped;
    QTRY_VERIFY_WITH_TIMEOUT(last->isFinished(), 5000);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(bodyOf(m_server->requests().at(1)), QStringLiteral("last"));
    QCOMPARE(m_queue->queued(), 0);
}

QTEST_GUILESS_MAIN(TestSendQueue)
#include "tst_sendqueue.moc"
