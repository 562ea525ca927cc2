// SPDX-License-Identifier: GPL-3.0-or-later
// The event log as consoles sync it: GET …/events pages and the WebSocket stream, against a real
// relay. What a console ends up with must be exactly the tenant's log: no gap, no duplicate, no
// other tenant's events, and a console that stops reading must not hold anyone else up.
#include "app/relay/events/streamhub.h"
#include "tests/relay/relayharness.h"
#include "tests/relay/streamconsole.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

using namespace Switchboard;
using Switchboard::Test::RawStreamSocket;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::StreamConsole;

namespace {

struct Inbound {
    QString wamid;
    QString from;
    QString text;
};

//! A message from a customer never seen before, so it makes exactly three events: the customer,
//! the conversation and the message.
Inbound freshCustomer(const QString &text) {
    static int next = 0;
    ++next;
    return {QStringLiteral("wamid.sync.%1").arg(next),
            QStringLiteral("97250%1").arg(next, 7, 10, QLatin1Char('0')), text};
}

//! One webhook delivery carrying several inbound text messages, as Meta batches them.
QByteArray delivery(const QString &phoneNumberId, const QList<Inbound> &messages) {
    QJsonArray contacts;
    QJsonArray items;
    for (const Inbound &message : messages) {
        contacts.append(
            QJsonObject{{QStringLiteral("profile"),
                         QJsonObject{{QStringLiteral("name"),
                                      QString(QStringLiteral("Customer ") + message.from)}}},
                        {QStringLiteral("wa_id"), message.from}});
        items.append(QJsonObject{
            {QStringLiteral("from"), message.from},
            {QStringLiteral("id"), message.wamid},
            {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), message.text}}}});
    }
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001111")},
                     {QStringLiteral("phone_number_id"), phoneNumberId}}},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("messages"), items}};
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                   {QStringLiteral("entry"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("id"), QString(QStringLiteral("WABA-") + phoneNumberId)},
                        {QStringLiteral("changes"),
                         QJsonArray{
                             QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                         {QStringLiteral("value"), value}}}}}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray delivery(const QString &phoneNumberId, const Inbound &message) {
    return delivery(phoneNumberId, QList<Inbound>{message});
}

qint64 seqOf(const QJsonObject &event) {
    return event.value(QStringLiteral("seq")).toInteger();
}

QList<qint64> seqsOf(const QList<QJsonObject> &events) {
    QList<qint64> seqs;
    for (const QJsonObject &event : events)
        seqs << seqOf(event);
    return seqs;
}

QList<qint64> oneTo(qint64 last) {
    QList<qint64> seqs;
    for (qint64 seq = 1; seq <= last; ++seq)
        seqs << seq;
    return seqs;
}

QString wamidOf(const QJsonObject &event) {
    return event.value(QStringLiteral("data")).toObject().value(QStringLiteral("wamid")).toString();
}

QString eventsPath(const QString &tenantId, const QString &query) {
    return QStringLiteral("/api/v1/tenants/%1/events?%2").arg(tenantId, query);
}

QString streamTarget(const QString &tenantId, const QString &token, qint64 after) {
    const QUrl url = Test::streamUrl(0, tenantId, token, after);
    return url.path() + QLatin1Char('?') + url.query();
}

//! Spins the event loop (the relay runs on this thread) until `done` or the timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(2);
    }
    return true;
}

//! A console on a flaky network: it drops its stream at random points (while the backlog
//! arrives, between live events, right after connecting) and resumes with after=<the last seq
//! it processed>, as the contract tells consoles to.
class ResumingConsole {
public:
    ResumingConsole(quint16 port, QString tenantId, QString token, quint32 seed)
        : m_port(port)
        , m_tenantId(std::move(tenantId))
        , m_token(std::move(token))
        , m_random(seed) {}
    ~ResumingConsole() {
        ++m_generation; // what the sockets still signal while they are destroyed is ignored
    }

    void start() { connectNext(); }
    //! From now on the console keeps its connection, so it can catch up.
    void stopInterrupting() { m_interrupting = false; }

    qint64 cursor() const { return processed.isEmpty() ? 0 : seqOf(processed.last()); }

