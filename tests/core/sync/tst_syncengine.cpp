// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/eventsink.h"
#include "core/sync/relayclient.h"
#include "core/sync/syncengine.h"
#include "tests/relay/relayharness.h"

#include <QNetworkAccessManager>
#include <QPromise>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;

namespace {

//! The events in memory, checking the engine's promise on every apply: ascending, all after the
//! cursor. Applies finish after a delay (a Replica's worker thread) and can be made to fail.
class MemorySink : public EventSink {
public:
    qint64 cursor() const override { return m_cursor; }

    QFuture<Status> apply(QList<QJsonObject> batch) override {
        auto promise = std::make_shared<QPromise<Status>>();
        promise->start();
        QFuture<Status> future = promise->future();
        qint64 previous = m_cursor;
        for (const QJsonObject &event : batch) {
            const qint64 seq = event.value(QStringLiteral("seq")).toInteger();
            if (seq <= previous)
                ++violations;
            previous = seq;
        }
        ++applies;
        QTimer::singleShot(delayMs, m_context.get(), [this, promise, batch] {
            if (failNext > 0) {
                --failNext;
                promise->addResult(Status(
                    Error{QStringLiteral("disk_full"), QStringLiteral("The disk is full.")}));
            } else {
                events += batch;
                m_cursor = batch.last().value(QStringLiteral("seq")).toInteger();
                promise->addResult(success());
            }
            promise->finish();
        });
        return future;
    }

    QList<QJsonObject> events;
    int violations = 0;
    int applies = 0;
    int delayMs = 0;
    int failNext = 0;

private:
    qint64 m_cursor = 0;
    //! Goes with the sink: an apply still pending when a test ends never reaches the next one.
    std::unique_ptr<QObject> m_context = std::make_unique<QObject>();
};

//! A TCP relay between the engine and the relay that can stop moving bytes: a connection that
//! goes silent without closing, or a client that stops reading.
class StallingProxy : public QObject {
public:
    explicit StallingProxy(quint16 target)
        : m_target(target) {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *down = m_server.nextPendingConnection()) {
                auto *up = new QTcpSocket(down);
                // Bounded buffers: a paused proxy stops reading, so TCP pushes back at once.
                down->setReadBufferSize(64 * 1024);
                up->setReadBufferSize(64 * 1024);
                connect(down, &QTcpSocket::readyRead, this, [this, down, up] { pass(down, up); });
                connect(up, &QTcpSocket::readyRead, this, [this, down, up] { pass(up, down); });
                connect(up, &QTcpSocket::connected, this, [this, down, up] { pass(down, up); });
                connect(down, &QTcpSocket::disconnected, down, &QObject::deleteLater);
                connect(up, &QTcpSocket::disconnected, down, &QTcpSocket::disconnectFromHost);
                up->connectToHost(QHostAddress::LocalHost, m_target);
                m_pairs.append(
                    std::make_pair(QPointer<QTcpSocket>(down), QPointer<QTcpSocket>(up)));
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void setPaused(bool paused) {
        m_paused = paused;
        if (!paused) {
            for (const auto &[down, up] : m_pairs) {
                if (down && up) {
                    pass(down, up);
                    pass(up, down);
                }
            }
        }
    }

private:
    void pass(QTcpSocket *from, QTcpSocket *to) {
        if (m_paused || to->state() != QAbstractSocket::ConnectedState)
            return;
        to->write(from->readAll());
    }

    QTcpServer m_server;
    quint16 m_target;
    bool m_paused = false;
    QList<std::pair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
};

std::atomic<bool> slowClientClosed = false;
QtMessageHandler previousHandler = nullptr;

//! The relay says when it closes a slow client with 4000; the test lets the bytes flow again
//! then, before the relay's 5-second cut-off.
void watchForSlowClose(QtMsgType type, const QMessageLogContext &context, const QString &text) {
    if (text.contains(QLatin1String("closing a slow stream client")))
        slowClientClosed = true;
    if (previousHandler)
        previousHandler(type, context, text);
}

QList<qint64> seqs(const QList<QJsonObject> &events) {
    QList<qint64> result;
    for (const QJsonObject &event : events)
        result << event.value(QStringLiteral("seq")).toInteger();
    return result;
}

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private:
    void deliver(int count, int textSize = 0) {
        for (int i = 0; i < count; ++i) {
            const int n = m_delivered++;
            const QString text = textSize > 0 ? QString(textSize, QLatin1Char('x'))
                                              : QStringLiteral("hello %1").arg(n);
            const auto reply = m_harness->postWebhook(
                RelayHarness::textDelivery(QStringLiteral("PN1"), QStringLiteral("wamid.%1").arg(n),
                                           QStringLiteral("97250000%1").arg(1000 + n % 7), text));
            QCOMPARE(reply.status, 200);
        }
        QVERIFY(m_harness->waitIngested(30000));
    }
    //! The sink holds exactly the relay's log, each event once, in order.
    bool sinkMatchesRelay() {
        return m_sink.events == m_harness->events(m_harness->tenantId) && m_sink.violations == 0;
    }
    std::unique_ptr<SyncEngine> engineFor(const QString &url) {
        m_client = std::make_unique<RelayClient>(&m_network, QUrl(url),
                                                 m_harness->login(QStringLiteral("pat")));
        auto engine = std::make_unique<SyncEngine>(m_client.get(), m_harness->tenantId, &m_sink);
        engine->setBackoff(100, 1000);
        return engine;
    }

private Q_SLOTS:
    void init() {
        m_sink = MemorySink();
        m_delivered = 0;
        m_harness = std::make_unique<RelayHarness>();
        QVERIFY2(m_harness->error().isEmpty(), qPrintable(m_harness->error()));
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
    }
    void cleanup() {
        m_client.reset();
        m_harness.reset();
    }

