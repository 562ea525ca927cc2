// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QtEndian>

#include <memory>
#include <optional>

namespace Switchboard::Test {

//! The URL of a tenant's event stream with the token as a query parameter (as consoles send it).
inline QUrl streamUrl(quint16 port, const QString &tenantId, const QString &token, qint64 after) {
    QUrl url(QStringLiteral("ws://127.0.0.1:%1/api/v1/tenants/%2/stream").arg(port).arg(tenantId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    if (!token.isEmpty())
        query.addQueryItem(QStringLiteral("access_token"), token);
    url.setQuery(query);
    return url;
}

//! A console's stream connection as the consoles make it: a real QWebSocket that keeps every
//! event it receives, in arrival order, with the time each arrived.
//!
//! The relay runs on the test's thread, so waiting on it means spinning the event loop
//! (QTRY_*, QTest::qWait), never a blocking socket wait.
class StreamConsole {
public:
    StreamConsole(quint16 port, QString tenantId, QString token)
        : m_port(port)
        , m_tenantId(std::move(tenantId))
        , m_token(std::move(token)) {
        m_clock.start();
    }
    ~StreamConsole() {
        if (m_socket)
            QObject::disconnect(m_socket.get(), nullptr, nullptr, nullptr);
    }
    StreamConsole(const StreamConsole &) = delete;
    StreamConsole &operator=(const StreamConsole &) = delete;

    void open(qint64 after) {
        m_socket = std::make_unique<QWebSocket>();
        QWebSocket *socket = m_socket.get();
        QObject::connect(socket, &QWebSocket::connected, socket, [this] { ++m_connects; });
        QObject::connect(socket, &QWebSocket::disconnected, socket, [this] { ++m_disconnects; });
        QObject::connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
                         socket, [this] { ++m_errors; });
        QObject::connect(
            socket, &QWebSocket::textMessageReceived, socket, [this](const QString &text) {
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
                if (error.error != QJsonParseError::NoError || !document.isObject())
                    ++m_malformed;
                events.append(document.object());
                arrivalsMs.append(m_clock.elapsed());
            });
        socket->open(streamUrl(m_port, m_tenantId, m_token, after));
    }

    QWebSocket *socket() const { return m_socket.get(); }
    bool isConnected() const {
        return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    }
    int connects() const { return m_connects; }
    int disconnects() const { return m_disconnects; }
    int errors() const { return m_errors; }
    int malformed() const { return m_malformed; }
    qint64 lastSeq() const {
        return events.isEmpty() ? 0 : events.last().value(QStringLiteral("seq")).toInteger();
    }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    QList<QJsonObject> events; //!< every text frame, parsed
    QList<qint64> arrivalsMs;  //!< when each arrived, on elapsedMs()'s clock

private:
    quint16 m_port;
    QString m_tenantId;
    QString m_token;
    std::unique_ptr<QWebSocket> m_socket;
    QElapsedTimer m_clock;
    int m_connects = 0;
    int m_disconnects = 0;
    int m_errors = 0;
    int m_malformed = 0;
};

//! A WebSocket client made by hand on a QTcpSocket, so that it can stop reading: a console on a
//! stalled network. Qt's read buffer is kept tiny, so what the relay sends piles up in the
//! kernel and then in the relay's own queue.
class RawStreamSocket {
public:
    struct Frame {
        int opcode = 0;
        QByteArray payload;
    };

    //! Connects and sends the upgrade request for `target` (path and query).
    RawStreamSocket(quint16 port, const QString &target) {
        m_socket.setReadBufferSize(4096);
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this, port, target] {
            m_socket.write("GET " + target.toUtf8() +
                           " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                           "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n");
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    //! Waits for the answer's head (status line and headers); empty when none came in time.
    QByteArray waitForResponseHead(int timeoutMs = 5000) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            m_buffer += m_socket.read(4096);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = m_buffer.left(end);
                m_buffer.remove(0, end + 4);
                return head;
            }
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                break;
            QTest::qWait(10);
        }
        return {};
    }

    //! Starts reading again and collects frames until a close frame arrives, the relay closes the
    //! connection, or `timeoutMs` passes.
    void drain(int timeoutMs) {
        m_socket.setReadBufferSize(0);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs && !m_close) {
            m_buffer += m_socket.readAll();
            parseFrames();
            if (m_close || m_socket.state() == QAbstractSocket::UnconnectedState)
                break;
            QTest::qWait(5);
        }
        m_buffer += m_socket.readAll();
        parseFrames();
    }

    //! Answers the relay's close frame as a client must: a masked close frame, code 1000.
    void answerClose() {
        const char mask[4] = {0x11, 0x22, 0x33, 0x44};
        QByteArray frame;
        frame.append(char(0x88)); // FIN, close
        frame.append(char(0x82)); // masked, 2 bytes of payload
        frame.append(mask, 4);
        frame.append(char(0x03 ^ mask[0])); // 1000, big-endian
        frame.append(char(0xe8 ^ mask[1]));
        m_socket.write(frame);
    }

    bool serverClosedConnection() const {
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }
    //! The close frame's code and reason, when one arrived.
    std::optional<std::pair<int, QString>> closeFrame() const { return m_close; }
    //! Every complete text message, parsed.
    const QList<QJsonObject> &events() const { return m_events; }
    qint64 bytesReceived() const { return m_received; }

private:
    void parseFrames() {
        for (;;) {
            if (m_buffer.size() < 2)
                return;
            const auto byte0 = quint8(m_buffer[0]);
            const auto byte1 = quint8(m_buffer[1]);
            qsizetype header = 2;
            quint64 length = byte1 & 0x7f;
            if (length == 126) {
                if (m_buffer.size() < 4)
                    return;
                length = qFromBigEndian<quint16>(m_buffer.constData() + 2);
                header = 4;
            } else if (length == 127) {
                if (m_buffer.size() < 10)
                    return;
                length = qFromBigEndian<quint64>(m_buffer.constData() + 2);
                header = 10;
            }
            if (byte1 & 0x80)
                header += 4; // a masked frame: servers must not send these; the length still holds
            if (quint64(m_buffer.size()) < header + length)
                return;
            const QByteArray payload = m_buffer.mid(header, qsizetype(length));
            m_received += header + qsizetype(length);
            m_buffer.remove(0, header + qsizetype(length));
            const int opcode = byte0 & 0x0f;
            const bool fin = byte0 & 0x80;
            if (opcode == 0x8) {
                const int code =
                    payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 1005;
                m_close = std::make_pair(code, QString::fromUtf8(payload.mid(2)));
                return;
            }
            if (opcode == 0x1 || opcode == 0x0) {
                m_message += payload;
                if (fin) {
                    m_events.append(QJsonDocument::fromJson(m_message).object());
                    m_message.clear();
                }
            }
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_message;
    QList<QJsonObject> m_events;
    std::optional<std::pair<int, QString>> m_close;
    qint64 m_received = 0;
};

} // namespace Switchboard::Test
