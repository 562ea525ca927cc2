// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QWebSocket;

namespace Switchboard {

class EventSink;
class RelayClient;
class RelayReply;

//! Keeps one tenant's EventSink in step with the relay (ARCHITECTURE.md, "Sync model"): pages
//! through `…/events` from the sink's cursor, then stays live on the tenant's WebSocket stream.
//!
//! What it promises: events reach the sink in seq order, each exactly once, and nothing is
//! skipped: a page or a batch of live frames is handed over only after the previous apply
//! finished OK (meanwhile the next page is read ahead, from after the last event handed over),
//! and every resumption starts from the sink's cursor. On any drop (socket error or close, a
//! failed page, a failed apply) it reconnects with exponential backoff and jitter; the relay's
//! close 4000 ("reconnect with after=…", sent to a client that fell behind) is followed at once.
//! A socket that goes silent is declared dead by a ping timeout, not by waiting for TCP. A 401
//! stops it (SignedOut): the RelayClient's sessionEnded() takes the console to sign-in.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,         //!< not started, or stopped
        CatchingUp,   //!< reading pages of events (progress())
        Live,         //!< on the stream: new events arrive as they happen
        Reconnecting, //!< dropped once; the next attempt is in reconnectIn() s
        Offline,      //!< the retries failed too (the relay is away); still retrying
        SignedOut,    //!< the relay refused the token; stopped until a new start()
    };
    Q_ENUM(State)

    //! Catch-up progress. The contract gives no newest seq, so the total is unknown: `more`
    //! says whether the relay has further pages.
    struct Progress {
        qint64 applied = 0; //!< events applied since this catch-up began
        bool more = false;
    };

    //! The client, sink and engine live on one thread; the sink outlives the engine.
    SyncEngine(RelayClient *client, QString tenantId, EventSink *sink, QObject *parent = nullptr);
    ~SyncEngine() override;

    //! Reconnect delays: base * 2^(n-1) for the n-th failure in a row, capped, with jitter.
    void setBackoff(int baseMs, int capMs);
    //! A ping every intervalMs; the socket is dead when nothing (pong or frame) came in timeoutMs.
    void setPingTimes(int intervalMs, int timeoutMs);
    //! Events per catch-up page (the contract's maximum by default).
    void setPageSize(int limit) { m_pageSize = limit; }

    void start();
    //! Closes the stream and stops retrying (state Idle, or stays SignedOut).
    void stop();

    State state() const { return m_state; }
    Progress progress() const { return m_progress; }
    //! When the engine last lost the relay; invalid while live.
    QDateTime offlineSince() const { return m_offlineSince; }
    //! Why the engine is not live, as a sentence; empty while live.
    QString lastError() const { return m_lastError; }
    //! Whole seconds until the next attempt (rounded up); 0 when none is waiting.
    int reconnectIn() const;
    //! Failures in a row since the engine was last live (what the next delay grows with).
    int failures() const { return m_failures; }
    //! The delay chosen for the last scheduled reconnect (0 for a 4000 close), ms.
    int lastDelayMs() const { return m_lastDelayMs; }

    //! The backoff for the `failure`-th failure in a row, `random` in [0, 1): base * 2^(n-1)
    //! capped at cap, then spread over [0.5, 1] of that so consoles do not reconnect in step.
    static int backoffDelayMs(int failure, int baseMs, int capMs, double random);

Q_SIGNALS:
    void stateChanged(Switchboard::SyncEngine::State state);
    void progressChanged();
    void offlineSinceChanged();
    void lastErrorChanged();
    //! Each second while a reconnect waits, and when it is scheduled or done.
    void reconnectInChanged(int seconds);
    //! A frame came in on the live stream, before it is read (latency measurements).
    void frameArrived();
    //! The relay closed the stream with 4000 and the engine resumed at once.
    void resumeRequested(const QString &reason);

private:
    void beginCatchUp();
    void requestPage(qint64 after);
    void onPage(RelayReply *reply, quint64 generation);
    void openStream();
    void onFrame(const QString &text);
    void applyPending();
    void apply(QList<QJsonObject> events, quint64 generation, bool fromPage, bool more);
    void dropped(const QString &reason, int closeCode = 0);
    void signedOut(const QString &reason);
    void scheduleReconnect(int delayMs);
    void reconnectNow();
    void teardown();
    void setState(State state);
    void setLastError(const QString &error);
    void setOfflineSince(const QDateTime &since);

    QPointer<RelayClient> m_client;
    QString m_tenantId;
    EventSink *m_sink;
    State m_state = State::Idle;
    Progress m_progress;
    QDateTime m_offlineSince;
    QString m_lastError;

    int m_baseMs = 1000;
    int m_capMs = 30000;
    int m_pingIntervalMs = 10000;
    int m_pingTimeoutMs = 30000;
    int m_pageSize = 5000;

    bool m_running = false;
    //! Bumped on every teardown: answers of an earlier connection are ignored.
    quint64 m_generation = 0;
    QPointer<RelayReply> m_page;
    bool m_pageArrived = false; //!< m_page answered while the page before it was being stored
    QWebSocket *m_socket = nullptr;
    bool m_socketLive = false;
    QString m_tlsProblem; //!< what sslErrors() named, for the error that follows
    //! Live frames waiting for the running apply; the highest seq queued so far.
    QList<QJsonObject> m_pending;
    qint64 m_queuedSeq = 0;
    bool m_applying = false;
    //! A reconnect came due while an apply ran: resume once it is done, from its cursor.
    bool m_resumeAfterApply = false;

    int m_failures = 0;
    int m_lastDelayMs = 0;
    QTimer m_reconnectTimer;
    QTimer m_countdown;
    QElapsedTimer m_reconnectClock;
    QTimer m_pingTimer;
    QTimer m_watchdog;
};

} // namespace Switchboard
