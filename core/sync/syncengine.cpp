// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncengine.h"

#include "core/logging.h"
#include "core/sync/eventsink.h"
#include "core/sync/relayclient.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslError>
#include <QWebSocket>

#include <cmath>
#include <utility>

namespace Switchboard {

namespace {
constexpr int closeCodeResume = 4000; // relay-side: StreamFanout::closeCodeResume
} // namespace

SyncEngine::SyncEngine(RelayClient *client, QString tenantId, EventSink *sink, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tenantId(std::move(tenantId))
    , m_sink(sink) {
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncEngine::reconnectNow);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this,
            [this] { Q_EMIT reconnectInChanged(reconnectIn()); });
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_socket && m_socketLive)
            m_socket->ping();
    });
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        const QString silence = m_pingTimeoutMs >= 2000
                                    ? QStringLiteral("%1 seconds").arg(m_pingTimeoutMs / 1000)
                                    : QStringLiteral("%1 ms").arg(m_pingTimeoutMs);
        dropped(QStringLiteral("The relay stopped answering for %1; reconnecting.").arg(silence));
    });
}

SyncEngine::~SyncEngine() {
    m_running = false;
    teardown();
}

void SyncEngine::setBackoff(int baseMs, int capMs) {
    m_baseMs = qMax(1, baseMs);
    m_capMs = qMax(m_baseMs, capMs);
}

void SyncEngine::setPingTimes(int intervalMs, int timeoutMs) {
    m_pingIntervalMs = qMax(1, intervalMs);
    m_pingTimeoutMs = qMax(1, timeoutMs);
}

int SyncEngine::backoffDelayMs(int failure, int baseMs, int capMs, double random) {
    const int exponent = qBound(0, failure - 1, 30);
    const double raw = qMin(double(capMs), double(baseMs) * std::pow(2.0, exponent));
    return qMax(1, int(raw * (0.5 + 0.5 * qBound(0.0, random, 1.0))));
}

void SyncEngine::start() {
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    setState(State::CatchingUp);
    beginCatchUp();
}

void SyncEngine::stop() {
    m_running = false;
    m_resumeAfterApply = false;
    teardown();
    Q_EMIT reconnectInChanged(0);
    if (m_state != State::SignedOut)
        setState(State::Idle);
}

int SyncEngine::reconnectIn() const {
    if (!m_reconnectTimer.isActive())
        return 0;
    return (qMax(0, m_reconnectTimer.remainingTime()) + 999) / 1000;
}

void SyncEngine::beginCatchUp() {
    if (!m_running || !m_client)
        return;
    if (m_applying) {
        // The cursor is only known once the running apply is done.
        m_resumeAfterApply = true;
        return;
    }
    if (m_state == State::Live || m_state == State::Idle)
        setState(State::CatchingUp);
    m_progress = {};
    Q_EMIT progressChanged();
    requestPage(m_sink->cursor());
}

void SyncEngine::requestPage(qint64 after) {
    const quint64 generation = m_generation;
    RelayReply *reply = m_client->events(m_tenantId, after, m_pageSize);
    m_page = reply;
    m_pageArrived = false;
    connect(reply, &RelayReply::finished, this, [this, reply, generation] {
        if (generation == m_generation && m_applying) {
            m_pageArrived = true; // read ahead: handed over once the page before it is stored
            return;
        }
        onPage(reply, generation);
    });
}

void SyncEngine::onPage(RelayReply *reply, quint64 generation) {
    reply->deleteLater();
    if (generation != m_generation)
        return;
    m_page = nullptr;
    if (!reply->ok()) {
        if (reply->error().httpStatus == 401)
            signedOut(reply->error().message);
        else
            dropped(reply->error().message);
        return;
    }
    setState(State::CatchingUp);
    const qint64 cursor = m_sink->cursor();
    QList<QJsonObject> events;
    qint64 last = cursor;
    for (const QJsonValue &value : reply->json().value(QStringLiteral("events")).toArray()) {
        QJsonObject event = value.toObject();
        const qint64 seq = event.value(QStringLiteral("seq")).toInteger();
        if (seq <= last) // never apply twice (or out of order), whatever the page holds
            continue;
        last = seq;
        events.append(std::move(event));
    }
    const bool more = reply->json().value(QStringLiteral("more")).toBool();
    if (events.isEmpty()) {
        openStream();
        return;
    }
    // The relay reads and sends the next page while this one is stored: it starts after this
    // page's last event, which is the cursor once this apply is done. Should the apply fail,
    // dropped() discards it with the connection.
    if (more)
        requestPage(last);
    apply(std::move(events), generation, true, more);
}

void SyncEngine::apply(QList<QJsonObject> events, quint64 generation, bool fromPage, bool more) {
    m_applying = true;
    const qsizetype count = events.size();
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, fromPage, more, count] {
                watcher->deleteLater();
                m_applying = false;
                const QFuture<Status> future = watcher->future();
                const bool ok = future.resultCount() > 0 && future.result().ok();
                if (generation != m_generation) {
                    // Dropped meanwhile: a reconnect that came due waited for this apply.
                    if (std::exchange(m_resumeAfterApply, false))
                        beginCatchUp();
                    return;
                }
                if (!ok) {
                    const QString why = future.resultCount() > 0 ? future.result().error().message
                                                                 : QStringLiteral("no result");
                    dropped(
                        QStringLiteral("The events could not be stored (%1); retrying.").arg(why));
                    return;
                }
                if (!fromPage) {
                    applyPending();
                    return;
                }
                m_progress.applied += count;
                m_progress.more = more;
                Q_EMIT progressChanged();
                if (!more)
                    openStream();
                else if (m_page && m_pageArrived)
                    onPage(m_page, generation);
                // else the page read ahead is still on its way: onPage() runs when it lands
            });
    watcher->setFuture(m_sink->apply(std::move(events)));
}