    void catchesUpThenStaysLive() {
        deliver(12);
        const qsizetype logged = m_harness->events(m_harness->tenantId).size();
        QVERIFY(logged >= 12);
        auto engine = engineFor(m_harness->baseUrl());
        engine->setPageSize(5);
        QSignalSpy states(engine.get(), &SyncEngine::stateChanged);
        engine->start();
        QCOMPARE(engine->state(), SyncEngine::State::CatchingUp);
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Live, 30000);
        QCOMPARE(m_sink.events.size(), logged);
        QVERIFY(sinkMatchesRelay());
        QVERIFY(m_sink.applies >= 3); // paged: 5 events at a time
        QVERIFY(engine->lastError().isEmpty());
        QVERIFY(!engine->offlineSince().isValid());

        deliver(5);
        QTRY_VERIFY_WITH_TIMEOUT(sinkMatchesRelay(), 30000);
        QVERIFY(m_sink.events.size() > logged);
        QCOMPARE(engine->state(), SyncEngine::State::Live);
        QCOMPARE(states.count(), 2); // CatchingUp, Live: nothing dropped
    }

    void survivesRelayRestartsMidCatchUpAndMidStream() {
        deliver(20);
        m_sink.delayMs = 40; // a catch-up slow enough to be cut in the middle
        auto engine = engineFor(m_harness->baseUrl());
        engine->setPageSize(3);
        engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(engine->progress().applied >= 6, 30000);
        QVERIFY(engine->progress().more);
        m_harness->stop();
        QTRY_VERIFY_WITH_TIMEOUT(engine->state() == SyncEngine::State::Reconnecting ||
                                     engine->state() == SyncEngine::State::Offline,
                                 30000);
        QVERIFY(engine->offlineSince().isValid());
        QVERIFY(!engine->lastError().isEmpty());
        QVERIFY(m_sink.events.size() < m_harness->events(m_harness->tenantId).size());
        QTest::qWait(300);
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Live, 30000);
        QVERIFY(sinkMatchesRelay());

