// SPDX-License-Identifier: GPL-3.0-or-later
// POST/GET /webhook against a real relay: what is acknowledged is stored, what is refused is not.
#include "app/relay/http/metrics.h"
#include "core/meta/metajsonescape.h"
#include "tests/relay/keepaliveclient.h"
#include "tests/relay/relayharness.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;

namespace {

//! Sends raw bytes on a fresh connection and returns what came back before the server closed
//! or `waitMs` passed.
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int waitMs = 3000) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(bytes);
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    // The relay runs on this thread: wait with the event loop spinning, never blocking.
    while (clock.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(20);
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n") && answer.contains("}"))
            break;
    }
    return answer + socket.readAll();
}

using Switchboard::Test::KeepAliveClient;

QByteArray postRequest(const QByteArray &body, const QByteArray &extraHeaders) {
    return Switchboard::Test::webhookRequest(body, extraHeaders);
}

} // namespace

class TestWebhookEndpoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verificationHandshake() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        auto ok = relay.get(
            QStringLiteral(
                "/webhook?hub.mode=subscribe&hub.verify_token=%1&hub.challenge=1158201444")
                .arg(QLatin1String(RelayHarness::verifyToken)));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("1158201444"));
        QVERIFY(ok.headers.value("content-type").startsWith("text/plain"));
        auto wrong = relay.get(
            QStringLiteral("/webhook?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1"));
        QCOMPARE(wrong.status, 403);
        auto mode = relay.get(
            QStringLiteral("/webhook?hub.mode=unsubscribe&hub.verify_token=%1&hub.challenge=1")
                .arg(QLatin1String(RelayHarness::verifyToken)));
        QCOMPARE(mode.status, 403);
    }

    void acknowledgedDeliveryIsStoredAndIngested_data() { Test::TestDatabase::addBackendRows(); }
    void acknowledgedDeliveryIsStoredAndIngested() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QByteArray body =
            RelayHarness::textDelivery(QStringLiteral("PN1"), QStringLiteral("wamid.1"),
                                       QStringLiteral("972500000001"), QStringLiteral("שלום 👋"));
        const auto reply = relay.postWebhook(body);
        QCOMPARE(reply.status, 200);
        // Durable before the answer: the row is there the moment 200 arrived.
        QCOMPARE(relay.storedDeliveries(), 1);
        QVERIFY(relay.waitIngested());
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ?"),
                             {relay.tenantId}),
                 1);
        QVERIFY(
            relay.relay()->metrics()->render().contains("switchboard_webhooks_received_total 1\n"));
    }

    void nonAsciiBodiesSignedEitherWayAreAccepted_data() {
        QTest::addColumn<bool>("sendEscaped");
        QTest::addColumn<bool>("signEscaped");
        QTest::addColumn<int>("status");
        // Meta's rule read both ways: the escaped body signed as sent, or raw UTF-8 signed over
        // its escaped form. Raw UTF-8 signed over the raw bytes is what Meta used to send.
        QTest::newRow("escaped body, signed as sent") << true << true << 200;
        QTest::newRow("raw body, signed over the escaped form") << false << true << 200;
        QTest::newRow("raw body, signed as sent") << false << false << 200;
        // An escaped body with a signature over some other form is not Meta's.
        QTest::newRow("escaped body, signed over raw bytes") << true << false << 401;
    }
    void nonAsciiBodiesSignedEitherWayAreAccepted() {
        QFETCH(bool, sendEscaped);
        QFETCH(bool, signEscaped);
        QFETCH(int, status);
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString text = QStringLiteral("שלום, אפשר פיצה? 🍕😀");
        const QByteArray raw =
            RelayHarness::textDelivery(QStringLiteral("PN1"), QStringLiteral("wamid.he1"),
                                       QStringLiteral("972500000001"), text);
        const QByteArray escaped = escapeNonAscii(raw);
        QVERIFY(escaped != raw);
        QVERIFY(escaped.contains("\\ud83c\\udf55")); // 🍕 as a surrogate pair, lowercase hex
        const QByteArray sent = sendEscaped ? escaped : raw;
        const auto reply = relay.postWebhook(sent, RelayHarness::sign(signEscaped ? escaped : raw));
        QCOMPARE(reply.status, status);
        if (status != 200) {
            QCOMPARE(relay.storedDeliveries(), 0);
            return;
        }
        QVERIFY(relay.waitIngested());
        // Either way the customer's words arrive as they wrote them.
        const QString like = QStringLiteral("%") + text + QStringLiteral("%");
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ? "
                                            "AND data LIKE ?"),
                             {QVariant(relay.tenantId), QVariant(like)}),
                 1);
    }

    void refusedRequestsStoreNothing_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray good =
            RelayHarness::textDelivery(QStringLiteral("PN1"), QStringLiteral("wamid.x"),
                                       QStringLiteral("972500000001"), QStringLiteral("hi"));
        QTest::newRow("unsigned") << good << QByteArray("none") << QByteArray("application/json")
                                  << 401 << "invalid_signature";
        QTest::newRow("wrong signature")
            << good << RelayHarness::sign("something else") << QByteArray("application/json") << 401
            << "invalid_signature";
        QTest::newRow("signature of a truncated body")
            << good << RelayHarness::sign(good.left(good.size() - 1))
            << QByteArray("application/json") << 401 << "invalid_signature";
        QTest::newRow("sha1 style header")
            << good << QByteArray("sha1=abcdef") << QByteArray("application/json") << 401
            << "invalid_signature";
        const QByteArray notJson("{\"object\": whatsapp");
        QTest::newRow("not json") << notJson << RelayHarness::sign(notJson)
                                  << QByteArray("application/json") << 400 << "malformed_json";
        const QByteArray array("[1,2,3]");
        QTest::newRow("json array") << array << RelayHarness::sign(array)
                                    << QByteArray("application/json") << 400 << "malformed_json";
        const QByteArray badUtf8("{\"object\":\"\xff\xfe\"}");
        QTest::newRow("invalid utf-8") << badUtf8 << RelayHarness::sign(badUtf8)
                                       << QByteArray("application/json") << 400 << "malformed_json";
        const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
        QTest::newRow("deep nesting") << deep << RelayHarness::sign(deep)
                                      << QByteArray("application/json") << 400 << "malformed_json";
        QTest::newRow("wrong content type")
            << good << RelayHarness::sign(good) << QByteArray("text/plain") << 415
            << "unsupported_media_type";
        const QByteArray big = "{\"pad\":\"" + QByteArray(70 * 1024, 'a') + "\"}";
        QTest::newRow("oversized") << big << RelayHarness::sign(big)
                                   << QByteArray("application/json") << 413 << "payload_too_large";
    }
    void refusedRequestsStoreNothing() {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        QMap<QByteArray, QByteArray> headers{{"Content-Type", contentType}};
        if (signature != "none")
            headers.insert("X-Hub-Signature-256", signature);
        const auto reply = relay.request("POST", QStringLiteral("/webhook"), body, headers);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 code);
        QCOMPARE(relay.storedDeliveries(), 0);
        // And the relay still serves.
        QCOMPARE(relay.get(QStringLiteral("/healthz")).status, 200);
    }

    void oversizedBodyIsRefusedBeforeItIsRead() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        // Only the headers are sent: the answer must come without the 50 MB body.
        const QByteArray answer = rawExchange(
            relay.port(),
            "POST /webhook HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\n"
            "Content-Length: 52428800\r\nX-Hub-Signature-256: sha256=00\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("payload_too_large"));
        const QByteArray chunked =
            rawExchange(relay.port(), "POST /webhook HTTP/1.1\r\nHost: relay\r\nTransfer-Encoding: "
                                      "chunked\r\n\r\n5\r\nhello\r\n");
        QVERIFY2(chunked.startsWith("HTTP/1.1 411"), chunked.constData());
    }

    void keepAliveConnectionCarriesManyDeliveries() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, relay.port());
        QVERIFY(socket.waitForConnected(3000));
        QByteArray pipelined;
        for (int i = 0; i < 20; ++i) {
            const QByteArray body = RelayHarness::textDelivery(
                QStringLiteral("PN1"), QStringLiteral("wamid.ka%1").arg(i),
                QStringLiteral("972500000001"), QStringLiteral("msg %1").arg(i));
            pipelined +=
                postRequest(body, "X-Hub-Signature-256: " + RelayHarness::sign(body) + "\r\n");
        }
        socket.write(pipelined);
        QByteArray answers;
        QElapsedTimer clock;
        clock.start();
        while (answers.count("HTTP/1.1 200") < 20 && clock.elapsed() < 10000) {
            QTest::qWait(20);
            answers += socket.readAll();
        }
        QCOMPARE(answers.count("HTTP/1.1 200"), 20);
        QCOMPARE(relay.storedDeliveries(), 20);
    }

    void slowlorisIsCutOffAndOthersAreServed() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, relay.port());
        QVERIFY(slow.waitForConnected(3000));
        slow.write("POST /webhook HTTP/1.1\r\nHost: relay\r\n"); // and never finishes
        slow.flush();
        const QByteArray body = RelayHarness::textDelivery(
            QStringLiteral("PN1"), QStringLiteral("wamid.s"), QStringLiteral("972500000001"),
            QStringLiteral("still served"));
        QCOMPARE(relay.postWebhook(body).status, 200);
        QCOMPARE(relay.storedDeliveries(), 1);
    }

    void tenThousandBadRequestsAmongGoodOnes() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        // Bad requests of every kind over keep-alive connections, with good deliveries
        // interleaved: every good one is acknowledged and stored, no bad one is.
        const int connections = 8, perConnection = 1250, goodEvery = 25;
        QRandomGenerator random(42);
        QList<KeepAliveClient *> clients;
        int good = 0;
        for (int c = 0; c < connections; ++c) {
            QList<QByteArray> requests;
            for (int i = 0; i < perConnection; ++i) {
                const int n = c * perConnection + i;
                if (i % goodEvery == 0) {
                    const QByteArray body = RelayHarness::textDelivery(
                        QStringLiteral("PN1"), QStringLiteral("wamid.good%1").arg(n),
                        QStringLiteral("972500000001"), QStringLiteral("good %1").arg(n));
                    requests << postRequest(
                        body, "X-Hub-Signature-256: " + RelayHarness::sign(body) + "\r\n");
                    ++good;
                    continue;
                }
                QByteArray body = RelayHarness::textDelivery(
                    QStringLiteral("PN1"), QStringLiteral("wamid.bad%1").arg(n),
                    QStringLiteral("972500000002"), QStringLiteral("bad"));
                switch (random.bounded(6)) {
                case 0: // unsigned
                    requests << postRequest(body, {});
                    break;
                case 1: // signed by someone else
                    requests << postRequest(
                        body, "X-Hub-Signature-256: sha256=" + QByteArray(64, 'a') + "\r\n");
                    break;
                case 2: { // truncated after signing
                    const QByteArray signature = RelayHarness::sign(body);
                    body.chop(3);
                    requests << postRequest(body, "X-Hub-Signature-256: " + signature + "\r\n");
                    break;
                }
                case 3: { // signed, not JSON
                    const QByteArray junk = "{\"object\":" + QByteArray::number(n) + ",";
                    requests << postRequest(
                        junk, "X-Hub-Signature-256: " + RelayHarness::sign(junk) + "\r\n");
                    break;
                }
                case 4: { // signed, deeply nested
                    const QByteArray deep = QByteArray(2000, '[') + QByteArray(2000, ']');
                    requests << postRequest(
                        deep, "X-Hub-Signature-256: " + RelayHarness::sign(deep) + "\r\n");
                    break;
                }
                default: { // signed invalid UTF-8
                    const QByteArray junk = "{\"object\":\"\xc3\x28\"}";
                    requests << postRequest(
                        junk, "X-Hub-Signature-256: " + RelayHarness::sign(junk) + "\r\n");
                }
                }
            }
            clients << new KeepAliveClient(relay.port(), requests, this);
        }
        QElapsedTimer clock;
        clock.start();
        auto answered = [&clients] {
            int total = 0;
            for (auto *client : clients)
                total += client->answers();
            return total;
        };
        while (answered() < connections * perConnection && clock.elapsed() < 90000)
            QTest::qWait(50);
        QCOMPARE(answered(), connections * perConnection);
        int ok = 0;
        for (auto *client : clients)
            ok += client->okAnswers();
        QCOMPARE(ok, good);
        QCOMPARE(relay.storedDeliveries(), good);
        QVERIFY(relay.waitIngested());
        QCOMPARE(relay.count(
                     QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid LIKE 'wamid.bad%'")),
                 0);
        QCOMPARE(relay.count(QStringLiteral(
                     "SELECT COUNT(*) FROM messages WHERE wamid LIKE 'wamid.good%'")),
                 good);
        qDeleteAll(clients);
    }
};

QTEST_GUILESS_MAIN(TestWebhookEndpoint)
#include "tst_webhookendpoint.moc"
