// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/databaseurl.h"
#include "core/sync/relayreply.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace Switchboard {

class Database;
class RelayClient;

//! What staff asked the relay to do while the console may be offline: send a message, retry one,
//! edit a customer, change a conversation (assign, close, labels, read), write a note, change an
//! order's status. A command is on disk with its idempotency
//! key before enqueue() returns, so the UI shows "queued" only for a command that survives a
//! crash; it is sent with that same key every time, so a console killed at any moment and
//! started again makes the relay act on it exactly once (the relay answers a repeated key with
//! its first answer).
//!
//! Sending: only while online (setOnline(), from the SyncEngine being live). Commands with the
//! same order key (a conversation, a customer) go one at a time in the order they were made;
//! different keys go side by side, up to maxInFlight(). A command that failed does not hold up
//! the later ones of its key: they go, and the failed one stays with the relay's reason until
//! staff retry() or discard() it, as messaging apps do with a message that did not go.
//!
//! Answers: 2xx finishes the command (commandFinished() with the relay's answer; the row is
//! deleted). 4xx fails it with the relay's code and message and it is never sent again on its
//! own; except 401 (the session ended: the Outbox goes offline, commands stay queued for the
//! next session), 408 and 429 (sent again, after Retry-After for 429). No answer, 5xx and a 502
//! `graph_unreachable` keep it queued and the Outbox waits, doubling the wait up to 30 s with
//! jitter, before sending again. A 502 `meta_error` is Meta's own refusal, which the relay has
//! already retried as Meta advises for transient codes: it fails the command.
//!
//! One SQLite file per relay and tenant (location()), beside the replica, written on the
//! owner's thread: each state change is one small transaction with synchronous=FULL (a commit
//! is on disk when it returns, also against power loss, not only a killed process). Only one
//! Outbox per file sends; others may read it.
class Outbox : public QObject {
    Q_OBJECT
public:
    //! ConversationChange: assign, close, reopen, labels, read. Note: an internal note.
    //! ProductEdit: a product of the menu made, changed, reordered or deleted. OrderEdit: a
    //! manual order made, or an order's items, delivery or notes changed.
    enum class Kind {
        SendMessage,
        RetryMessage,
        CustomerEdit,
        OrderStatus,
        ConversationChange,
        Note,
        ProductEdit,
        OrderEdit
    };
    Q_ENUM(Kind)
    //! A finished command is not in the outbox any more.
    enum class State { Queued, Sending, Failed };
    Q_ENUM(State)

    struct Command {
        qint64 id = 0;
        Kind kind = Kind::SendMessage;
        QString orderKey;
        QByteArray method;
        QString path; //!< under /api/v1
        QJsonObject body;
        QByteArray idempotencyKey;
        State state = State::Queued;
        int attempts = 0; //!< requests started for it, over every run of the console
        //! Failed: the relay's reason. Queued after a transient failure: why it waits.
        RelayError error;
        QDateTime createdAt;

        bool isValid() const { return id > 0; }
    };

    //! Where the outbox of `tenantId` on `relay` lives under `directory`, beside its replica:
    //! `outbox-<tenant>-<first 8 hex of sha256(relay URL)>.sqlite` (see Replica::location()).
    static DatabaseUrl location(const QString &directory, const QUrl &relay,
                                const QString &tenantId);
    //! The DB name of a kind and back ("send_message", …).
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    //! `client` sends every request; it must outlive the Outbox. Offline until setOnline(true).
    Outbox(DatabaseUrl url, RelayClient *client, QString tenantId, QObject *parent = nullptr);
    ~Outbox() override;

    //! Opens (creating when missing) and migrates the file. Commands a previous run left sending
    //! are queued again: they go with the same key, and the relay tells a repeat. A second call
    //! does nothing.
    Status open();
    const DatabaseUrl &url() const { return m_url; }
    const QString &tenantId() const { return m_tenantId; }
    //! "/tenants/<tenant id>" + `rest`: the path of a route of this Outbox's tenant.
    QString tenantPath(const QString &rest) const;

    //! Stores a command (POST, PATCH, PUT or DELETE to `path` under /api/v1) with a new idempotency
    //! key and commits before returning; it is sent when its turn comes. `orderKey` (a conversation
    //! or customer id) orders it after earlier commands with the same key.
    Result<Command> enqueue(Kind kind, const QString &orderKey, const QByteArray &method,
                            const QString &path, const QJsonObject &body);
    //! Staff ask again for a failed command: queued again with its same key (the relay keeps a
    //! key only for a request it accepted, so a refused one may be asked again with it).
    Status retry(qint64 id);
    //! Staff give up on a queued or failed command; one being sent cannot be called back.
    Status discard(qint64 id);

    //! Online: the relay is reachable and the session good (the console's SyncEngine is live).
    //! Going offline lets requests in flight finish and starts no new ones.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    //! Commands not finished, oldest first; only those of `orderKey` when given.
    QList<Command> commands(const QString &orderKey = {});
    //! The command, or an invalid one when it finished or never was.
    Command command(qint64 id);

    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    //! The wait after the first transient failure, doubled for each further one up to maxMs.
    void setRetryDelays(int firstMs, int maxMs);
    //! Requests started since this Outbox was made (for tests and diagnostics).
    int requestsStarted() const { return m_requestsStarted; }

Q_SIGNALS:
    //! Enqueued, sending, queued again (with the reason it waits), failed, retried.
    void commandChanged(const Switchboard::Outbox::Command &command);
    //! The relay accepted it: `answer` is its body (for a message `{"message": Message}`, to put
    //! in place of the queued bubble). The command is no longer in commands().
    void commandFinished(const Switchboard::Outbox::Command &command, const QJsonObject &answer);
    //! Discarded by staff: the UI removes it.
    void commandDiscarded(qint64 id);

private:
    struct InFlight {
        QPointer<RelayReply> reply;
        QString orderKey;
    };

    Result<Command> load(qint64 id);
    Result<QList<Command>> select(const QString &where, const QVariantList &bindings);
    Status write(const QString &sql, const QVariantList &bindings);
    void schedulePump(int delayMs = 0);
    void pump();
    void start(const Command &command);
    void onAnswer(qint64 id, RelayReply *reply);
    //! Queues the command again and holds every send for `delayMs`.
    void requeue(const Command &command, const RelayError &why, int delayMs);
    int nextBackoffMs();

    DatabaseUrl m_url;
    QPointer<RelayClient> m_client;
    QString m_tenantId;
    std::unique_ptr<Database> m_db;
    bool m_online = false;
    int m_maxInFlight = 4;
    int m_firstDelayMs = 500;
    int m_maxDelayMs = 30000;
    int m_failures = 0; //!< transient failures in a row
    qint64 m_holdUntilMs = 0;
    int m_requestsStarted = 0;
    QHash<qint64, InFlight> m_inFlight;
    QTimer m_wake;
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::Outbox::Command)
