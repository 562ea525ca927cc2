// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/events/streamhub.h"

#include "app/relay/accounts/apiaccess.h"
#include "app/relay/events/eventlog.h"
#include "app/relay/events/streamfanout.h"
#include "app/relay/http/apicall.h"
#include "app/relay/http/guardedtcpserver.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/http/routetable.h"
#include "core/logging.h"
#include "core/store/database.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

namespace Switchboard {

StreamHub::StreamHub(RouteTable &routes, RelayServer *server, Database *database, ApiAccess *access,
                     QString origin, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_access(access)
    , m_server(server)
    , m_origin(std::move(origin))
    , m_fanout(std::make_unique<StreamFanout>()) {
    m_thread.setObjectName(QStringLiteral("stream"));
    // The upgrade happens only when a route matches and its handler writes nothing; a caller
    // who may not read the tenant gets an ordinary error answer instead, and no socket. So this
    // one route is checked and handled on the HTTP thread (one session lookup per connect).
    routes.tenantRoute(
        QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/tenants/{tid}/stream"),
        RouteTable::Role::Staff,
        [](const ApiCall &call) {
            if (call.request().value(QByteArrayLiteral("Upgrade")).toLower() != "websocket")
                call.fail(Error{QStringLiteral("invalid_request"),
                                QStringLiteral("This route is a WebSocket: send "
                                               "an Upgrade: websocket request.")});
        },
        RouteTable::Thread::Http);
    connect(&server->http(), &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_server->http().hasPendingWebSocketConnections())
            accept(m_server->http().nextPendingWebSocketConnection().release());
    });
    connect(server, &RelayServer::eventsAppended, this, &StreamHub::appendedHere);
}

StreamHub::~StreamHub() {
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_fanout.get(), [fanout = m_fanout.get()] { fanout->close(); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Status StreamHub::start() {
    m_fanout->moveToThread(&m_thread);
    m_thread.start();
    Status opened = success();
    QMetaObject::invokeMethod(
        m_fanout.get(),
        [fanout = m_fanout.get(), url = m_database->url(), &opened] { opened = fanout->open(url); },
        Qt::BlockingQueuedConnection);
    return opened;
}

int StreamHub::clientCount() const {
    return m_fanout->clientCount();
}

void StreamHub::tenantsChanged(const QStringList &tenantIds) {
    QMetaObject::invokeMethod(
        m_fanout.get(), [fanout = m_fanout.get(), tenantIds] { fanout->tenantsChanged(tenantIds); },
        Qt::QueuedConnection);
}

void StreamHub::appendedHere(const QStringList &tenantIds) {
    tenantsChanged(tenantIds);
    if (Status told = EventLog(*m_database).announce(tenantIds, m_origin); !told)
        qCWarning(Log::stream) << "cannot tell other relays:" << told.error().message;
}

void StreamHub::listenForNotifications() {
    if (m_database->backend() != Database::Backend::Postgres)
        return;
    QSqlDriver *driver = m_database->connection().driver();
    if (!driver->subscribeToNotification(EventLog::announceChannel())) {
        qCWarning(Log::stream) << "cannot LISTEN for other relays' events";
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                // This relay's own announcements reached its clients already.
                if (auto tenant = EventLog::announcedTenant(payload.toString(), m_origin))
                    tenantsChanged({*tenant});
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
    // The WebSocket moves to the fan-out thread with the connection under it, which is not its
    // child: QtHttpServer 6.4 leaves it a child of the listening server, and QWebSocketServer
    // lets go of it once the handshake is done. The fan-out's client deletes it. The move waits
    // for the queued handshake calls QWebSocketServer may still have posted for this connection
    // (it reads the socket in them).
    QMetaObject::invokeMethod(
        this,
        [this, socket = socket.release(), tenant = match.captured(1), after] {
            QTcpSocket *tcp = connectionOf(*socket);
            if (!tcp) {
                qCWarning(Log::stream) << "no TCP connection found for a stream client";
                socket->abort();
                socket->deleteLater();
                return;
            }
            // QWebSocketServer still answers the connection's `disconnected` with a
            // deleteLater() from this thread, while the fan-out deletes the connection on its
            // own: when the two met, the deletion was posted to a freed connection and the
            // stream thread crashed dispatching it. The fan-out learns of a disconnect from the
            // WebSocket (which follows the connection's state), so the server's handler goes.
            QObject::disconnect(tcp, &QAbstractSocket::disconnected, nullptr, nullptr);
            GuardedTcpServer::release(tcp);
            tcp->setParent(nullptr);
            tcp->moveToThread(&m_thread);
            socket->moveToThread(&m_thread);
            // A console that goes as soon as it came (a sign-out right after the sign-in) can
            // take its connection with it before the fan-out thread gets to it: the guards say
            // so instead of handing the fan-out a freed connection (tst_console crashed there).
            QMetaObject::invokeMethod(
                m_fanout.get(),
                [fanout = m_fanout.get(), socket = QPointer<QWebSocket>(socket),
                 tcp = QPointer<QTcpSocket>(tcp), tenant, after] {
                    if (!socket || !tcp) {
                        delete socket.data();
                        delete tcp.data();
                        return;
                    }
                    fanout->add(socket, tcp, tenant, after);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

QTcpSocket *StreamHub::connectionOf(const QWebSocket &socket) const {
    // QtHttpServer 6.4 leaves an upgraded connection a child of the listening server.
    for (auto *server : m_server->http().servers()) {
        for (QTcpSocket *tcp : server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
            if (tcp->peerPort() == socket.peerPort() &&
                tcp->peerAddress() == socket.peerAddress() &&
                tcp->localPort() == socket.localPort())
                return tcp;
        }
    }
    return nullptr;
}

} // namespace Switchboard
