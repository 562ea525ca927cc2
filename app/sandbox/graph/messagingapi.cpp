// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/messagingapi.h"

#include "app/sandbox/graph/graphaccess.h"
#include "app/sandbox/simulation/statusreporter.h"
#include "app/sandbox/state/sandboxids.h"
#include "app/sandbox/state/sandboxstate.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

MessagingApi::MessagingApi(SandboxState &state, GraphAccess &access, StatusReporter &reporter)
    : m_state(state)
    , m_access(access)
    , m_reporter(reporter)
    , m_validator(state.media(), state.templates()) {}

GraphReply MessagingApi::markRead(const GraphRequest &request, const PhoneNumber &number) {
    if (request.json.value(u"status"_s).toString() != u"read"_s)
        return GraphReply::error(GraphError::invalidParameter(u"Param status must be \"read\"."_s));
    const QString messageId = request.json.value(u"message_id"_s).toString();
    if (messageId.isEmpty())
        return GraphReply::error(
            GraphError::missingParameter(u"The parameter message_id is required."_s));
    if (m_state.windows().senderOf(number.id, messageId).isEmpty())
        return GraphReply::error(GraphError::invalidParameter(
            u"Param message_id is not a message this number received."_s));
    m_state.outbox().addReadReceipt({number.id, messageId, m_state.clock().nowSecs()});
    return GraphReply::success();
}

GraphReply MessagingApi::send(const GraphRequest &request, PhoneNumber &number, int asyncFault) {
    if (auto error = m_access.authorize(request, number.wabaId, GraphAccess::Messaging))
        return GraphReply::error(*error);
    if (request.jsonMalformed || request.json.isEmpty())
        return GraphReply::error(
            GraphError::invalidParameter(u"The request body must be a JSON object."_s));
    if (request.json.value(u"messaging_product"_s).toString() != u"whatsapp"_s)
        return GraphReply::error(GraphError::invalidParameter(
            u"The parameter messaging_product is required and must be \"whatsapp\"."_s));
    if (request.json.contains(u"status"_s))
        return markRead(request, number);
    if (number.status != u"CONNECTED"_s)
        return GraphReply::error(GraphError::fromCode(
            133010, u"Register the phone number with the Cloud API before sending."_s));

    const QString input = request.json.value(u"to"_s).toVariant().toString();
    if (input.isEmpty())
        return GraphReply::error(GraphError::missingParameter(u"The parameter to is required."_s));
    static const QRegularExpression allowed(u"^\\+?[0-9()\\-\\s]+$"_s);
    QString waId = input;
    waId.remove(QRegularExpression(u"[^0-9]"_s));
    if (!allowed.match(input).hasMatch() || waId.size() < 7 || waId.size() > 15)
        return GraphReply::error(
            GraphError::invalidValue(u"Param to is not a valid phone number."_s));
    if (waId == number.displayDigits())
        return GraphReply::error(
            GraphError::fromCode(131021, u"Recipient cannot be the sender number."_s));

    MessageValidator::Accepted accepted;
    if (auto error = m_validator.validate(request.json, number.wabaId, &accepted))
        return GraphReply::error(*error);

    const qint64 now = m_state.clock().nowMs();
    if (const int refused = m_state.limiter().admitOutbound(number.id, waId, now); refused != 0)
        return GraphReply::error(GraphError::fromCode(
            refused, refused == 130429
                         ? u"Cloud API message throughput has been reached."_s
                         : u"Message failed to send because there were too many messages sent "
                           "from this phone number to the same phone number in a short period "
                           "of time."_s));

    const bool windowOpen = m_state.windows().isOpen(number.id, waId, now);
    OutboundMessage message;
    message.wamid = SandboxIds::wamid();
    message.phoneNumberId = number.id;
    message.to = waId;
    message.type = accepted.type;
    message.request = request.json;
    message.timestampSecs = now / 1000;
    message.currentStatus = u"accepted"_s;
    message.pricingCategory = accepted.pricingCategory;
    message.billable =
        accepted.isTemplate && !(windowOpen && accepted.pricingCategory == u"utility"_s);
    message.finalStatus = u"read"_s;
    if (asyncFault != 0) {
        message.finalStatus = u"failed"_s;
        message.error = GraphError::fromCode(asyncFault).webhookError();
    } else if (!accepted.isTemplate && !windowOpen) {
        message.finalStatus = u"failed"_s;
        message.error =
            GraphError::fromCode(131047, u"Message failed to send because more than 24 hours "
                                         "have passed since the customer last replied to this "
                                         "number."_s)
                .webhookError();
    }
    const QString wamid = m_state.outbox().append(std::move(message)).wamid;
    m_reporter.report(wamid, request.versionMajor());

    QJsonObject sent{{u"id"_s, wamid}};
    if (accepted.isTemplate)
        sent.insert(u"message_status"_s, u"accepted"_s);
    return GraphReply::json(QJsonObject{
        {u"messaging_product"_s, u"whatsapp"_s},
        {u"contacts"_s, QJsonArray{QJsonObject{{u"input"_s, input}, {u"wa_id"_s, waId}}}},
        {u"messages"_s, QJsonArray{sent}}});
}

} // namespace Switchboard::Sandbox
