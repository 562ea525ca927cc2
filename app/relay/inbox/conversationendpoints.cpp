// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/inbox/conversationendpoints.h"

#include "app/relay/accounts/accountstore.h"
#include "app/relay/http/apicall.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/http/requestfields.h"
#include "app/relay/http/routetable.h"
#include "app/relay/inbox/readreceipts.h"
#include "app/relay/inbox/tenanttransaction.h"
#include "app/relay/records/recordwriter.h"
#include "core/domain/conversation.h"
#include "core/store/database.h"

#include <QSqlQuery>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;
using Role = RouteTable::Role;

constexpr int maxNoteLength = 4096;

Error invalid(const QString &message) {
    return Error{QStringLiteral("invalid_field"), message};
}

Error noConversation() {
    return Error{QStringLiteral("not_found"), QStringLiteral("No such conversation.")};
}

TeamMember callerOf(const ApiCall &call) {
    return TeamMember{call.caller().userId, call.caller().username};
}

} // namespace

ConversationEndpoints::ConversationEndpoints(RouteTable &routes, RelayServer *server,
                                             Database *database, GraphClient *graph,
                                             const SecretBox *box, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_database(database)
    , m_receipts(new ReadReceipts(database, graph, box, this)) {
    const QString path = QStringLiteral("/api/v1/tenants/{tid}/conversations/{cid}");
    const auto route = [&](Method method, const char *action,
                           void (ConversationEndpoints::*handler)(const ApiCall &)) {
        routes.tenantRoute(method, path + QLatin1Char('/') + QLatin1String(action), Role::Staff,
                           RouteTable::bind(this, handler));
    };
    route(Method::Post, "close", &ConversationEndpoints::close);
    route(Method::Post, "reopen", &ConversationEndpoints::reopen);
    route(Method::Post, "assign", &ConversationEndpoints::assign);
    route(Method::Put, "labels", &ConversationEndpoints::setLabels);
    route(Method::Post, "read", &ConversationEndpoints::read);
    route(Method::Post, "notes", &ConversationEndpoints::addNote);
}

std::optional<Conversation> ConversationEndpoints::change(const ApiCall &call,
                                                          const Change &apply) {
    const QString &tid = call.tenantId();
    TenantTransaction transaction(*m_database, tid);
    RecordWriter writer(*m_database, tid);
    const auto fail = [&call](const Error &error) {
        call.fail(error);
        return std::nullopt;
    };
    if (Status begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto stored = writer.conversation(call.argument(0));
    if (!stored)
        return fail(stored.error());
    if (!stored->has_value())
        return fail(noConversation());
    Conversation conversation = stored->value();
    if (auto refused = apply(conversation))
        return fail(*refused);
    Status done = writer.saveConversation(conversation);
    if (done)
        done = transaction.commit();
    if (!done)
        return fail(done.error());
    if (writer.appended())
        Q_EMIT m_server->eventsAppended({tid});
    call.reply(toJson(conversation));
    return conversation;
}

void ConversationEndpoints::close(const ApiCall &call) {
    change(call, [](Conversation &conversation) {
        conversation.status = ConversationStatus::Closed;
        return std::optional<Error>();
    });
}

void ConversationEndpoints::reopen(const ApiCall &call) {
    change(call, [](Conversation &conversation) {
        conversation.status = ConversationStatus::Open;
        return std::optional<Error>();
    });
}

void ConversationEndpoints::assign(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    RequestFields fields(*body);
    fields.only({"user_id"});
    const QString userId = fields.optional("user_id");
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    if (!body->contains(QLatin1String("user_id")))
        return call.fail(Error{QStringLiteral("invalid_request"),
                               QStringLiteral("user_id is required: a member's id, or null to "
                                              "unassign.")});
    std::optional<TeamMember> assignee;
    if (!userId.isEmpty()) {
        auto name = AccountStore(*m_database).memberName(userId, call.tenantId());
        if (!name)
            return call.fail(name.error());
        if (!name->has_value())
            return call.fail(invalid(
                QStringLiteral("user_id %1 is not a member of this business.").arg(userId)));
        assignee = TeamMember{userId, name->value()};
    }
    change(call, [&assignee](Conversation &conversation) {
        conversation.assignee = assignee;
        return std::optional<Error>();
    });
}

void ConversationEndpoints::setLabels(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    RequestFields fields(*body);
    fields.only({"labels"});
    const std::optional<QStringList> labels = fields.strings("labels");
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    if (!labels)
        return call.fail(Error{QStringLiteral("invalid_request"),
                               QStringLiteral("labels is required: a list of label ids.")});
    change(call, [this, &call, &labels](Conversation &conversation) -> std::optional<Error> {
        // Checked inside the transaction, so a label deleted meanwhile is not put back.
        for (const QString &id : *labels) {
            auto known = m_database->query(
                QStringLiteral("SELECT 1 FROM labels WHERE id = ? AND tenant_id = ?"),
                {id, call.tenantId()});
            if (!known)
                return known.error();
            if (!(*known)->next())
                return invalid(
                    QStringLiteral("labels: %1 is not a label of this business.").arg(id));
        }
        conversation.labels = *labels;
        return std::nullopt;
    });
}

void ConversationEndpoints::read(const ApiCall &call) {
    const QString userId = call.caller().userId;
    const auto read = change(call, [&userId](Conversation &conversation) {
        conversation.unreadCount = 0;
        conversation.readBy.insert(userId, QDateTime::currentDateTimeUtc());
        return std::optional<Error>();
    });
    if (read)
        m_receipts->send(call.tenantId(), *read);
}

void ConversationEndpoints::addNote(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    RequestFields fields(*body);
    fields.only({"text"});
    const QString text = fields.required("text").trimmed();
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    if (text.isEmpty() || text.size() > maxNoteLength)
        return call.fail(
            invalid(QStringLiteral("text must be 1 to %1 characters long.").arg(maxNoteLength)));
    const QString &tid = call.tenantId();
    TenantTransaction transaction(*m_database, tid);
    RecordWriter writer(*m_database, tid);
    if (Status begun = transaction.begin(); !begun)
        return call.fail(begun.error());
    auto conversation = writer.conversation(call.argument(0));
    if (!conversation)
        return call.fail(conversation.error());
    if (!conversation->has_value())
        return call.fail(noConversation());
    Message note;
    note.text = text;
    note.author = callerOf(call);
    note.timestamp = QDateTime::currentDateTimeUtc();
    auto stored = writer.addNote(conversation->value(), note);
    if (!stored)
        return call.fail(stored.error());
    if (Status done = transaction.commit(); !done)
        return call.fail(done.error());
    Q_EMIT m_server->eventsAppended({tid});
    call.reply(QJsonObject{{QStringLiteral("message"), toJson(stored.value())}},
               HttpStatus::Created);
}

} // namespace Switchboard
