// SPDX-License-Identifier: GPL-3.0-or-later
// GuardedTcpServer as clients on the wire meet it, raw QTcpSocket by raw QTcpSocket: a body too
// large is refused before it is sent, headers that never end are cut off, and ordinary
// keep-alive traffic passes to QHttpServer untouched.
#include "app/relay/http/guardedtcpserver.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Switchboard;

namespace {

constexpr qint64 maxBody = 1024;
constexpr int timeoutMs = 400;

//! One HTTP answer as read off the wire.
struct Answer {
    int status = 0;
    QByteArray head; //!< status line and headers, lower case
    QByteArray body;
};

//! A client on one TCP connection. The server runs on this thread: every wait spins the event
//! loop instead of blocking on the socket.
class Client {
public:
    explicit Client(quint16 port) {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                         [this] { m_buffer += m_socket.readAll(); });
    }
    bool connected(int waitMs = 5000) {
        QElapsedTimer clock;
        clock.start();
        while (m_socket.state() != QAbstractSocket::ConnectedState && clock.elapsed() < waitMs)
            QTest::qWait(5);
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }
    void write(const QByteArray &bytes) { m_socket.write(bytes); }
    //! The next whole answer (headers and Content-Length bytes of body), or status 0.
    Answer next(int waitMs = 5000) {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                Answer answer;
                answer.head = m_buffer.left(end).toLower();
                const qsizetype at = answer.head.indexOf("content-length:");
                const qsizetype length =
                    at < 0 ? 0
                           : answer.head.mid(at + 15, answer.head.indexOf('\r', at) - at - 15)
                                 .trimmed()
                                 .toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    answer.status = answer.head.mid(9, 3).toInt();
                    answer.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return answer;
                }
            }
            if (clock.elapsed() > waitMs)
                return {};
            QTest::qWait(5);
        }
    }
    bool closedWithin(int waitMs) {
        QElapsedTimer clock;
        clock.start();
        while (m_socket.state() != QAbstractSocket::UnconnectedState && clock.elapsed() < waitMs)
            QTest::qWait(10);
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }
    QByteArray unread() const { return m_buffer; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray post(const QByteArray &body, const QByteArray &path = "/echo") {
    return "POST " + path + " HTTP/1.1\r\nHost: relay\r\nContent-Type: text/plain\r\n" +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray errorCode(const Answer &answer) {
    return QJsonDocument::fromJson(answer.body)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString()
        .toUtf8();
}

} // namespace

class TestGuardedTcpServer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QHttpServer> m_http;
    GuardedTcpServer *m_guard = nullptr; // owned by m_http's side: deleted in cleanup()
    std::unique_ptr<QSignalSpy> m_refused;
    int m_handled = 0; //!< requests that reached a handler

private Q_SLOTS:
    void init() {
        m_handled = 0;
        m_http = std::make_unique<QHttpServer>();
        // The answer names what the handler received, so a test sees what got through.
        m_http->route(QStringLiteral("/echo"),
                      [this](const QHttpServerRequest &request) -> QString {
                          ++m_handled;
                          return QString::fromLatin1("got %1 bytes: ").arg(request.body().size()) +
                                 QString::fromUtf8(request.body().left(40));
                      });
        m_guard = new GuardedTcpServer(maxBody, timeoutMs, m_http.get());
        m_refused = std::make_unique<QSignalSpy>(m_guard, &GuardedTcpServer::refused);
        QVERIFY(m_guard->listen(QHostAddress::LocalHost, 0));
        m_http->bind(m_guard);
    }
    void cleanup() {
        m_refused.reset();
        m_http.reset();
        m_guard = nullptr;
    }

    void oversizedBodyIsRefusedBeforeItIsSent_data() {
        QTest::addColumn<qint64>("length");
        QTest::newRow("one byte over") << maxBody + 1;
        QTest::newRow("a gigabyte") << (qint64(1) << 30);
    }
    void oversizedBodyIsRefusedBeforeItIsSent() {
        QFETCH(qint64, length);
        Client client(m_guard->serverPort());
        QVERIFY(client.connected());
        // Only the headers: the refusal must come without the body ever being sent.
        client.write("POST /echo HTTP/1.1\r\nHost: relay\r\nContent-Type: text/plain\r\n"
                     "Content-Length: " +
                     QByteArray::number(length) + "\r\n\r\n");
        const Answer answer = client.next(2000);
        QCOMPARE(answer.status, 413);
        QCOMPARE(errorCode(answer), QByteArray("payload_too_large"));
        QVERIFY(answer.head.contains("connection: close"));
        QCOMPARE(m_handled, 0);
        QCOMPARE(m_refused->size(), 1);
        QCOMPARE(m_refused->first().first().toString(), QStringLiteral("too_large"));
        // A client that sends the body anyway is not answered a second time, and the
        // connection is closed.
        client.write(QByteArray(4096, 'x'));
        QVERIFY(client.closedWithin(5000));
        QCOMPARE(client.unread(), QByteArray());
        QCOMPARE(m_handled, 0);
    }

    void bodyUpToTheLimitPasses_data() {
        QTest::addColumn<qint64>("length");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("small") << qint64(10);
        QTest::newRow("exactly the limit") << maxBody;
    }
    void bodyUpToTheLimitPasses() {
        QFETCH(qint64, length);
        Client client(m_guard->serverPort());
        QVERIFY(client.connected());
        client.write(post(QByteArray(length, 'b')));
        const Answer answer = client.next();
        QCOMPARE(answer.status, 200);
        QVERIFY2(answer.body.startsWith(QByteArray("got " + QByteArray::number(length) + " bytes")),
                 answer.body.constData());
        QCOMPARE(m_refused->size(), 0);
    }

    void refusedRequests_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("chunked body") << QByteArray("POST /echo HTTP/1.1\r\nHost: relay\r\n"
                                                    "Transfer-Encoding: chunked\r\n\r\n5\r\nhello"
                                                    "\r\n0\r\n\r\n")
                                      << 411 << QStringLiteral("chunked_body");
        QTest::newRow("length not a number")
            << QByteArray("POST /echo HTTP/1.1\r\nHost: relay\r\nContent-Length: ten\r\n\r\n")
            << 400 << QStringLiteral("bad_content_length");
        QTest::newRow("negative length")
            << QByteArray("POST /echo HTTP/1.1\r\nHost: relay\r\nContent-Length: -1\r\n\r\n") << 400
            << QStringLiteral("bad_content_length");
        QTest::newRow("headers too large")
            << QByteArray("GET /echo HTTP/1.1\r\nHost: relay\r\nX-Padding: " +
                          QByteArray(17 * 1024, 'p'))
            << 431 << QStringLiteral("headers_too_large");
        QTest::newRow("case of the header name")
            << QByteArray("POST /echo HTTP/1.1\r\nHost: relay\r\nCONTENT-LENGTH: 999999\r\n\r\n")
            << 413 << QStringLiteral("too_large");
    }
    void refusedRequests() {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, reason);
        Client client(m_guard->serverPort());
        QVERIFY(client.connected());
        client.write(request);
        const Answer answer = client.next(3000);
        QCOMPARE(answer.status, status);
        QVERIFY2(!errorCode(answer).isEmpty(), answer.body.constData());
        QCOMPARE(m_handled, 0);
        QCOMPARE(m_refused->size(), 1);
        QCOMPARE(m_refused->first().first().toString(), reason);
        QVERIFY(client.closedWithin(5000));
    }

    void headersThatNeverEndAreCutOff_data() {
        QTest::addColumn<int>("trickleMs"); // 0: the client sends part and stops
        QTest::newRow("stalled") << 0;
        QTest::newRow("trickled byte by byte") << 40;
    }
    //! Slowloris: a client that keeps a connection busy with headers that never finish, even
    //! while it keeps sending, is answered 408 once the header time is up, and disconnected.
    void headersThatNeverEndAreCutOff() {
        QFETCH(int, trickleMs);
        Client client(m_guard->serverPort());
        QVERIFY(client.connected());
        QElapsedTimer clock;
        clock.start();
        client.write("GET /echo HTTP/1.1\r\nHost: relay\r\n");
        Answer answer;
        if (trickleMs == 0) {
            answer = client.next(timeoutMs * 5);
        } else {
            const QByteArray header = "X-Slow: " + QByteArray(200, 's');
            for (qsizetype i = 0; i < header.size() && answer.status == 0; ++i) {
                client.write(header.mid(i, 1));
                answer = client.next(trickleMs);
            }
        }
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(answer.status, 408);
        QCOMPARE(errorCode(answer), QByteArray("request_timeout"));
        QVERIFY2(elapsed >= timeoutMs - 50, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < timeoutMs * 4, qPrintable(QString::number(elapsed)));
        QCOMPARE(m_handled, 0);
        QCOMPARE(m_refused->size(), 1);
        QCOMPARE(m_refused->first().first().toString(), QStringLiteral("request_timeout"));
        QVERIFY(client.closedWithin(5000));
    }

    void keepAliveRequestsPass_data() {
        QTest::addColumn<int>("pauseMs");
        QTest::addColumn<bool>("pipelined");
        QTest::newRow("back to back") << 0 << false;
        QTest::newRow("pauses shorter than the timeout") << timeoutMs / 2 << false;
        QTest::newRow("pipelined in one write") << 0 << true;
    }
    //! A console's requests on one connection, each finished in time, all pass, however long the
    //! connection lives in total.
    void keepAliveRequestsPass() {
        QFETCH(int, pauseMs);
        QFETCH(bool, pipelined);
        Client client(m_guard->serverPort());
        QVERIFY(client.connected());
        const QList<QByteArray> bodies{"first", QByteArray(maxBody, 'm'), "", "fourth"};
        if (pipelined) {
            QByteArray all;
            for (const QByteArray &body : bodies)
                all += post(body);
            client.write(all);
        }
        for (const QByteArray &body : bodies) {
            if (!pipelined) {
                QTest::qWait(pauseMs);
                // Headers and body in two writes, as clients often send them.
                const QByteArray request = post(body);
                client.write(request.left(request.size() - body.size()));
                QTest::qWait(5);
                client.write(body);
            }
            const Answer answer = client.next();
            QCOMPARE(answer.status, 200);
            QVERIFY2(answer.body.startsWith(
                         QByteArray("got " + QByteArray::number(body.size()) + " bytes")),
                     answer.body.constData());
            QVERIFY(!answer.head.contains("connection: close"));
        }
        QCOMPARE(m_handled, int(bodies.size()));
        QCOMPARE(m_refused->size(), 0);
    }

    void idleConnectionIsClosedQuietly() {
        Client client(m_guard->serverPort());
        QVERIFY(client.connected());
        client.write(post("hello"));
        QCOMPARE(client.next().status, 200);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(client.closedWithin(timeoutMs * 5));
        QVERIFY2(clock.elapsed() >= timeoutMs - 100, qPrintable(QString::number(clock.elapsed())));
        // No 408 for a client that simply had nothing more to ask.
        QCOMPARE(client.unread(), QByteArray());
        QCOMPARE(m_refused->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGuardedTcpServer)
#include "tst_guardedtcpserver.moc"
