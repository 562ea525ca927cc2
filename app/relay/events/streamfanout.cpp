// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/events/streamfanout.h"

#include "app/relay/events/eventlog.h"
#include "core/logging.h"
#include "core/store/database.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <map>

namespace Switchboard {

namespace {
constexpr int pageSize = 1000;
constexpr int pagesPerPump = 5; // then yield to the event loop

//! One unmasked, final text frame (RFC 6455 section 5.2) around UTF-8 text.
QByteArray textFrame(const QByteArray &text) {
    QByteArray frame;
    const qint64 length = text.size();
    frame.reserve(text.size() + 10);
    frame += char(0x81);
    if (length < 126) {
        frame += char(length);
    } else if (length <= 0xffff) {
        frame += char(126);
        frame += char((length >> 8) & 0xff);
        frame += char(length & 0xff);
    } else {
        frame += char(127);
        for (int shift = 56; shift >= 0; shift -= 8)
            frame += char((length >> shift) & 0xff);
    }
    frame += text;
    return frame;
}
} // namespace

//! One connected console: its socket, tenant, the last seq sent, and the bytes not yet written.
//!
//! Events go out as text frames the fan-out builds once for every client and writes straight to
//! the client's TCP connection: QWebSocket would convert each event to UTF-16 and back and frame
//! it again for every one of a tenant's clients. Frames are whole and written on this thread
//! only, so they interleave correctly with what QWebSocket itself writes (pongs, the close frame).
class StreamClient : public QObject {
public:
    StreamClient(std::unique_ptr<QWebSocket> socket, QTcpSocket *connection, QString tenantId,
                 qint64 cursor)
        : m_socket(std::move(socket))
        , m_connection(connection)
        , tenantId(std::move(tenantId))
        , cursor(cursor) {
        QObject::connect(m_connection, &QTcpSocket::bytesWritten, this,
                         [this](qint64 bytes) { pending = qMax<qint64>(0, pending - bytes); });
        // Pages go out whole (one write each), so Nagle's algorithm only delays them: a frame
        // waited for the client's delayed acknowledgement of the previous one, 20 ms at the
        // median in the stream benchmark, at any load.
        m_connection->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    //! The TCP connection goes too: after the move to this thread it has no parent, and nothing
    //! else deletes it (LeakSanitizer found one per closed stream).
    ~StreamClient() override {
        m_socket.reset(); // first: it may still write its close frame to the connection
        delete m_connection.data();
    }

    QWebSocket *socket() const { return m_socket.get(); }

    //! Writes whole frames, the last of them the event `lastSeq`.
    void send(const QByteArray &frames, qint64 lastSeq) {
        if (m_connection)
            pending += m_connection->write(frames);
        cursor = lastSeq;
    }

private:
    std::unique_ptr<QWebSocket> m_socket;
    QPointer<QTcpSocket> m_connection; // owned: see the destructor

public:
    QString tenantId;
    qint64 cursor = 0;
    qint64 pending = 0;
    bool closing = false;
};

StreamFanout::StreamFanout() = default;

StreamFanout::~StreamFanout() {
    close();
}

Status StreamFanout::open(const DatabaseUrl &url) {
    auto database = Database::open(url);
    if (!database)
        return database.error();
    m_database = std::move(database).value();
    return success();
}

void StreamFanout::close() {
    const auto clients = m_clients.values();
    m_clients.clear();
    m_clientCount = 0;
    for (StreamClient *client : clients)
        delete client;
    m_database.reset();
}

void StreamFanout::add(QWebSocket *raw, QTcpSocket *connection, const QString &tenantId,
                       qint64 after) {
    std::unique_ptr<QWebSocket> socket(raw);
    auto *client = new StreamClient(std::move(socket), connection, tenantId, after);
    if (!m_database) {
        delete client; // closing down
        return;
    }
    m_clients.insert(client->tenantId, client);
    m_clientCount = int(m_clients.size());
    connect(client->socket(), &QWebSocket::disconnected, this, [this, client] { drop(client); });
    qCInfo(Log::stream) << "stream client for" << client->tenantId << "after" << after;
    pump(client->tenantId);
}

void StreamFanout::drop(StreamClient *client) {
    m_clients.remove(client->tenantId, client);
    m_clientCount = int(m_clients.size());
    client->deleteLater();
}

void StreamFanout::tenantsChanged(const QStringList &tenantIds) {
    for (const QString &tenant : tenantIds) {
        if (m_clients.contains(tenant))
            pump(tenant);
    }
}

void StreamFanout::pump(const QString &tenantId) {
    if (!m_database)
        return;
    EventLog log(*m_database);
    bool more = false;
    for (int round = 0; round < pagesPerPump; ++round) {
        // Clients at the same cursor share one read of the log.
        std::map<qint64, QList<StreamClient *>> byCursor;
        for (auto it = m_clients.constFind(tenantId);
             it != m_clients.cend() && it.key() == tenantId; ++it) {
            if (!it.value()->closing)
                byCursor[it.value()->cursor].append(it.value());
        }
        if (byCursor.empty())
            return;
        more = false;
        for (auto &[cursor, clients] : byCursor) {
            auto page = log.page(tenantId, cursor, pageSize);
            if (!page) {
                qCWarning(Log::stream) << "cannot read events:" << page.error().message;
                return;
            }
            if (page->events.empty())
                continue;
            more = more || page->more;
            // Framed once for every client, and written with one call per client: the socket
            // then sends the page with one system call instead of one per event.
            QByteArray frames;
            for (const QByteArray &event : page->events)
                frames += textFrame(event);
            for (StreamClient *client : clients) {
                client->send(frames, page->seqs.back());
                if (client->pending > maxPendingBytes) {
                    client->closing = true;
                    qCInfo(Log::stream) << "closing a slow stream client of" << tenantId;
                    client->socket()->close(QWebSocketProtocol::CloseCode(closeCodeResume),
                                            QStringLiteral("too slow: reconnect with "
                                                           "after=<the last seq you processed>"));
                    // A client that does not even read the close frame is cut off.
                    QTimer::singleShot(5000, client->socket(), &QWebSocket::abort);
                }
            }
        }
        if (!more)
            return;
    }
    // A long backlog: continue after other work had a turn.
    QTimer::singleShot(0, this, [this, tenantId] { pump(tenantId); });
}

} // namespace Switchboard
