// SPDX-License-Identifier: GPL-3.0-or-later
// StreamFanout as the consoles on its streams see it: every client of a tenant receives that
// tenant's log in order from its cursor, no other tenant's event ever arrives, and a console
// going away leaves the others streaming. Real QWebSocket clients; the fan-out is handed the
// server side of each connection the way StreamHub hands it over, without the rest of the relay.
#include "app/relay/events/eventlog.h"
#include "app/relay/events/streamfanout.h"
#include "core/store/database.h"
#include "tests/relay/relaydatabase.h"
#include "tests/relay/streamconsole.h"
#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>
#include <vector>

using namespace Switchboard;
using Switchboard::Test::StreamConsole;

namespace {

//! A listener that completes WebSocket handshakes and gives each socket, with its TCP connection
//! and the tenant and cursor of its URL, to the fan-out.
class Listener : public QObject {
public:
    explicit Listener(StreamFanout &fanout)
        : m_fanout(fanout)
        , m_websockets(QStringLiteral("test"), QWebSocketServer::NonSecureMode) {
        connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *tcp = m_tcp.nextPendingConnection()) {
                m_handshaking.append(tcp);
                m_websockets.handleConnection(tcp);
            }
        });
        connect(&m_websockets, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_websockets.nextPendingConnection())
                // As StreamHub: after QWebSocketServer's queued handshake work for it.
                QTimer::singleShot(0, this, [this, socket] { handOver(socket); });
        });
    }
    bool listen() { return m_tcp.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_tcp.serverPort(); }

private:
    void handOver(QWebSocket *socket) {
        QTcpSocket *tcp = nullptr;
        for (QTcpSocket *candidate : std::as_const(m_handshaking)) {
            if (candidate->peerPort() == socket->peerPort())
                tcp = candidate;
        }
        static const QRegularExpression path(QStringLiteral("^/api/v1/tenants/([^/]+)/stream$"));
        const auto match = path.match(socket->requestUrl().path());
        if (!tcp || !match.hasMatch()) {
            qWarning() << "no connection or tenant for" << socket->requestUrl();
            socket->abort();
            return;
        }
        m_handshaking.removeOne(tcp);
        // The fan-out owns both from here (StreamHub::accept does the same).
        QObject::disconnect(tcp, &QAbstractSocket::disconnected, nullptr, nullptr);
        tcp->setParent(nullptr);
        const qint64 after =
            QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("after")).toLongLong();
        m_fanout.add(socket, tcp, match.captured(1), after);
    }

    StreamFanout &m_fanout;
    QTcpServer m_tcp;
    QWebSocketServer m_websockets;
    QList<QTcpSocket *> m_handshaking;
};

//! A migrated database with tenants A and B, a fan-out reading it, and the listener.
struct Fixture : Test::RelayDatabase {
    explicit Fixture(const QString &backend)
        : RelayDatabase(backend)
        , listener(fanout) {
        if (!error.isEmpty())
            return;
        if (Status opened = fanout.open(test.databaseUrl()); !opened) {
            error = opened.error().message;
            return;
        }
        if (!listener.listen())
            error = QStringLiteral("cannot listen");
    }
    ~Fixture() {
        consoles.clear();
        fanout.close();
    }

    //! Appends `count` events to `tenant` (each naming its tenant and seq) and, unless `quiet`,
    //! tells the fan-out, as the relay does after each commit.
    bool append(const QString &tenant, int count, bool quiet = false) {
        for (int i = 0; i < count; ++i) {
            auto seq = EventLog(*database).append(
                tenant, EventType::Message, EventOp::Upsert,
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("tenant"), tenant}})
                                      .toJson(QJsonDocument::Compact)));
            if (!seq)
                return false;
        }
        if (!quiet)
            fanout.tenantsChanged({tenant});
        return true;
    }
    StreamConsole &open(const QString &tenant, qint64 after = 0) {
        consoles.push_back(std::make_unique<StreamConsole>(listener.port(), tenant, QString()));
        consoles.back()->open(after);
        return *consoles.back();
    }

    StreamFanout fanout;
    Listener listener;
    std::vector<std::unique_ptr<StreamConsole>> consoles;
};

QList<qint64> seqsOf(const StreamConsole &console) {
    QList<qint64> seqs;
    for (const QJsonObject &event : console.events)
        seqs << event.value(QStringLiteral("seq")).toInteger();
    return seqs;
}

QList<qint64> range(qint64 first, qint64 last) {
    QList<qint64> list;
    for (qint64 i = first; i <= last; ++i)
        list << i;
    return list;
}

//! The tenants named by the events' data: a single one when nothing leaked.
QSet<QString> tenantsIn(const StreamConsole &console) {
    QSet<QString> tenants;
    for (const QJsonObject &event : console.events)
        tenants << event.value(QStringLiteral("data"))
                       .toObject()
                       .value(QStringLiteral("tenant"))
                       .toString();
    return tenants;
}

} // namespace