        // Mid-stream: events arrive live, the relay goes away, more arrive while it is back.
        deliver(4);
        QTRY_VERIFY_WITH_TIMEOUT(sinkMatchesRelay(), 30000);
        m_harness->stop();
        QTRY_VERIFY_WITH_TIMEOUT(engine->state() != SyncEngine::State::Live, 30000);
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
        deliver(4);
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Live, 30000);
        deliver(3);
        QTRY_VERIFY_WITH_TIMEOUT(sinkMatchesRelay(), 30000);
        const QList<qint64> applied = seqs(m_sink.events);
        QCOMPARE(QSet<qint64>(applied.cbegin(), applied.cend()).size(), applied.size());
    }

    void aFailedApplyIsRetriedFromTheCursor() {
        deliver(6);
        m_sink.failNext = 1;
        auto engine = engineFor(m_harness->baseUrl());
        engine->setPageSize(4);
        engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Live, 30000);
        QVERIFY(sinkMatchesRelay());
        QCOMPARE(m_sink.failNext, 0);
    }

    void aSilentConnectionIsDeclaredDeadByThePingTimeout() {
        StallingProxy proxy(m_harness->port());
        auto engine = engineFor(proxy.url());
        engine->setPingTimes(200, 1500);
        engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Live, 30000);
        QTest::qWait(800); // pongs keep a healthy connection alive past the timeout
        QCOMPARE(engine->state(), SyncEngine::State::Live);

        proxy.setPaused(true); // the connection stays open and carries nothing
        QTRY_VERIFY_WITH_TIMEOUT(engine->state() != SyncEngine::State::Live, 15000);
        QVERIFY2(engine->lastError().contains(QLatin1String("stopped answering")),
                 qPrintable(engine->lastError()));
        proxy.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Live, 30000);
        deliver(2);
        QTRY_VERIFY_WITH_TIMEOUT(sinkMatchesRelay(), 30000);
    }

    void theRelaysResumeCloseIsFollowedAtOnce() {
        // The relay closes a client with more than 8 MiB unsent with 4000: a proxy that stops
        // reading makes this console such a client while large messages arrive.
        StallingProxy proxy(m_harness->port());
        auto engine = engineFor(proxy.url());
        engine->setPingTimes(60000, 120000);
        QSignalSpy resumed(engine.get(), &SyncEngine::resumeRequested);
        engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Live, 30000);

        slowClientClosed = false;
        previousHandler = qInstallMessageHandler(watchForSlowClose);
        proxy.setPaused(true);
        for (int i = 0; i < 600 && !slowClientClosed; ++i) {
            deliver(1, 60000);
            if (QTest::currentTestFailed())
                break;
        }
        proxy.setPaused(false);
        qInstallMessageHandler(previousHandler);
        QVERIFY2(slowClientClosed, "the relay never closed the stalled client");

        QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, 30000);
        QVERIFY(resumed.at(0).at(0).toString().contains(QLatin1String("reconnect with after")));
        QCOMPARE(engine->lastDelayMs(), 0); // no backoff
        QCOMPARE(engine->failures(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Live, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(sinkMatchesRelay(), 60000);
    }

    void backoffGrowsIsCappedAndJittered() {
        // The n-th failure waits base * 2^(n-1), capped, spread over [0.5, 1] of that.
        QCOMPARE(SyncEngine::backoffDelayMs(1, 1000, 30000, 1.0), 1000);
        QCOMPARE(SyncEngine::backoffDelayMs(1, 1000, 30000, 0.0), 500);
        QCOMPARE(SyncEngine::backoffDelayMs(2, 1000, 30000, 1.0), 2000);
        QCOMPARE(SyncEngine::backoffDelayMs(5, 1000, 30000, 1.0), 16000);
        QCOMPARE(SyncEngine::backoffDelayMs(6, 1000, 30000, 1.0), 30000);
        QCOMPARE(SyncEngine::backoffDelayMs(60, 1000, 30000, 1.0), 30000);
        QCOMPARE(SyncEngine::backoffDelayMs(60, 1000, 30000, 0.0), 15000);

        // In the engine, against a relay that is gone.
        auto engine = engineFor(m_harness->baseUrl());
        m_harness->stop();
        engine->setBackoff(20, 160);
        QList<int> delays;
        connect(engine.get(), &SyncEngine::reconnectInChanged, this,
                [&delays, &engine](int seconds) {
                    if (seconds > 0)
                        delays << engine->lastDelayMs();
                });
        engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 12, 30000);
        QCOMPARE(engine->state(), SyncEngine::State::Offline);
        QVERIFY(engine->offlineSince().isValid());
        QCOMPARE(engine->lastError(), m_client->unreachableMessage());
        QVERIFY2(delays.at(0) >= 10 && delays.at(0) <= 20, qPrintable(QString::number(delays[0])));
        for (int delay : delays)
            QVERIFY(delay <= 160);
        const QList<int> capped = delays.mid(5); // all at the cap by now, each spread by jitter
        for (int delay : capped)
            QVERIFY(delay >= 80);
        QVERIFY(QSet<int>(capped.cbegin(), capped.cend()).size() > 1);
        QVERIFY(delays.at(3) > delays.at(0));
    }

    void aRefusedTokenSignsOut() {
        RelayClient client(&m_network, QUrl(m_harness->baseUrl()), QStringLiteral("bad-token"));
        QSignalSpy ended(&client, &RelayClient::sessionEnded);
        SyncEngine engine(&client, m_harness->tenantId, &m_sink);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::SignedOut, 30000);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!engine.lastError().isEmpty());
        QTest::qWait(300);
        QCOMPARE(engine.reconnectIn(), 0);
        QCOMPARE(ended.count(), 1); // no retry
    }

private:
    QNetworkAccessManager m_network;
    MemorySink m_sink;
    int m_delivered = 0;
    std::unique_ptr<RelayHarness> m_harness;
    std::unique_ptr<RelayClient> m_client;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
