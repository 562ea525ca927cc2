// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/messaging/messageendpoint.h"

#include "app/relay/connections/connectionstore.h"
#include "app/relay/http/apicall.h"
#include "app/relay/http/apierror.h"
#include "app/relay/http/jsonresponse.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/http/routetable.h"
#include "app/relay/messaging/outboundmessage.h"
#include "app/relay/records/recordwriter.h"
#include "app/relay/records/storedformat.h"
#include "core/logging.h"
#include "core/meta/graphclient.h"
#include "core/meta/graphreply.h"
#include "core/meta/sendqueue.h"
#include "core/store/database.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;
using Role = RouteTable::Role;

QHttpServerResponse accepted(const Message &message) {
    return jsonResponse({{QStringLiteral("message"), toJson(message)}}, HttpStatus::Accepted);
}

//! The wamid of a message staff name by the relay's id or by Meta's.
QString wamidOf(RecordWriter &writer, const QString &id) {
    auto found = writer.message(id);
    if (found && found->has_value() && !found->value().wamid.isEmpty())
        return found->value().wamid;
    return id;
}

} // namespace

MessageEndpoint::MessageEndpoint(RouteTable &routes, RelayServer *server, Database *database,
                                 GraphClient *graph, SendQueue *queue, const SecretBox *box,
                                 QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_database(database)
    , m_graph(graph)
    , m_queue(queue)
    , m_box(box) {
    const QString base = QStringLiteral("/api/v1/tenants/{tid}");
    routes.tenantRoute(
        Method::Post, base + QStringLiteral("/messages"), Role::Staff, [this](const ApiCall &call) {
            call.reply(sendMessage(call.tenantId(), call.request(),
                                   TeamMember{call.caller().userId, call.caller().username}));
        });
    routes.tenantRoute(Method::Post, base + QStringLiteral("/media"), Role::Staff,
                       RouteTable::bind(this, &MessageEndpoint::upload));
    routes.tenantRoute(Method::Post, base + QStringLiteral("/messages/{mid}/retry"), Role::Staff,
                       [this](const ApiCall &call) {
                           call.reply(retry(call.tenantId(), call.argument(0), call.request()));
                       });
}

QHttpServerResponse MessageEndpoint::sendMessage(const QString &tid, const ApiRequest &request,
                                                 const TeamMember &author) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errorResponse(HttpStatus::BadRequest, QStringLiteral("malformed_json"),
                             QStringLiteral("The body is not a JSON object."));
    return submit(tid, document.object(), request.value(QByteArrayLiteral("Idempotency-Key")),
                  author);
}

