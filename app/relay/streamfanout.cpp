// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/streamfanout.h"

#include "app/relay/eventlog.h"
#include "core/logging.h"
#include "core/store/database.h"

#include <QTimer>
#include <QWebSocket>

#include <map>

namespace Switchboard {

namespace {
constexpr int pageSize = 1000;
constexpr int pagesPerPump = 5; // then yield to the event loop
} // namespace

//! One connected console: its socket, tenant, the last seq sent, and the bytes not yet written.
class StreamClient : public QObject {
public:
    StreamClient(std::unique_ptr<QWebSocket> socket, QString tenantId, qint64 cursor)
        : m_socket(std::move(socket))
        , tenantId(std::move(tenantId))
        , cursor(cursor) {
        QObject::connect(m_socket.get(), &QWebSocket::bytesWritten, this,
                         [this](qint64 bytes) { pending = qMax<qint64>(0, pending - bytes); });
    }

    QWebSocket *socket() const { return m_socket.get(); }

    void send(const QString &eventJson, qint64 seq) {
        pending += m_socket->sendTextMessage(eventJson);
        cursor = seq;
    }

private:
    std::unique_ptr<QWebSocket> m_socket;

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

void StreamFanout::add(QWebSocket *raw, const QString &tenantId, qint64 after) {
    std::unique_ptr<QWebSocket> socket(raw);
    auto *client = new StreamClient(std::move(socket), tenantId, after);
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
            // Decoded once for every client (QWebSocket takes text frames as QString).
            QStringList texts;
            texts.reserve(qsizetype(page->events.size()));
            for (const QByteArray &event : page->events)
                texts << QString::fromUtf8(event);
            for (StreamClient *client : clients) {
                for (size_t i = 0; i < page->events.size(); ++i)
                    client->send(texts[qsizetype(i)], page->seqs[i]);
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
