// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/outbox.h"

#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/migrator.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initOutboxMigrations() {
    Q_INIT_RESOURCE(outbox_migrations);
}

namespace Switchboard {

namespace {

Outbox::State stateFromName(const QString &name) {
    if (name == QLatin1String("sending"))
        return Outbox::State::Sending;
    if (name == QLatin1String("failed"))
        return Outbox::State::Failed;
    return Outbox::State::Queued;
}

const QString columns = QStringLiteral(
    "id, kind, order_key, method, path, body, idempotency_key, state, attempts, error_status, "
    "error_code, error_message, created_at");

QString tr(const char *text) {
    return QCoreApplication::translate("Switchboard::Outbox", text);
}

Error closedError() {
    return Error{QStringLiteral("outbox_closed"), tr("The outbox is not open.")};
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

//! What an answer means for a command.
enum class Verdict { Done, Failed, SessionEnded, RetryAfter, BackOff };

Verdict verdictFor(const RelayReply &reply) {
    if (reply.ok())
        return Verdict::Done;
    const RelayError &error = reply.error();
    const int status = error.httpStatus;
    if (status == 0)
        return Verdict::BackOff; // no answer: unreachable, timed out, or TLS not trusted (yet)
    if (status == 401)
        return Verdict::SessionEnded;
    if (status == 429)
        return Verdict::RetryAfter;
    if (status == 408)
        return Verdict::BackOff;
    // Meta refused, after the relay's own retries of Meta's transient codes: asking again
    // unchanged would be the blind retry Meta warns against.
    if (status == 502 && error.code == QLatin1String("meta_error"))
        return Verdict::Failed;
    if (status >= 500)
        return Verdict::BackOff;
    return Verdict::Failed;
}

} // namespace

DatabaseUrl Outbox::location(const QString &directory, const QUrl &relay, const QString &tenantId) {
    // The replica's name with the other prefix: the same normalisation of the relay's URL and
    // the tenant id, so the two files of one tenant sit side by side.
    DatabaseUrl url = Replica::location(directory, relay, tenantId);
    const QFileInfo replica(url.sqlitePath);
    url.sqlitePath = replica.dir().filePath(QStringLiteral("outbox") +
                                            replica.fileName().mid(int(qstrlen("replica"))));
    return url;
}

QString Outbox::kindName(Kind kind) {
    switch (kind) {
    case Kind::SendMessage:
        return QStringLiteral("send_message");
    case Kind::RetryMessage:
        return QStringLiteral("retry_message");
    case Kind::CustomerEdit:
        return QStringLiteral("customer_edit");
    case Kind::OrderStatus:
        return QStringLiteral("order_status");
    case Kind::ConversationChange:
        return QStringLiteral("conversation_change");
    case Kind::Note:
        return QStringLiteral("note");
    case Kind::ProductEdit:
        return QStringLiteral("product_edit");
    case Kind::OrderEdit:
        return QStringLiteral("order_edit");
    }
    return {};
}

std::optional<Outbox::Kind> Outbox::kindFromName(const QString &name) {
    for (Kind kind : {Kind::SendMessage, Kind::RetryMessage, Kind::CustomerEdit, Kind::OrderStatus,
                      Kind::ConversationChange, Kind::Note, Kind::ProductEdit, Kind::OrderEdit}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

Outbox::Outbox(DatabaseUrl url, RelayClient *client, QString tenantId, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_client(client)
    , m_tenantId(std::move(tenantId)) {
    qRegisterMetaType<Command>();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &Outbox::pump);
}

Outbox::~Outbox() {
    // Requests in flight are cancelled; their commands stay "sending" on disk and the next
    // open() sends them again with their keys.
    for (const InFlight &flight : std::as_const(m_inFlight))
        delete flight.reply.data();
    m_inFlight.clear();
}

Status Outbox::open() {
    if (m_db)
        return success();
    auto database = Database::open(m_url);
    if (!database)
        return database.error();
    initOutboxMigrations();
    auto migrations = Migrator::load(QStringLiteral(":/migrations/outbox"));
    if (!migrations)
        return migrations.error();
    Migrator migrator(**database, std::move(migrations).value());
    if (auto applied = migrator.migrate(); !applied)
        return applied.error();
    m_db = std::move(database).value();
    // A request of a previous run may or may not have reached the relay: it goes again with the
    // same key, and the relay answers a repeat with its first answer.
    int count = 0;
    {
        auto resumed = m_db->query(QStringLiteral(
            "UPDATE commands SET state = 'queued' WHERE state = 'sending' RETURNING id"));
        if (!resumed)
            return resumed.error();
        while ((*resumed)->next())
            ++count;
    }
    if (count > 0)
        qCInfo(Log::console) << "outbox: resending" << count << "command(s) of an earlier run";
    schedulePump();
    return success();
}

QString Outbox::tenantPath(const QString &rest) const {
    return QStringLiteral("/tenants/") + QString::fromLatin1(QUrl::toPercentEncoding(m_tenantId)) +
           rest;
}

Result<Outbox::Command> Outbox::enqueue(Kind kind, const QString &orderKey,
                                        const QByteArray &method, const QString &path,
                                        const QJsonObject &body) {
    if (!m_db)
        return closedError();
    if (method != "POST" && method != "PATCH" && method != "PUT" && method != "DELETE")
        return Error{QStringLiteral("invalid_command"),
                     tr("The outbox sends only POST, PATCH, PUT and DELETE requests.")};
    if (!path.startsWith(QLatin1Char('/')))
        return Error{QStringLiteral("invalid_command"),
                     tr("A command's path starts with a slash (under /api/v1).")};
    Command command;
    command.kind = kind;
    command.orderKey = orderKey;
    command.method = method;
    command.path = path;
    command.body = body;
    command.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    command.state = State::Queued;
    command.createdAt = QDateTime::currentDateTimeUtc();
    {
        // One statement in autocommit, committed when the statement is reset at the end of this
        // block: on disk (synchronous=FULL) before the command is announced or returned.
        auto inserted = m_db->query(
            QStringLiteral(
                "INSERT INTO commands (kind, order_key, method, path, body, "
                "idempotency_key, state, created_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', "
                "?) RETURNING id"),
            {kindName(kind), orderKey, QString::fromLatin1(method), path,
             QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
             QString::fromLatin1(command.idempotencyKey),
             command.createdAt.toString(Qt::ISODateWithMs)});
        if (!inserted)
            return inserted.error();
        (*inserted)->next();
        command.id = (*inserted)->value(0).toLongLong();
    }
    qCDebug(Log::console) << "outbox: queued" << command.id << kindName(kind);
    Q_EMIT commandChanged(command);
    schedulePump();
    return command;
}

Status Outbox::retry(qint64 id) {
    auto found = load(id);
    if (!found)
        return found.error();
    if (found->state != State::Failed)
        return Error{QStringLiteral("not_failed"),
                     tr("Only a command that failed can be retried.")};
    if (auto done = write(QStringLiteral("UPDATE commands SET state = 'queued', error_status = 0, "
                                         "error_code = '', error_message = '' WHERE id = ?"),
                          {id});
        !done)
        return done;
    Command command = *found;
    command.state = State::Queued;
    command.error = {};
    Q_EMIT commandChanged(command);
    schedulePump();
    return success();
}

Status Outbox::discard(qint64 id) {
    auto found = load(id);
    if (!found)
        return found.error();
    if (m_inFlight.contains(id))
        return Error{QStringLiteral("command_in_flight"),
                     tr("The command is being sent and can no longer be called back.")};
    if (auto done = write(QStringLiteral("DELETE FROM commands WHERE id = ?"), {id}); !done)
        return done;
    Q_EMIT commandDiscarded(id);
    schedulePump();
    return success();
}

void Outbox::setOnline(bool online) {
    if (m_online == online)
        return;
    m_online = online;
    if (online) {
        // A fresh connection: whatever made the relay unreachable is over.
        m_failures = 0;
        m_holdUntilMs = 0;
        schedulePump();
    } else {
        m_wake.stop();
    }
}

void Outbox::setRetryDelays(int firstMs, int maxMs) {
    m_firstDelayMs = qMax(1, firstMs);
    m_maxDelayMs = qMax(m_firstDelayMs, maxMs);
}

QList<Outbox::Command> Outbox::commands(const QString &orderKey) {
    auto rows = orderKey.isNull() ? select(QStringLiteral("1 = 1"), {})
                                  : select(QStringLiteral("order_key = ?"), {orderKey});
    if (!rows) {
        qCWarning(Log::console) << "outbox: cannot read commands:" << rows.error().message;
        return {};
    }
    return *rows;
}

Outbox::Command Outbox::command(qint64 id) {
    auto found = load(id);
    return found ? *found : Command();
}

Result<Outbox::Command> Outbox::load(qint64 id) {
    auto rows = select(QStringLiteral("id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{QStringLiteral("not_found"), tr("The outbox has no such command.")};
    return rows->first();
}

Result<QList<Outbox::Command>> Outbox::select(const QString &where, const QVariantList &bindings) {
    if (!m_db)
        return closedError();
    auto q = m_db->query(
        QStringLiteral("SELECT %1 FROM commands WHERE %2 ORDER BY id").arg(columns, where),
        bindings);
    if (!q)
        return q.error();
    QList<Command> found;
    while ((*q)->next()) {
        const QSqlQuery &row = **q;
        Command c;
        c.id = row.value(0).toLongLong();
        c.kind = kindFromName(row.value(1).toString()).value_or(Kind::SendMessage);
        c.orderKey = row.value(2).toString();
        c.method = row.value(3).toString().toLatin1();
        c.path = row.value(4).toString();
        c.body = QJsonDocument::fromJson(row.value(5).toString().toUtf8()).object();
        c.idempotencyKey = row.value(6).toString().toLatin1();
        c.state = stateFromName(row.value(7).toString());
        c.attempts = row.value(8).toInt();
        c.error.httpStatus = row.value(9).toInt();
        c.error.code = row.value(10).toString();
        c.error.message = row.value(11).toString();
        c.createdAt = QDateTime::fromString(row.value(12).toString(), Qt::ISODateWithMs);
        found << c;
    }
    return found;
}

Status Outbox::write(const QString &sql, const QVariantList &bindings) {
    if (!m_db)
        return closedError();
    auto done = m_db->query(sql, bindings);
    if (!done)
        return done.error();
    return success();
}

void Outbox::schedulePump(int delayMs) {
    if (!m_online || !m_db)
        return;
    const qint64 wait = qMax<qint64>(delayMs, m_holdUntilMs - nowMs());
    if (m_wake.isActive() && m_wake.remainingTime() <= wait)
        return;
    m_wake.start(int(qMax<qint64>(0, wait)));
}

void Outbox::pump() {
    if (!m_online || !m_db || !m_client)
        return;
    if (const qint64 wait = m_holdUntilMs - nowMs(); wait > 0) {
        m_wake.start(int(wait));
        return;
    }
    if (m_inFlight.size() >= m_maxInFlight)
        return;
    auto pending = select(QStringLiteral("state = 'queued' OR state = 'sending'"), {});
    if (!pending) {
        qCWarning(Log::console) << "outbox: cannot read commands:" << pending.error().message;
        return;
    }
    QSet<QString> busy;
    for (const InFlight &flight : std::as_const(m_inFlight))
        busy.insert(flight.orderKey);
    for (const Command &command : std::as_const(*pending)) {
        if (m_inFlight.size() >= m_maxInFlight)
            break;
        if (busy.contains(command.orderKey))
            continue; // the earlier command of its key is on its way
        busy.insert(command.orderKey);
        if (command.state == State::Queued)
            start(command);
    }
}

void Outbox::start(const Command &queued) {
    // On disk before the request leaves: a console killed from here on knows the relay may
    // have it (and sends it again with the same key).
    if (auto done = write(QStringLiteral("UPDATE commands SET state = 'sending', attempts = "
                                         "attempts + 1 WHERE id = ?"),
                          {queued.id});
        !done) {
        qCWarning(Log::console) << "outbox: cannot mark command" << queued.id
                                << "as sending:" << done.error().message;
        return;
    }
    Command command = queued;
    command.state = State::Sending;
    ++command.attempts;
    RelayReply *reply = command.method == "PATCH" ? m_client->patch(command.path, command.body)
                        : command.method == "PUT" ? m_client->put(command.path, command.body)
                        : command.method == "DELETE"
                            ? m_client->remove(command.path)
                            : m_client->post(command.path, command.body, command.idempotencyKey);
    reply->setParent(this);
    ++m_requestsStarted;
    m_inFlight.insert(command.id, InFlight{reply, command.orderKey});
    connect(reply, &RelayReply::finished, this,
            [this, id = command.id, reply] { onAnswer(id, reply); });
    Q_EMIT commandChanged(command);
}

void Outbox::onAnswer(qint64 id, RelayReply *reply) {
    reply->deleteLater();
    m_inFlight.remove(id);
    auto found = load(id);
    if (!found) {
        qCWarning(Log::console) << "outbox: command" << id
                                << "answered but gone:" << found.error().message;
        schedulePump();
        return;
    }
    Command command = *found;
    const RelayError &error = reply->error();
    switch (verdictFor(*reply)) {
    case Verdict::Done:
        m_failures = 0;
        if (auto done = write(QStringLiteral("DELETE FROM commands WHERE id = ?"), {id}); !done) {
            // Still "sending" on disk: sent again (harmlessly, same key) when reopened.
            qCWarning(Log::console)
                << "outbox: cannot remove finished command" << id << ":" << done.error().message;
        }
        qCDebug(Log::console) << "outbox: command" << id << "done";
        Q_EMIT commandFinished(command, reply->json());
        break;
    case Verdict::Failed:
        (void)write(QStringLiteral("UPDATE commands SET state = 'failed', error_status = ?, "
                                   "error_code = ?, error_message = ? WHERE id = ?"),
                    {error.httpStatus, error.code, error.message, id});
        command.state = State::Failed;
        command.error = error;
        qCInfo(Log::console) << "outbox: command" << id << "failed with" << error.httpStatus
                             << error.code;
        Q_EMIT commandChanged(command);
        break;
    case Verdict::SessionEnded:
        // Kept for the next session; the console signs in again and goes online.
        requeue(command, error, 0);
        setOnline(false);
        return;
    case Verdict::RetryAfter:
        requeue(command, error, qMax(1, error.retryAfterSeconds) * 1000);
        break;
    case Verdict::BackOff:
        requeue(command, error, nextBackoffMs());
        break;
    }
    schedulePump();
}

void Outbox::requeue(const Command &sent, const RelayError &why, int delayMs) {
    // The reason it waits is kept for the UI ("the relay cannot be reached").
    (void)write(
        QStringLiteral("UPDATE commands SET state = 'queued', error_status = ?, error_code = "
                       "?, error_message = ? WHERE id = ?"),
        {why.httpStatus, why.code, why.message, sent.id});
    Command command = sent;
    command.state = State::Queued;
    command.error = why;
    m_holdUntilMs = qMax(m_holdUntilMs, nowMs() + delayMs);
    qCInfo(Log::console) << "outbox: command" << sent.id << "waits" << delayMs << "ms after"
                         << why.httpStatus << why.code;
    Q_EMIT commandChanged(command);
}

int Outbox::nextBackoffMs() {
    ++m_failures;
    const qint64 doubled = qint64(m_firstDelayMs) << qMin(m_failures - 1, 20);
    const int delay = int(qMin<qint64>(m_maxDelayMs, doubled));
    // Half fixed, half random: consoles that lost the relay together do not return together.
    return delay / 2 + int(QRandomGenerator::global()->bounded(delay / 2 + 1));
}

} // namespace Switchboard
