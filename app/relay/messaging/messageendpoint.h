// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QObject>

namespace Switchboard {

class ApiCall;
class ApiRequest;
class Database;
class GraphClient;
struct Connection;
struct Message;
struct OutboundMessage;
struct TeamMember;
class RelayServer;
class RouteTable;
class SecretBox;
class SendQueue;

//! POST /api/v1/tenants/{tid}/messages: staff send a message as Meta shapes it.
//!
//! The relay checks it before Meta sees it (a free-form message outside the customer's 24-hour
//! window is 422 outside_service_window), stores it queued with its events, answers 202 at once
//! and hands it to the number's SendQueue. Meta's answer gives the message its wamid, or fails it
//! with Meta's reason; a token error marks the connection needs_reconnect. An Idempotency-Key
//! makes a repeated request answer the first message; the same key with another body is 409.
//! `{"type":"read","message_id"}` marks an inbound message read at Meta and clears the unread
//! count. The message names its sender (`author`), so the team sees who replied.
class MessageEndpoint : public QObject {
public:
    MessageEndpoint(RouteTable &routes, RelayServer *server, Database *database, GraphClient *graph,
                    SendQueue *queue, const SecretBox *box, QObject *parent = nullptr);

    //! A message the relay sends on its own (an order's status, app/relay/orders), through the
    //! same checks, idempotency and send queue as POST …/messages; the answer that route gives
    //! (202 with the message, or the error). On the API thread.
    QHttpServerResponse submit(const QString &tid, const QJsonObject &body,
                               const QByteArray &idempotencyKey, const TeamMember &author);

private:
    //! POST …/messages: checks, stores queued (`author` the member sending it), answers 202 and
    //! hands it to the send queue.
    QHttpServerResponse sendMessage(const QString &tid, const ApiRequest &request,
                                    const TeamMember &author);
    void send(const QString &tenantId, const Message &message, const OutboundMessage &outbound,
              const QString &token);
    //! POST …/media: the body (with its Content-Type, ?filename=) goes to Meta's media upload
    //! of the tenant's number; 201 {"id"} to send it by id. Bodies are bounded by
    //! SWITCHBOARD_MAX_BODY like every request.
    void upload(const ApiCall &call);
    //! POST …/messages/{mid}/retry: a failed message goes out again (202), 409 unless failed.
    //! With an Idempotency-Key, a repeat of an accepted retry answers 202 with the message as it
    //! is now and sends nothing; the key used for another request is 409.
    QHttpServerResponse retry(const QString &tid, const QString &mid, const ApiRequest &request);
    QHttpServerResponse markRead(const QString &tenantId, const QJsonObject &body,
                                 const Connection &connection, const QString &token);

    RelayServer *m_server;
    Database *m_database;
    GraphClient *m_graph;
    SendQueue *m_queue;
    const SecretBox *m_box;
};

} // namespace Switchboard