QHttpServerResponse MessageEndpoint::submit(const QString &tid, const QJsonObject &body,
                                            const QByteArray &key, const TeamMember &author) {
    ConnectionStore connections(*m_database, m_box);
    auto connection = connections.connection(tid);
    if (!connection)
        return errorAnswer(connection.error());
    if (connection->status != ConnectionStatus::Connected || connection->numbers.isEmpty())
        return errorResponse(HttpStatus::UnprocessableEntity, QStringLiteral("not_connected"),
                             connection->reason.isEmpty()
                                 ? QStringLiteral("Connect a WhatsApp number first.")
                                 : connection->reason);
    auto token = connections.accessToken(tid);
    if (!token)
        return errorAnswer(token.error());
    RecordWriter writer(*m_database, tid);

    if (body.value(QLatin1String("type")).toString() == QLatin1String("read"))
        return markRead(tid, body, connection.value(), QString::fromUtf8(token.value()));

    auto outbound = OutboundMessage::parse(body);
    if (!outbound)
        return errorResponse(HttpStatus::BadRequest, outbound.error().code,
                             outbound.error().message);
    OutboundMessage &message = outbound.value();
    if (message.phoneNumberId.isEmpty())
        message.phoneNumberId = connection->numbers.first().id;
    else if (std::none_of(connection->numbers.cbegin(), connection->numbers.cend(),
                          [&](const PhoneNumber &n) { return n.id == message.phoneNumberId; }))
        return errorResponse(HttpStatus::UnprocessableEntity, QStringLiteral("unknown_number"),
                             QStringLiteral("Phone number %1 is not one of this tenant's.")
                                 .arg(message.phoneNumberId));
    // Replies and reactions may name the message by the relay's id.
    if (message.record.context) {
        message.record.context->messageId = wamidOf(writer, message.record.context->messageId);
        message.payload.insert(
            QStringLiteral("context"),
            QJsonObject{{QStringLiteral("message_id"), message.record.context->messageId}});
    }
    if (message.record.reaction) {
        message.record.reaction->messageId = wamidOf(writer, message.record.reaction->messageId);
        QJsonObject reaction = message.payload.value(QLatin1String("reaction")).toObject();
        reaction.insert(QStringLiteral("message_id"), message.record.reaction->messageId);
        message.payload.insert(QStringLiteral("reaction"), reaction);
    }
    message.record.raw = message.payload;
    message.record.author = author;

    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
    if (!m_database->begin())
        return errorResponse(HttpStatus::ServiceUnavailable, QStringLiteral("database_unavailable"),
                             QStringLiteral("The relay's database is unavailable; try "
                                            "again."));
    auto fail = [this](const Error &error) {
        m_database->rollback();
        return errorAnswer(error);
    };
    if (!key.isEmpty()) {
        auto earlier = m_database->query(
            QStringLiteral("SELECT request_hash, message_id FROM idempotency_keys WHERE "
                           "tenant_id = ? AND key = ?"),
            {tid, QString::fromUtf8(key)});
        if (!earlier)
            return fail(earlier.error());
        if ((*earlier)->next()) {
            const QString hash = (*earlier)->value(0).toString();
            const QString messageId = (*earlier)->value(1).toString();
            earlier.value()->finish();
            m_database->rollback();
            if (hash != requestHash)
                return errorResponse(HttpStatus::Conflict, QStringLiteral("idempotency_key_reused"),
                                     QStringLiteral("This Idempotency-Key was used for "
                                                    "another message."));
            auto first = writer.message(messageId);
            if (!first || !first->has_value())
                return errorAnswer(first ? Error{QStringLiteral("not_found"),
                                                 QStringLiteral("The first message is gone.")}
                                         : first.error());
            return accepted(first->value());
        }
    }
    if (message.freeForm) {
        auto conversation = writer.conversationWith(message.to, message.phoneNumberId);
        if (!conversation)
            return fail(conversation.error());
        if (!conversation->has_value() ||
            !insideServiceWindow(conversation->value(), QDateTime::currentDateTimeUtc())) {
            m_database->rollback();
            return errorResponse(
                HttpStatus::UnprocessableEntity, QStringLiteral("outside_service_window"),
                QStringLiteral("The customer has not written in the last 24 hours: only "
                               "an approved template can be sent."));
        }
    }
    auto stored = writer.addOutbound(message.to, message.phoneNumberId, message.record);
    if (!stored)
        return fail(stored.error());
    if (!key.isEmpty()) {
        auto kept = m_database->query(
            QStringLiteral("INSERT INTO idempotency_keys (tenant_id, key, request_hash, "
                           "message_id, created_at) VALUES (?, ?, ?, ?, ?)"),
            {tid, QString::fromUtf8(key), requestHash, stored->id, nowText()});
        if (!kept)
            return fail(kept.error());
    }
    if (auto done = m_database->commit(); !done)
        return errorAnswer(done.error());
    Q_EMIT m_server->eventsAppended({tid});
    send(tid, stored.value(), message, QString::fromUtf8(token.value()));
    return accepted(stored.value());
}

void MessageEndpoint::upload(const ApiCall &call) {
    const QString &tid = call.tenantId();
    const ApiRequest &request = call.request();
    ConnectionStore connections(*m_database, m_box);
    auto connection = connections.connection(tid);
    auto token = connections.accessToken(tid);
    if (!connection || !token || connection->numbers.isEmpty())
        return call.fail(Error{QStringLiteral("not_connected"),
                               QStringLiteral("Connect a WhatsApp number first.")});
    const QString mimeType = QString::fromLatin1(request.value(QByteArrayLiteral("Content-Type")))
                                 .section(u';', 0, 0)
                                 .trimmed();
    const QUrlQuery query(request.url());
    const QString fileName = query.queryItemValue(QStringLiteral("filename"));
    if (mimeType.isEmpty() || !mimeType.contains(QLatin1Char('/')) || request.body().isEmpty())
        return call.fail(Error{QStringLiteral("invalid_request"),
                               QStringLiteral("Send the file as the body, with its Content-Type "
                                              "(and ?filename= for documents).")});
    const QString phoneNumberId = query.hasQueryItem(QStringLiteral("phone_number_id"))
                                      ? query.queryItemValue(QStringLiteral("phone_number_id"))
                                      : connection->numbers.first().id;
    GraphReply *reply = m_graph->upload(
        phoneNumberId + QStringLiteral("/media"), request.body(), mimeType,
        fileName.isEmpty() ? QStringLiteral("file") : fileName, QString::fromUtf8(token.value()));
    connect(reply, &GraphReply::finished, this, [reply, call, mimeType, fileName] {
        reply->deleteLater();
        if (!reply->ok()) {
            const Error error = reply->error().toError();
            return call.reply(metaErrorResponse(error.code, error.message, reply->error().code));
        }
        call.reply(QJsonObject{{QStringLiteral("id"), reply->json().value(QLatin1String("id"))},
                               {QStringLiteral("mime_type"), mimeType},
                               {QStringLiteral("filename"), fileName}},
                   HttpStatus::Created);
    });
}

