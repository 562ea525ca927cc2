// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/http/guardedtcpserver.h"

#include "core/logging.h"

#include <QTcpSocket>
#include <QTimer>

namespace Switchboard {

namespace {

constexpr qsizetype maxHeaderBytes = 16 * 1024;
constexpr int lingerMs = 2000;

//! Follows request boundaries on one connection. It relies on QHttpServer consuming everything a
//! readyRead makes available, so each readyRead shows this watcher only new bytes.
class ConnectionWatcher : public QObject {
public:
    ConnectionWatcher(GuardedTcpServer *server, QTcpSocket *socket, qint64 maxBody, int timeoutMs)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
        , m_maxBody(maxBody)
        , m_timer(this) {
        m_timer.setSingleShot(true);
        m_timer.setInterval(timeoutMs);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionWatcher::timedOut);
        m_timer.start();
        // Connected before QHttpServer takes the socket, so this runs first on every readyRead.
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionWatcher::inspect);
    }

private:
    void inspect() {
        if (m_closing) {
            m_socket->readAll();
            return;
        }
        QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        qsizetype offset = 0;
        while (offset < fresh.size()) {
            if (m_bodyRemaining > 0) {
                const qint64 take = qMin<qint64>(m_bodyRemaining, fresh.size() - offset);
                m_bodyRemaining -= take;
                offset += take;
                if (m_bodyRemaining == 0)
                    m_timer.start(); // now idle until the next request
                continue;
            }
            if (m_headers.isEmpty())
                m_timer.start(); // a new request begins: its whole arrival is timed
            m_headers += fresh.mid(offset);
            offset = fresh.size();
            const qsizetype end = m_headers.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_headers.size() > maxHeaderBytes)
                    refuse(431, "headers_too_large");
                return;
            }
            const QByteArray block = m_headers.left(end);
            const QByteArray rest = m_headers.mid(end + 4);
            m_headers.clear();
            qint64 length = 0;
            bool chunked = false;
            for (const QByteArray &line : block.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length") {
                    bool ok = false;
                    length = value.toLongLong(&ok);
                    if (!ok || length < 0) {
                        refuse(400, "bad_content_length");
                        return;
                    }
                } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                refuse(411, "chunked_body");
                return;
            }
            if (length > m_maxBody) {
                refuse(413, "too_large");
                return;
            }
            m_bodyRemaining = length;
            // What followed the headers in this read is body (or the next pipelined request).
            fresh = rest;
            offset = 0;
            if (m_bodyRemaining == 0)
                m_timer.start();
        }
    }

    //! The timer runs from a request's first byte to its last (a slow trickle of headers or body is
    //! refused 408) and while the connection is idle (then it is closed quietly).
    void timedOut() {
        if (m_headers.isEmpty() && m_bodyRemaining == 0) {
            m_socket->disconnectFromHost();
            return;
        }
        refuse(408, "request_timeout");
    }

    void refuse(int status, const char *reason) {
        m_closing = true;
        m_timer.stop();
        m_socket->readAll(); // QHttpServer must not see a request we refuse
        const char *text = status == 413   ? "Payload Too Large"
                           : status == 411 ? "Length Required"
                           : status == 431 ? "Request Header Fields Too Large"
                           : status == 408 ? "Request Timeout"
                                           : "Bad Request";
        const QByteArray message =
            status == 413   ? QByteArray("The request body is larger than SWITCHBOARD_MAX_BODY.")
            : status == 411 ? QByteArray("Send the body with a Content-Length.")
            : status == 431 ? QByteArray("The request headers are too large.")
            : status == 408 ? QByteArray("The request headers did not arrive in time.")
                            : QByteArray("The Content-Length header is not a number.");
        const QByteArray code =
            status == 413 ? QByteArray("payload_too_large") : QByteArray(reason);
        const QByteArray body =
            "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + text +
                        "\r\nContent-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        // Lingering close: a client still sending the refused body would otherwise get a reset
        // instead of reading the answer. What it sends is discarded (see inspect()).
        QTimer::singleShot(lingerMs, m_socket,
                           [socket = m_socket] { socket->disconnectFromHost(); });
        qCInfo(Log::http) << "refused a request:" << reason;
        Q_EMIT m_server->refused(QString::fromLatin1(reason));
    }

    GuardedTcpServer *m_server;
    QTcpSocket *m_socket;
    qint64 m_maxBody;
    QTimer m_timer;
    QByteArray m_headers;
    qint64 m_bodyRemaining = 0;
    bool m_closing = false;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBody, int headerTimeoutMs, QObject *parent)
    : QTcpServer(parent)
    , m_maxBody(maxBody)
    , m_headerTimeoutMs(headerTimeoutMs) {}

void GuardedTcpServer::release(QTcpSocket *socket) {
    for (QObject *child : socket->children()) {
        if (dynamic_cast<ConnectionWatcher *>(child))
            delete child;
    }
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new ConnectionWatcher(this, socket, m_maxBody, m_headerTimeoutMs);
    addPendingConnection(socket);
}

} // namespace Switchboard