    QList<QJsonObject> processed; //!< every event processed, in order, across all connections
    QStringList problems;
    int sessions = 0;
    int cuts = 0;

private:
    void connectNext() {
        const int generation = ++m_generation;
        ++sessions;
        auto *socket = new QWebSocket;
        m_socket.reset(socket);
        QObject::connect(socket, &QWebSocket::textMessageReceived, &m_context,
                         [this, generation](const QString &text) {
                             if (generation != m_generation)
                                 return; // a dropped connection: the console no longer listens
                             process(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QObject::connect(socket, &QWebSocket::disconnected, &m_context, [this, generation] {
            if (generation == m_generation)
                resumeSoon(); // the relay or the network ended it: resume as well
        });
        QObject::connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
                         &m_context, [this, generation] {
                             if (generation == m_generation)
                                 resumeSoon();
                         });
        if (m_interrupting && m_random.bounded(5) == 0) {
            // Drop it again before or while the backlog arrives.
            QTimer::singleShot(int(m_random.bounded(15)), &m_context, [this, generation] {
                if (generation == m_generation && m_interrupting)
                    cut();
            });
        }
        socket->open(Test::streamUrl(m_port, m_tenantId, m_token, cursor()));
    }

    void process(const QJsonObject &event) {
        if (seqOf(event) != cursor() + 1)
            problems << QStringLiteral("after seq %1 the stream sent seq %2 (session %3)")
                            .arg(cursor())
                            .arg(seqOf(event))
                            .arg(sessions);
        processed.append(event);
        if (m_interrupting && m_random.bounded(7) == 0)
            cut();
    }

    void cut() {
        ++cuts;
        ++m_generation;
        QWebSocket *socket = m_socket.release();
        if (m_random.bounded(2) == 0)
            socket->abort();
        else
            socket->close();
        socket->deleteLater();
        resumeSoon();
    }

    void resumeSoon() {
        ++m_generation;
        if (m_socket)
            m_socket.release()->deleteLater();
        QTimer::singleShot(int(m_random.bounded(20)), &m_context, [this] { connectNext(); });
    }

    quint16 m_port;
    QString m_tenantId;
    QString m_token;
    QRandomGenerator m_random;
    QObject m_context;
    std::unique_ptr<QWebSocket> m_socket;
    int m_generation = 0;
    bool m_interrupting = true;
};

} // namespace

class TestEventSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughTheLog_data() { Test::TestDatabase::addBackendRows(); }
    void pagesThroughTheLog() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
        QList<Inbound> sent;
        for (int i = 0; i < 30; ++i) {
            sent << freshCustomer(QStringLiteral("order number %1, please").arg(i));
            QCOMPARE(relay.postWebhook(delivery(QStringLiteral("PN1"), sent.last())).status, 200);
        }
        QVERIFY(relay.waitIngested());
        const QString token = relay.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty());

        // The log opens with the connection the set-up made; then each message was recorded as
        // its customer, its conversation and itself, in that order.
        const QList<QJsonObject> log = relay.events(relay.tenantId);
        QCOMPARE(log.size(), 1 + 30 * 3);
        QCOMPARE(log[0].value(QStringLiteral("type")).toString(), QStringLiteral("connection"));
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(log[1 + 3 * i].value(QStringLiteral("type")).toString(),
                     QStringLiteral("customer"));
            QCOMPARE(log[2 + 3 * i].value(QStringLiteral("type")).toString(),
                     QStringLiteral("conversation"));
            QCOMPARE(log[3 + 3 * i].value(QStringLiteral("type")).toString(),
                     QStringLiteral("message"));
            QCOMPARE(wamidOf(log[3 + 3 * i]), sent[i].wamid);
        }

        // Pages of 10: in seq order, no gap, next_after the last seq, more until the end.
        QList<QJsonObject> paged;
        qint64 after = 0;
        int pages = 0;
        for (;;) {
            const auto reply = relay.get(
                eventsPath(relay.tenantId, QStringLiteral("after=%1&limit=10").arg(after)), token);
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
            const QJsonObject page = reply.json();
            const QJsonArray events = page.value(QStringLiteral("events")).toArray();
            ++pages;
            QCOMPARE(events.size(), qMin<qsizetype>(10, log.size() - after));
            for (const QJsonValue &value : events) {
                const QJsonObject event = value.toObject();
                QCOMPARE(seqOf(event), after + 1);
                after = seqOf(event);
                paged << event;
            }
            QCOMPARE(page.value(QStringLiteral("next_after")).toInteger(), after);
            QVERIFY(page.value(QStringLiteral("more")).isBool());
            if (!page.value(QStringLiteral("more")).toBool())
                break;
            QVERIFY2(pages < 10, "more stayed true past the end of the log");
        }
        QCOMPARE(pages, 10);
        QCOMPARE(paged, log);

        // Past the end: an empty page that keeps the cursor.
        const QJsonObject end =
            relay.get(eventsPath(relay.tenantId, QStringLiteral("after=91&limit=10")), token)
                .json();
        QCOMPARE(end.value(QStringLiteral("events")).toArray().size(), 0);
        QCOMPARE(end.value(QStringLiteral("next_after")).toInteger(), 91);
        QCOMPARE(end.value(QStringLiteral("more")).toBool(), false);

        // Every event has the contract's shape.
        const QStringList kinds{QStringLiteral("message"),   QStringLiteral("conversation"),
                                QStringLiteral("customer"),  QStringLiteral("order"),
                                QStringLiteral("product"),   QStringLiteral("template"),
                                QStringLiteral("connection")};
        for (const QJsonObject &event : std::as_const(paged)) {
            QStringList keys = event.keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{QStringLiteral("at"), QStringLiteral("data"),
                                        QStringLiteral("op"), QStringLiteral("seq"),
                                        QStringLiteral("type")}));
            QVERIFY(event.value(QStringLiteral("seq")).isDouble());
            QVERIFY(kinds.contains(event.value(QStringLiteral("type")).toString()));
            QCOMPARE(event.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
            const QString atText = event.value(QStringLiteral("at")).toString();
            QVERIFY2(atText.endsWith(QLatin1Char('Z')), qPrintable(atText));
            const QDateTime at = QDateTime::fromString(atText, Qt::ISODateWithMs);
            QVERIFY2(at.isValid(), qPrintable(atText));
            QVERIFY(at >= started && at <= QDateTime::currentDateTimeUtc());
            // data is the full record; every record but the connection has an id.
            const QJsonObject data = event.value(QStringLiteral("data")).toObject();
            QVERIFY(!data.isEmpty());
            if (event.value(QStringLiteral("type")).toString() != QLatin1String("connection"))
                QVERIFY(!data.value(QStringLiteral("id")).toString().isEmpty());
        }
        // The message event carries the message as the contract shapes it.
        const QJsonObject message = paged[3].value(QStringLiteral("data")).toObject();
        QCOMPARE(message.value(QStringLiteral("text")).toString(), sent[0].text);
        QCOMPARE(message.value(QStringLiteral("direction")).toString(), QStringLiteral("inbound"));
        QCOMPARE(message.value(QStringLiteral("customer_id")).toString(),
                 paged[1]
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString());
        QCOMPARE(message.value(QStringLiteral("conversation_id")).toString(),
                 paged[2]
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString());

        // Without limit a page holds 500 events; limit goes up to 5000.
        for (int d = 0; d < 14; ++d) {
            QList<Inbound> batch;
            for (int m = 0; m < 12; ++m)
                batch << freshCustomer(QStringLiteral("batched %1.%2").arg(d).arg(m));
            QCOMPARE(relay.postWebhook(delivery(QStringLiteral("PN1"), batch)).status, 200);
        }
        QVERIFY(relay.waitIngested());
        const QList<QJsonObject> full = relay.events(relay.tenantId);
        QCOMPARE(full.size(), 91 + 14 * 12 * 3);
        QCOMPARE(seqsOf(full), oneTo(full.size()));
        const QJsonObject first =
            relay.get(eventsPath(relay.tenantId, QStringLiteral("after=0")), token).json();
        QCOMPARE(first.value(QStringLiteral("events")).toArray().size(), 500);
        QCOMPARE(first.value(QStringLiteral("next_after")).toInteger(), 500);
        QCOMPARE(first.value(QStringLiteral("more")).toBool(), true);
        const QJsonObject rest =
            relay.get(eventsPath(relay.tenantId, QStringLiteral("after=500")), token).json();
        QCOMPARE(rest.value(QStringLiteral("events")).toArray().size(), full.size() - 500);
        QCOMPARE(rest.value(QStringLiteral("next_after")).toInteger(), full.size());
        QCOMPARE(rest.value(QStringLiteral("more")).toBool(), false);
        const QJsonObject all =
            relay.get(eventsPath(relay.tenantId, QStringLiteral("after=0&limit=5000")), token)
                .json();
        QCOMPARE(all.value(QStringLiteral("events")).toArray().size(), full.size());
        QCOMPARE(all.value(QStringLiteral("more")).toBool(), false);

        // The other tenant's log is its own (only its connection), and no access across.
        const QString cleo = relay.login(QStringLiteral("cleo"));
        const QJsonObject theirs =
            relay.get(eventsPath(relay.otherTenantId, QStringLiteral("after=0")), cleo).json();
        const QJsonArray theirEvents = theirs.value(QStringLiteral("events")).toArray();
        QCOMPARE(theirEvents.size(), 1);
        QCOMPARE(theirEvents[0].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("connection"));
        QCOMPARE(theirs.value(QStringLiteral("next_after")).toInteger(), 1);
        QCOMPARE(relay.get(eventsPath(relay.tenantId, QStringLiteral("after=0")), cleo).status,
                 403);
        QCOMPARE(relay.get(eventsPath(relay.tenantId, QStringLiteral("after=0"))).status, 401);
    }

    // seq never skips a number, and pages rely on that to read the log by primary key ranges.
    // Should events ever go missing (deleted by hand), paging and the stream must still deliver
    // everything after the hole, not stop at it.
    void pagesPastMissingEvents_data() { Test::TestDatabase::addBackendRows(); }
    void pagesPastMissingEvents() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        for (int i = 0; i < 30; ++i)
            QCOMPARE(relay
                         .postWebhook(delivery(QStringLiteral("PN1"),
                                               freshCustomer(QStringLiteral("order %1").arg(i))))
                         .status,
                     200);
        QVERIFY(relay.waitIngested());
        QCOMPARE(relay.events(relay.tenantId).size(), 91);
        QVERIFY(relay.execute(
            QStringLiteral("DELETE FROM events WHERE tenant_id = ? AND seq > 30 AND seq <= 60"),
            {relay.tenantId}));
        QList<qint64> expected = oneTo(30);
        for (qint64 seq = 61; seq <= 91; ++seq)
            expected << seq;
        const QString token = relay.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty());

        // Pages of 10 across a hole of 30: 1-10, 11-20, 21-30 + 61, then on to the end.
        QList<qint64> paged;
        qint64 after = 0;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            QVERIFY2(pages < 20, "paging did not end");
            const QJsonObject page =
                relay
                    .get(eventsPath(relay.tenantId, QStringLiteral("after=%1&limit=10").arg(after)),
                         token)
                    .json();
            const QJsonArray events = page.value(QStringLiteral("events")).toArray();
            for (const QJsonValue &event : events)
                paged << seqOf(event.toObject());
            more = page.value(QStringLiteral("more")).toBool();
            after = page.value(QStringLiteral("next_after")).toInteger();
            QVERIFY2(events.size() == 10 || !more, "a short page said there was more");
        }
        QCOMPARE(paged, expected);
        QCOMPARE(pages, 7);

        // A console streaming from the start gets the same, then what comes next.
        StreamConsole console(relay.port(), relay.tenantId, token);
        console.open(0);
        QTRY_COMPARE_WITH_TIMEOUT(console.events.size(), expected.size(), 5000);
        QCOMPARE(seqsOf(console.events), expected);
        QCOMPARE(
            relay.postWebhook(delivery(QStringLiteral("PN1"), freshCustomer(QStringLiteral("new"))))
                .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(console.events.size(), expected.size() + 3, 5000);
        QCOMPARE(seqsOf(console.events).mid(expected.size()), (QList<qint64>{92, 93, 94}));
    }

    void refusesBadPagingParameters_data() {
        QTest::addColumn<QString>("query");
        QTest::newRow("limit above 5000") << QStringLiteral("after=0&limit=5001");
        QTest::newRow("limit 0") << QStringLiteral("after=0&limit=0");
        QTest::newRow("negative limit") << QStringLiteral("after=0&limit=-5");
        QTest::newRow("negative after") << QStringLiteral("after=-1&limit=10");
        QTest::newRow("after not a number") << QStringLiteral("after=ten");
        QTest::newRow("limit not a number") << QStringLiteral("limit=1e3");
    }
    void refusesBadPagingParameters() {
        QFETCH(QString, query);
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        QCOMPARE(relay
                     .postWebhook(
                         delivery(QStringLiteral("PN1"), freshCustomer(QStringLiteral("hello"))))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        const QString token = relay.login(QStringLiteral("pat"));
        const auto reply = relay.get(eventsPath(relay.tenantId, query), token);
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_request"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }

    //! A console stays connected for hours: the HTTP request timeout, which closes idle HTTP
    //! connections, must not close a connection that became a stream.
    void streamOutlivesTheHttpIdleTimeout() {
        RelayHarness relay;
        relay.setRequestTimeoutMs(300);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        StreamConsole console(relay.port(), relay.tenantId, relay.login(QStringLiteral("pat")));
        console.open(0);
        QTRY_COMPARE_WITH_TIMEOUT(console.events.size(), 1, 5000); // the connection event
        QTest::qWait(1000);
        QVERIFY(console.isConnected());
        QCOMPARE(console.disconnects(), 0);
        QCOMPARE(relay
                     .postWebhook(delivery(QStringLiteral("PN1"),
                                           freshCustomer(QStringLiteral("still there?"))))
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(console.events.size(), 4, 5000);
        QCOMPARE(console.events, relay.events(relay.tenantId));
    }

    void streamsBacklogThenLive_data() { Test::TestDatabase::addBackendRows(); }
    void streamsBacklogThenLive() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(relay
                         .postWebhook(delivery(QStringLiteral("PN1"),
                                               freshCustomer(QStringLiteral("before %1").arg(i))))
                         .status,
                     200);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(relay
                         .postWebhook(delivery(QStringLiteral("PN2"),
                                               freshCustomer(QStringLiteral("clinic %1").arg(i))))
                         .status,
                     200);
        QVERIFY(relay.waitIngested());
        const QString pat = relay.login(QStringLiteral("pat"));
        const QString cleo = relay.login(QStringLiteral("cleo"));
        QVERIFY(!pat.isEmpty() && !cleo.isEmpty());

        // The backlog first, in order, exactly the log: the set-up's connection event, then
        // three events per message.
        StreamConsole mine(relay.port(), relay.tenantId, pat);
        StreamConsole theirs(relay.port(), relay.otherTenantId, cleo);
        mine.open(0);
        theirs.open(0);
        QTRY_COMPARE_WITH_TIMEOUT(mine.events.size(), 1 + 15, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(theirs.events.size(), 1 + 6, 5000);
        QCOMPARE(mine.events, relay.events(relay.tenantId));
        QCOMPARE(theirs.events, relay.events(relay.otherTenantId));

        // Then live, on the same connection.
        QStringList live;
        for (int i = 0; i < 5; ++i) {
            const Inbound message = freshCustomer(QStringLiteral("live %1").arg(i));
            live << message.wamid;
            QCOMPARE(relay.postWebhook(delivery(QStringLiteral("PN1"), message)).status, 200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(mine.events.size(), 31, 5000);
        QCOMPARE(mine.events, relay.events(relay.tenantId));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(wamidOf(mine.events[16 + 3 * i + 2]), live[i]);
        QCOMPARE(mine.connects(), 1);
        QCOMPARE(mine.disconnects(), 0);
        QCOMPARE(mine.malformed(), 0);

        // The other tenant's console got none of it, yet is live for its own events.
        QTest::qWait(300);
        QCOMPARE(theirs.events.size(), 7);
        QCOMPARE(relay
                     .postWebhook(delivery(QStringLiteral("PN2"),
                                           freshCustomer(QStringLiteral("clinic live"))))
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(theirs.events.size(), 10, 5000);
        QCOMPARE(theirs.events, relay.events(relay.otherTenantId));
        QTest::qWait(300);
        QCOMPARE(mine.events.size(), 31);

        // A console resuming mid-log gets exactly what follows its cursor.
        StreamConsole resumed(relay.port(), relay.tenantId, pat);
        resumed.open(7);
        QTRY_COMPARE_WITH_TIMEOUT(resumed.events.size(), 24, 5000);
        QCOMPARE(resumed.events, relay.events(relay.tenantId).mid(7));
        QTest::qWait(200);
        QCOMPARE(resumed.events.size(), 24);
    }

    void refusesStreamsItMayNotOpen_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("otherTenant");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::newRow("another tenant's stream") << "pat" << true << QString() << 403;
        QTest::newRow("unknown token") << QString() << false << "not-a-session-token" << 401;
        QTest::newRow("no token") << QString() << false << QString() << 401;
    }
    void refusesStreamsItMayNotOpen() {
        QFETCH(QString, user);
        QFETCH(bool, otherTenant);
        QFETCH(QString, token);
        QFETCH(int, status);
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        for (const QString &number : {QStringLiteral("PN1"), QStringLiteral("PN2")})
            QCOMPARE(
                relay.postWebhook(delivery(number, freshCustomer(QStringLiteral("private matter"))))
                    .status,
                200);
        QVERIFY(relay.waitIngested());
        if (!user.isEmpty())
            token = relay.login(user);
        const QString tenant = otherTenant ? relay.otherTenantId : relay.tenantId;

        // An ordinary error answer, no upgrade.
        RawStreamSocket raw(relay.port(), streamTarget(tenant, token, 0));
        const QByteArray head = raw.waitForResponseHead();
        QVERIFY2(head.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))),
                 head.constData());

        // A console is never connected and hears nothing.
        StreamConsole console(relay.port(), tenant, token);
        console.open(0);
        QTRY_VERIFY_WITH_TIMEOUT(console.errors() > 0 || console.disconnects() > 0, 5000);
        QTest::qWait(200);
        QCOMPARE(console.connects(), 0);
        QCOMPARE(console.events.size(), 0);
        QCOMPARE(relay.relay()->streamHub()->clientCount(), 0);
    }

    void resumesFromCursorWithoutGapOrDuplicate_data() { Test::TestDatabase::addBackendRows(); }
    void resumesFromCursorWithoutGapOrDuplicate() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        QRandomGenerator random(20240611);
        auto post = [&relay, &random](int i) {
            QList<Inbound> batch;
            const int size = 1 + int(random.bounded(3));
            for (int m = 0; m < size; ++m)
                batch << freshCustomer(QStringLiteral("flaky %1.%2").arg(i).arg(m));
            return relay.postWebhook(delivery(QStringLiteral("PN1"), batch)).status;
        };
        for (int i = 0; i < 10; ++i)
            QCOMPARE(post(i), 200); // a backlog before the console first connects
        QVERIFY(relay.waitIngested());
        const QString token = relay.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty());

        ResumingConsole console(relay.port(), relay.tenantId, token, 7);
        console.start();
        for (int i = 10; i < 70; ++i) {
            QCOMPARE(post(i), 200);
            QTest::qWait(int(random.bounded(15)));
        }
        QVERIFY(relay.waitIngested());
        const QList<QJsonObject> log = relay.events(relay.tenantId);
        QVERIFY(log.size() > 200);
        console.stopInterrupting();
        QTRY_COMPARE_WITH_TIMEOUT(console.cursor(), seqOf(log.last()), 15000);
        QTest::qWait(200);

        QVERIFY2(console.problems.isEmpty(), qPrintable(console.problems.join(QLatin1Char('\n'))));
        QCOMPARE(seqsOf(console.processed), seqsOf(log));
        QCOMPARE(console.processed, log);
        // The run really was interrupted, many times.
        QVERIFY2(console.cuts >= 20, qPrintable(QString::number(console.cuts)));
    }

    // Consoles that vanish at once (a shop's Wi-Fi drops) while the relay's main thread is busy
    // acknowledging webhooks: the stream thread frees their connections, and the main thread must
    // not reach for them afterwards. (QWebSocketServer's deleteLater() of each disconnected
    // connection, from the main thread, raced the stream thread's own deletion and crashed the
    // relay at the end of one full benchmark run; the race is too narrow to hit here every time,
    // so this checks the path end to end: every client goes, and the relay goes on serving.)
    void consolesVanishingWhileTheRelayIsBusy_data() { Test::TestDatabase::addBackendRows(); }
    void consolesVanishingWhileTheRelayIsBusy() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString token = relay.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty());
        for (int round = 0; round < 3; ++round) {
            std::vector<std::unique_ptr<StreamConsole>> consoles;
            for (int i = 0; i < 30; ++i) {
                consoles.push_back(
                    std::make_unique<StreamConsole>(relay.port(), relay.tenantId, token));
                consoles.back()->open(0);
            }
            QTRY_COMPARE_WITH_TIMEOUT(relay.relay()->streamHub()->clientCount(), 30, 10000);
            for (const auto &console : consoles)
                console->socket()->abort();
            // The main thread is busy elsewhere while the stream thread lets them go.
            QThread::msleep(300);
            QTRY_COMPARE_WITH_TIMEOUT(relay.relay()->streamHub()->clientCount(), 0, 10000);
            QTest::qWait(100);
        }
        // Still serving: a delivery is acknowledged and reaches a new console.
        QCOMPARE(relay
                     .postWebhook(delivery(QStringLiteral("PN1"),
                                           freshCustomer(QStringLiteral("after the storm"))))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        StreamConsole console(relay.port(), relay.tenantId, token);
        console.open(0);
        QTRY_COMPARE_WITH_TIMEOUT(console.events.size(), 4, 5000);
        QCOMPARE(console.events, relay.events(relay.tenantId));
    }

    void slowClientIsCutOffWithoutDelayingOthers() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString token = relay.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty());

        StreamConsole fast(relay.port(), relay.tenantId, token);
        fast.open(0);
        QTRY_COMPARE_WITH_TIMEOUT(fast.connects(), 1, 5000);
        // A console that completes the upgrade and then stops reading.
        RawStreamSocket stuck(relay.port(), streamTarget(relay.tenantId, token, 0));
        const QByteArray head = stuck.waitForResponseHead();
        QVERIFY2(head.startsWith("HTTP/1.1 101"), head.constData());
        QTRY_COMPARE_WITH_TIMEOUT(relay.relay()->streamHub()->clientCount(), 2, 5000);

        // What the reading console received: bytes, and when each message arrived.
        qint64 streamed = 0;
        qsizetype counted = 0;
        QHash<QString, qint64> arrivedAt;
        auto catchUp = [&] {
            for (; counted < fast.events.size(); ++counted) {
                streamed +=
                    QJsonDocument(fast.events[counted]).toJson(QJsonDocument::Compact).size();
                const QString wamid = wamidOf(fast.events[counted]);
                if (!wamid.isEmpty())
                    arrivedAt.insert(wamid, fast.arrivalsMs[counted]);
            }
        };
        // Deliveries of twelve 4 KB messages; the next goes out while earlier ones are ingested,
        // at most two ahead of what the reading console has received.
        const QString filler(4000, QLatin1Char('m'));
        QHash<QString, qint64> acceptedAt;
        QStringList lastOfEach;
        auto deliver = [&]() -> bool {
            QList<Inbound> batch;
            for (int m = 0; m < 12; ++m)
                batch << freshCustomer(QStringLiteral("%1.%2 ").arg(lastOfEach.size()).arg(m) +
                                       filler);
            if (relay.postWebhook(delivery(QStringLiteral("PN1"), batch)).status != 200)
                return false;
            acceptedAt.insert(batch.last().wamid, fast.elapsedMs());
            lastOfEach << batch.last().wamid;
            if (lastOfEach.size() < 3)
                return true;
            const QString behind = lastOfEach[lastOfEach.size() - 3];
            return waitUntil(
                [&] {
                    catchUp();
                    return arrivedAt.contains(behind);
                },
                5000);
        };
        auto worstLatencyMs = [&](qsizetype from) {
            catchUp();
            qint64 worst = 0;
            for (qsizetype i = from; i < lastOfEach.size(); ++i)
                worst = qMax(worst, arrivedAt.value(lastOfEach[i], fast.elapsedMs() + 60000) -
                                        acceptedAt.value(lastOfEach[i]));
            return worst;
        };
        while (streamed < 2 * StreamHub::maxPendingBytes)
            QVERIFY2(deliver(), "a delivery was refused or did not reach the reading console");

        // Ingest kept up, and the reading console got everything promptly, on one connection.
        QVERIFY(relay.waitIngested());
        const QList<QJsonObject> log = relay.events(relay.tenantId);
        QTRY_COMPARE_WITH_TIMEOUT(fast.events.size(), log.size(), 5000);
        QCOMPARE(fast.events, log);
        const qint64 worst = worstLatencyMs(0);
        QVERIFY2(worst < 2000, qPrintable(QStringLiteral("%1 ms").arg(worst)));
        QCOMPARE(fast.connects(), 1);
        QCOMPARE(fast.disconnects(), 0);

        // The stuck console was given up on: told to resume from its cursor, or cut off.
        stuck.drain(8000);
        QVERIFY(stuck.closeFrame() || stuck.serverClosedConnection());
        if (stuck.closeFrame()) {
            QCOMPARE(stuck.closeFrame()->first, StreamHub::closeCodeResume);
            QVERIFY2(stuck.closeFrame()->second.contains(QLatin1String("after=")),
                     qPrintable(stuck.closeFrame()->second));
        }
        // What it got is the start of the log, and far from all of it: the relay's queue for it
        // was bounded.
        QVERIFY(stuck.events().size() < log.size());
        QCOMPARE(stuck.events(), log.mid(0, stuck.events().size()));
        QVERIFY2(stuck.bytesReceived() < streamed - StreamHub::maxPendingBytes / 2,
                 qPrintable(QString::number(stuck.bytesReceived())));

        // A console that asks for the whole log and does not read is told at once where to
        // resume, while live events keep reaching the others promptly.
        RawStreamSocket late(relay.port(), streamTarget(relay.tenantId, token, 0));
        QVERIFY(late.waitForResponseHead().startsWith("HTTP/1.1 101"));
        const qsizetype sentBefore = lastOfEach.size();
        for (int i = 0; i < 3; ++i)
            QVERIFY(deliver());
        QVERIFY(relay.waitIngested());
        QTRY_COMPARE_WITH_TIMEOUT(fast.events.size(), relay.events(relay.tenantId).size(), 5000);
        const qint64 worstLate = worstLatencyMs(sentBefore);
        QVERIFY2(worstLate < 2000, qPrintable(QStringLiteral("%1 ms").arg(worstLate)));
        late.drain(4000);
        QVERIFY(late.closeFrame());
        QCOMPARE(late.closeFrame()->first, StreamHub::closeCodeResume);
        QVERIFY2(late.closeFrame()->second.contains(QLatin1String("after=")),
                 qPrintable(late.closeFrame()->second));
        const QList<QJsonObject> grown = relay.events(relay.tenantId);
        QVERIFY(!late.events().isEmpty());
        QVERIFY(late.events().size() < grown.size());
        QCOMPARE(late.events(), grown.mid(0, late.events().size()));

        // Neither stays connected: the late one completes the closing handshake, the stuck one
        // is cut off by the relay.
        late.answerClose();
        QTRY_COMPARE_WITH_TIMEOUT(relay.relay()->streamHub()->clientCount(), 1, 10000);
        QVERIFY(fast.isConnected());
    }
};

QTEST_GUILESS_MAIN(TestEventSync)
#include "tst_eventsync.moc"