class TestStreamFanout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eachClientGetsItsTenantsLogInOrder_data() { Test::TestDatabase::addBackendRows(); }
    void eachClientGetsItsTenantsLogInOrder() {
        QFETCH(QString, backend);
        Fixture f(backend);
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QVERIFY(f.append(f.tenantA, 5));
        QVERIFY(f.append(f.tenantB, 2));
        StreamConsole &a1 = f.open(f.tenantA);
        StreamConsole &a2 = f.open(f.tenantA);
        StreamConsole &a3 = f.open(f.tenantA);
        StreamConsole &b1 = f.open(f.tenantB);
        QTRY_COMPARE(f.fanout.clientCount(), 4);
        // The backlog first…
        QTRY_COMPARE(a1.events.size(), 5);
        QTRY_COMPARE(b1.events.size(), 2);
        // …then live events, written in bursts while both tenants are busy.
        for (int round = 0; round < 5; ++round) {
            QVERIFY(f.append(f.tenantA, 3));
            QVERIFY(f.append(f.tenantB, 1));
        }
        f.fanout.tenantsChanged({f.tenantA, f.tenantB}); // a repeated wake-up sends nothing twice
        for (StreamConsole *console : {&a1, &a2, &a3})
            QTRY_COMPARE(seqsOf(*console), range(1, 20));
        QTRY_COMPARE(seqsOf(b1), range(1, 7));
        QTest::qWait(100); // nothing more is on its way
        for (StreamConsole *console : {&a1, &a2, &a3}) {
            QCOMPARE(console->events.size(), 20);
            QCOMPARE(tenantsIn(*console), QSet<QString>{f.tenantA});
            QCOMPARE(console->malformed(), 0);
            QCOMPARE(console->events.first().value(QStringLiteral("type")).toString(),
                     QStringLiteral("message"));
        }
        QCOMPARE(b1.events.size(), 7);
        QCOMPARE(tenantsIn(b1), QSet<QString>{f.tenantB});
    }

    void clientStartsAfterItsCursor_data() {
        QTest::addColumn<qint64>("after");
        QTest::newRow("from the start") << qint64(0);
        QTest::newRow("midway") << qint64(4);
        QTest::newRow("up to date") << qint64(10);
        QTest::newRow("ahead of the log") << qint64(12);
    }
    //! A console resuming with after=N receives N+1 onwards: nothing it has, nothing skipped.
    void clientStartsAfterItsCursor() {
        QFETCH(qint64, after);
        Fixture f(QStringLiteral("sqlite"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QVERIFY(f.append(f.tenantA, 10));
        StreamConsole &resumed = f.open(f.tenantA, after);
        StreamConsole &fresh = f.open(f.tenantA, 0);
        QTRY_COMPARE(f.fanout.clientCount(), 2);
        QVERIFY(f.append(f.tenantA, 3));
        QTRY_COMPARE(fresh.events.size(), 13);
        QTRY_COMPARE(resumed.lastSeq(), qMax<qint64>(13, after));
        if (after <= 13)
            QCOMPARE(seqsOf(resumed), range(after + 1, 13));
        else
            QVERIFY(resumed.events.isEmpty());
        QCOMPARE(seqsOf(fresh), range(1, 13));
    }

    void otherTenantsWakeUpSendsNothing() {
        Fixture f(QStringLiteral("sqlite"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        StreamConsole &a = f.open(f.tenantA);
        QTRY_COMPARE(f.fanout.clientCount(), 1);
        // B's log grows, and the fan-out is told about B (and about a tenant nobody streams).
        QVERIFY(f.append(f.tenantB, 4));
        f.fanout.tenantsChanged({f.tenantB, QStringLiteral("tn_nobody")});
        QTest::qWait(200);
        QVERIFY(a.events.isEmpty());
        QVERIFY(a.isConnected());
        QVERIFY(f.append(f.tenantA, 1));
        QTRY_COMPARE(seqsOf(a), (QList<qint64>{1}));
    }

    void disconnectedClientIsDroppedOthersStream_data() { Test::TestDatabase::addBackendRows(); }
    void disconnectedClientIsDroppedOthersStream() {
        QFETCH(QString, backend);
        Fixture f(backend);
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        StreamConsole &leaving = f.open(f.tenantA);
        StreamConsole &staying = f.open(f.tenantA);
        StreamConsole &vanishing = f.open(f.tenantA);
        StreamConsole &other = f.open(f.tenantB);
        QTRY_COMPARE(f.fanout.clientCount(), 4);
        QVERIFY(f.append(f.tenantA, 3));
        QTRY_COMPARE(leaving.events.size(), 3);
        QTRY_COMPARE(vanishing.events.size(), 3);

        // One console closes properly, another's connection is simply gone.
        leaving.socket()->close();
        vanishing.socket()->abort();
        QTRY_COMPARE(f.fanout.clientCount(), 2);

        QVERIFY(f.append(f.tenantA, 4));
        QVERIFY(f.append(f.tenantB, 2));
        QTRY_COMPARE(seqsOf(staying), range(1, 7));
        QTRY_COMPARE(seqsOf(other), range(1, 2));
        QVERIFY(staying.isConnected());
        QCOMPARE(staying.disconnects(), 0);
        QCOMPARE(leaving.events.size(), 3);
        QCOMPARE(vanishing.events.size(), 3);

        // A console coming back later resumes from its cursor alongside the others.
        StreamConsole &back = f.open(f.tenantA, 3);
        QTRY_COMPARE(f.fanout.clientCount(), 3);
        QTRY_COMPARE(seqsOf(back), range(4, 7));
    }

    void closeEndsEveryStream() {
        Fixture f(QStringLiteral("sqlite"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        StreamConsole &a = f.open(f.tenantA);
        StreamConsole &b = f.open(f.tenantB);
        QTRY_COMPARE(f.fanout.clientCount(), 2);
        f.fanout.close();
        QCOMPARE(f.fanout.clientCount(), 0);
        QTRY_VERIFY(!a.isConnected());
        QTRY_VERIFY(!b.isConnected());
        // Told of new events after closing, it sends nothing and does not fail.
        QVERIFY(f.append(f.tenantA, 1));
        QTest::qWait(50);
        QVERIFY(a.events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStreamFanout)
#include "tst_streamfanout.moc"