void SyncEngine::openStream() {
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socketLive = false;
    m_tlsProblem.clear();
    m_queuedSeq = m_sink->cursor();
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::connected, this, [this] {
        m_socketLive = true;
        m_failures = 0;
        m_watchdog.start(m_pingTimeoutMs);
        m_pingTimer.start(m_pingIntervalMs);
        m_progress.more = false;
        Q_EMIT progressChanged();
        setLastError({});
        setOfflineSince({});
        setState(State::Live);
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &SyncEngine::onFrame);
    connect(socket, &QWebSocket::pong, this, [this] { m_watchdog.start(m_pingTimeoutMs); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        const int code = int(socket->closeCode());
        const QString reason =
            code == closeCodeResume
                ? socket->closeReason()
                : QStringLiteral("The relay closed the live stream (%1); reconnecting.")
                      .arg(socket->closeReason().isEmpty() ? QString::number(code)
                                                           : socket->closeReason());
        dropped(reason, code);
    });
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                qCInfo(Log::console).noquote()
                    << "stream of" << m_tenantId << "failed:" << socket->errorString();
                if (socket->error() == QAbstractSocket::SslHandshakeFailedError)
                    dropped(
                        QStringLiteral("The connection to the relay is not secure: %1.")
                            .arg(m_tlsProblem.isEmpty() ? socket->errorString() : m_tlsProblem));
                else if (m_socketLive)
                    dropped(QStringLiteral("The live stream was cut (%1); reconnecting.")
                                .arg(socket->errorString()));
                else
                    dropped(m_client->unreachableMessage());
            });
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList names;
        for (const QSslError &error : errors)
            names << error.errorString();
        m_tlsProblem = names.join(QStringLiteral("; "));
    });
    // Connecting can hang as well as a live socket: the same watchdog covers it.
    m_watchdog.start(m_pingTimeoutMs);
    socket->open(m_client->streamUrl(m_tenantId, m_queuedSeq)); // the URL holds the token: no log
}

void SyncEngine::onFrame(const QString &text) {
    m_watchdog.start(m_pingTimeoutMs);
    Q_EMIT frameArrived();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    const qint64 seq = document.object().value(QStringLiteral("seq")).toInteger();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || seq <= 0) {
        dropped(QStringLiteral("The relay sent something that is not an event; reconnecting."));
        return;
    }
    if (seq <= m_queuedSeq)
        return; // already queued or applied
    m_queuedSeq = seq;
    m_pending.append(document.object());
    applyPending();
}

void SyncEngine::applyPending() {
    if (m_applying || m_pending.isEmpty())
        return;
    apply(std::exchange(m_pending, {}), m_generation, false, false);
}

void SyncEngine::dropped(const QString &reason, int closeCode) {
    if (!m_running)
        return;
    teardown();
    if (closeCode == closeCodeResume) {
        qCInfo(Log::console).noquote() << "stream of" << m_tenantId << "asked to resume:" << reason;
        m_lastDelayMs = 0;
        Q_EMIT resumeRequested(reason);
        beginCatchUp();
        return;
    }
    ++m_failures;
    qCInfo(Log::console).noquote() << "sync of" << m_tenantId << "dropped:" << reason;
    setLastError(reason);
    if (!m_offlineSince.isValid())
        setOfflineSince(QDateTime::currentDateTimeUtc());
    m_lastDelayMs =
        backoffDelayMs(m_failures, m_baseMs, m_capMs, QRandomGenerator::global()->generateDouble());
    setState(m_failures >= 2 ? State::Offline : State::Reconnecting);
    scheduleReconnect(m_lastDelayMs);
}

void SyncEngine::signedOut(const QString &reason) {
    m_running = false;
    m_resumeAfterApply = false;
    teardown();
    setLastError(reason);
    setState(State::SignedOut);
}

void SyncEngine::scheduleReconnect(int delayMs) {
    m_reconnectTimer.start(delayMs);
    m_countdown.start();
    Q_EMIT reconnectInChanged(reconnectIn());
}

void SyncEngine::reconnectNow() {
    m_countdown.stop();
    Q_EMIT reconnectInChanged(0);
    beginCatchUp();
}

void SyncEngine::teardown() {
    ++m_generation;
    if (m_page) {
        m_page->deleteLater(); // cancels the call; a late answer is ignored by generation
        m_page = nullptr;
    }
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_socketLive = false;
    m_pending.clear();
    m_queuedSeq = 0;
    m_pingTimer.stop();
    m_watchdog.stop();
    m_reconnectTimer.stop();
    m_countdown.stop();
}

void SyncEngine::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::setLastError(const QString &error) {
    if (m_lastError == error)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void SyncEngine::setOfflineSince(const QDateTime &since) {
    if (m_offlineSince == since)
        return;
    m_offlineSince = since;
    Q_EMIT offlineSinceChanged();
}

} // namespace Switchboard
