// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/streamhub.h"

#include "app/relay/apiaccess.h"
#include "app/relay/eventlog.h"
#include "app/relay/relayserver.h"
#include "core/logging.h"
#include "core/store/database.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QTimer>
#include <QUrlQuery>
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
        m_socket->setParent(nullptr);
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

StreamHub::StreamHub(RelayServer *server, Database *database, ApiAccess *access, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_access(access)
    , m_server(server) {
    // The upgrade happens only when a route matches and its handler writes nothing; a caller
    // who may not read the tenant gets an ordinary error answer instead, and no socket.
    server->route(
        QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/tenants/<arg>/stream"),
        QStringLiteral("/api/v1/tenants/{tid}/stream"),
        [this](const QString &tid, const QHttpServerRequest &request,
               QHttpServerResponder &&responder) {
            auto caller = m_access->authorize(request, tid);
            if (!caller)
                return ApiAccess::errorResponseFor(caller.error()).write(std::move(responder));
            if (request.value(QByteArrayLiteral("Upgrade")).toLower() != "websocket")
                return ApiAccess::errorResponseFor(
                           Error{QStringLiteral("invalid_request"),
                                 QStringLiteral("This route is a WebSocket: send an "
                                                "Upgrade: websocket request.")})
                    .write(std::move(responder));
        });
    connect(&server->http(), &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_server->http().hasPendingWebSocketConnections())
            accept(m_server->http().nextPendingWebSocketConnection().release());
    });
    connect(server, &RelayServer::eventsAppended, this, &StreamHub::tenantsChanged);
}

StreamHub::~StreamHub() {
    const auto clients = m_clients.values();
    for (StreamClient *client : clients)
        delete client;
}

int StreamHub::clientCount() const {
    return int(m_clients.size());
}

void StreamHub::listenForNotifications() {
    if (m_database->backend() != Database::Backend::Postgres)
        return;
    QSqlDriver *driver = m_database->connection().driver();
    if (!driver->subscribeToNotification(QStringLiteral("switchboard_events"))) {
        qCWarning(Log::stream) << "cannot LISTEN for other relays' events";
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                tenantsChanged({payload.toString()});
            });
}

void StreamHub::accept(QWebSocket *raw) {
    std::unique_ptr<QWebSocket> socket(raw);
    // The route already authorised the caller; read the tenant and cursor from the same URL.
    static const QRegularExpression path(QStringLiteral("^/api/v1/tenants/([^/]+)/stream$"));
    const QUrl url = socket->requestUrl();
    const auto match = path.match(url.path());
    auto caller = m_access->authenticate(socket->request().rawHeader("Authorization"), url);
    if (!match.hasMatch() || !caller ||
        !m_access->authorize(*caller, match.captured(1), AccountStore::Role::Staff)) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("forbidden"));
        return;
    }
    bool ok = true;
    const QString afterText = QUrlQuery(url).queryItemValue(QStringLiteral("after"));
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&ok);
    if (!ok || after < 0) {
        socket->close(QWebSocketProtocol::CloseCodeProtocolError,
                      QStringLiteral("after must be a number of 0 or more"));
        return;
    }
    auto *client = new StreamClient(std::move(socket), match.captured(1), after);
    m_clients.insert(client->tenantId, client);
    connect(client->socket(), &QWebSocket::disconnected, this, [this, client] { drop(client); });
    qCInfo(Log::stream) << "stream client for" << client->tenantId << "after" << after;
    pump(client->tenantId);
}

void StreamHub::drop(StreamClient *client) {
    m_clients.remove(client->tenantId, client);
    client->deleteLater();
}

void StreamHub::tenantsChanged(const QStringList &tenantIds) {
    for (const QString &tenant : tenantIds) {
        if (m_clients.contains(tenant))
            pump(tenant);
    }
}

void StreamHub::pump(const QString &tenantId) {
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