QHttpServerResponse MessageEndpoint::retry(const QString &tid, const QString &mid,
                                           const ApiRequest &request) {
    ConnectionStore connections(*m_database, m_box);
    auto connection = connections.connection(tid);
    if (!connection)
        return errorAnswer(connection.error());
    auto token = connections.accessToken(tid);
    if (connection->status != ConnectionStatus::Connected || !token)
        return errorResponse(HttpStatus::UnprocessableEntity, QStringLiteral("not_connected"),
                             connection->reason.isEmpty()
                                 ? QStringLiteral("Connect a WhatsApp number first.")
                                 : connection->reason);
    RecordWriter writer(*m_database, tid);
    auto failed = writer.message(mid);
    if (!failed)
        return errorAnswer(failed.error());
    if (!failed->has_value())
        return errorResponse(HttpStatus::NotFound, QStringLiteral("not_found"),
                             QStringLiteral("No message has the id %1.").arg(mid));
    const Message original = failed->value();
    // A console resending a retry whose answer it lost (its outbox) gets the first answer, the
    // message as it is now, instead of a 409 or a second send. The key is kept only once the
    // retry was accepted, so a refused retry may be asked again with the same key.
    const QByteArray key = request.value(QByteArrayLiteral("Idempotency-Key"));
    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("retry " + mid.toUtf8()), QCryptographicHash::Sha256)
            .toHex());
    if (!key.isEmpty()) {
        auto earlier = m_database->query(
            QStringLiteral("SELECT request_hash FROM idempotency_keys WHERE tenant_id = ? AND "
                           "key = ?"),
            {tid, QString::fromUtf8(key)});
        if (!earlier)
            return errorAnswer(earlier.error());
        if ((*earlier)->next()) {
            const bool same = (*earlier)->value(0).toString() == requestHash;
            earlier.value()->finish();
            if (!same)
                return errorResponse(HttpStatus::Conflict, QStringLiteral("idempotency_key_reused"),
                                     QStringLiteral("This Idempotency-Key was used for another "
                                                    "request."));
            return accepted(original);
        }
    }
    auto conversation = writer.conversation(original.conversationId);
    if (!conversation || !conversation->has_value())
        return errorResponse(HttpStatus::NotFound, QStringLiteral("not_found"),
                             QStringLiteral("The message's conversation is gone."));
    OutboundMessage outbound;
    outbound.payload = original.raw;
    outbound.to = original.raw.value(QLatin1String("to")).toString();
    outbound.phoneNumberId = conversation->value().phoneNumberId;
    outbound.freeForm =
        original.raw.value(QLatin1String("type")).toString() != QLatin1String("template");
    if (outbound.freeForm &&
        !insideServiceWindow(conversation->value(), QDateTime::currentDateTimeUtc()))
        return errorResponse(HttpStatus::UnprocessableEntity,
                             QStringLiteral("outside_service_window"),
                             QStringLiteral("The customer has not written in the last 24 hours: "
                                            "only an approved template can be sent."));
    if (!m_database->begin())
        return errorResponse(HttpStatus::ServiceUnavailable, QStringLiteral("database_unavailable"),
                             QStringLiteral("The relay's database is unavailable; try again."));
    auto requeued = writer.requeueOutbound(mid);
    if (!requeued) {
        m_database->rollback();
        return requeued.error().code == QLatin1String("not_failed")
                   ? errorResponse(HttpStatus::Conflict, requeued.error().code,
                                   requeued.error().message)
                   : errorAnswer(requeued.error());
    }
    if (!key.isEmpty()) {
        auto kept = m_database->query(
            QStringLiteral("INSERT INTO idempotency_keys (tenant_id, key, request_hash, "
                           "message_id, created_at) VALUES (?, ?, ?, ?, ?)"),
            {tid, QString::fromUtf8(key), requestHash, mid, nowText()});
        if (!kept) {
            m_database->rollback();
            return errorAnswer(kept.error());
        }
    }
    if (auto done = m_database->commit(); !done)
        return errorAnswer(done.error());
    Q_EMIT m_server->eventsAppended({tid});
    send(tid, requeued.value(), outbound, QString::fromUtf8(token.value()));
    return accepted(requeued.value());
}

