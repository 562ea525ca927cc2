// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpSocket>

namespace Switchboard::Test {

//! A raw POST /webhook request with the body and extra header lines ("Name: value\r\n…").
inline QByteArray webhookRequest(const QByteArray &body, const QByteArray &extraHeaders) {
    return "POST /webhook HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

//! An HTTP/1.1 client on one keep-alive connection: sends the next request when the answer to
//! the previous one has arrived, as Meta's webhook sender does, and remembers which requests
//! were answered 200. The relay may run on the same thread: nothing here blocks.
class KeepAliveClient : public QObject {
public:
    KeepAliveClient(quint16 port, QList<QByteArray> requests, QObject *parent = nullptr)
        : QObject(parent)
        , m_requests(std::move(requests)) {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { sendNext(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    int answers() const { return int(m_answered.size()); }
    int okAnswers() const { return int(m_answered.count(true)); }
    //! Whether request `index` was answered 200.
    bool acknowledged(qsizetype index) const {
        return index < m_answered.size() && m_answered[index];
    }
    bool finished() const { return m_answered.size() == m_requests.size(); }

private:
    void sendNext() {
        if (m_next < m_requests.size())
            m_socket.write(m_requests[m_next++]);
    }
    void read() {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0
                       : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            m_answered << head.startsWith("http/1.1 200");
            m_buffer.remove(0, end + 4 + length);
            sendNext();
        }
    }

    QTcpSocket m_socket;
    QList<QByteArray> m_requests;
    qsizetype m_next = 0;
    QByteArray m_buffer;
    QList<bool> m_answered;
};

} // namespace Switchboard::Test