void MessageEndpoint::send(const QString &tenantId, const Message &message,
                           const OutboundMessage &outbound, const QString &token) {
    GraphReply *reply = m_queue->send(outbound.phoneNumberId, outbound.to, outbound.payload, token);
    const QString messageId = message.id;
    connect(reply, &GraphReply::finished, this, [this, reply, tenantId, messageId] {
        reply->deleteLater();
        RecordWriter writer(*m_database, tenantId);
        // The message and its event commit together (or not at all).
        if (!m_database->begin()) {
            qCWarning(Log::messaging) << "cannot record the outcome of message" << messageId
                                      << ": the database is unavailable";
            return;
        }
        Result<Message> updated = Error{};
        if (reply->ok()) {
            const QString wamid = reply->json()
                                      .value(QLatin1String("messages"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("id"))
                                      .toString();
            updated = writer.updateOutbound(messageId, wamid, MessageStatus::Queued, std::nullopt);
        } else {
            const GraphError &error = reply->error();
            qCWarning(Log::messaging) << "message" << messageId << "failed:" << error.describe();
            updated = writer.updateOutbound(
                messageId, QString(), MessageStatus::Failed,
                Message::MessageError{
                    error.code ? QString::number(error.code) : QStringLiteral("graph_unreachable"),
                    error.userTitle.isEmpty() ? error.type : error.userTitle, error.describe()});
        }
        if (Status done = updated ? m_database->commit() : Status(updated.error()); !done) {
            m_database->rollback();
            qCWarning(Log::messaging) << "cannot record the outcome of message" << messageId << ":"
                                      << done.error().message;
        }
        if (!reply->ok() && reply->error().isTokenError())
            (void)ConnectionStore(*m_database, m_box)
                .tokenRefused(tenantId, reply->error().describe());
        Q_EMIT m_server->eventsAppended({tenantId});
    });
}

QHttpServerResponse MessageEndpoint::markRead(const QString &tenantId, const QJsonObject &body,
                                              const Connection &connection, const QString &token) {
    RecordWriter writer(*m_database, tenantId);
    const QString id = body.value(QLatin1String("message_id")).toString();
    auto found = writer.message(id);
    if (!found)
        return errorAnswer(found.error());
    if (!found->has_value() || found->value().direction != MessageDirection::Inbound)
        return errorResponse(HttpStatus::NotFound, QStringLiteral("not_found"),
                             QStringLiteral("No message from a customer has the id %1.").arg(id));
    const Message message = found->value();
    if (!m_database->begin())
        return errorResponse(HttpStatus::ServiceUnavailable, QStringLiteral("database_unavailable"),
                             QStringLiteral("The relay's database is unavailable; try again."));
    auto cleared = writer.markConversationRead(message.conversationId);
    if (cleared)
        cleared = m_database->commit();
    if (!cleared) {
        m_database->rollback();
        return errorAnswer(cleared.error());
    }
    Q_EMIT m_server->eventsAppended({tenantId});
    QString phoneNumberId = connection.numbers.first().id;
    if (auto conversation = writer.conversation(message.conversationId);
        conversation && conversation->has_value())
        phoneNumberId = conversation->value().phoneNumberId;
    GraphReply *reply =
        m_graph->post(phoneNumberId + QStringLiteral("/messages"),
                      {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                       {QStringLiteral("status"), QStringLiteral("read")},
                       {QStringLiteral("message_id"), message.wamid}},
                      token);
    connect(reply, &GraphReply::finished, this, [reply] {
        reply->deleteLater();
        if (!reply->ok())
            qCWarning(Log::messaging) << "mark as read failed:" << reply->error().describe();
    });
    return accepted(message);
}

} // namespace Switchboard
