// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/conversation.h"

#include "core/domain/recordreader_p.h"
#include "core/domain/timestamp.h"

#include <QJsonArray>

namespace Switchboard {

using Need = RecordReader::Need;

bool insideServiceWindow(const Conversation &conversation, const QDateTime &now) {
    if (!conversation.lastInboundAt.isValid() || !now.isValid())
        return false;
    return now < conversation.lastInboundAt.addSecs(serviceWindowSeconds);
}

QString toString(ConversationStatus status) {
    switch (status) {
    case ConversationStatus::Open:
        return QStringLiteral("open");
    case ConversationStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<ConversationStatus> parseConversationStatus(QStringView text) {
    return parseEnum<ConversationStatus>(text);
}

QJsonObject toJson(const Conversation &conversation) {
    QJsonObject readBy;
    for (auto it = conversation.readBy.cbegin(); it != conversation.readBy.cend(); ++it)
        readBy.insert(it.key(), timestampToJson(it.value()));
    return {
        {QStringLiteral("id"), conversation.id},
        {QStringLiteral("customer_id"), conversation.customerId},
        {QStringLiteral("phone_number_id"), conversation.phoneNumberId},
        {QStringLiteral("status"), toString(conversation.status)},
        {QStringLiteral("unread_count"), conversation.unreadCount},
        {QStringLiteral("last_message_preview"), conversation.lastMessagePreview},
        {QStringLiteral("last_message_at"), timestampToJson(conversation.lastMessageAt)},
        {QStringLiteral("last_inbound_at"), timestampToJson(conversation.lastInboundAt)},
        {QStringLiteral("assignee"), conversation.assignee
                                         ? QJsonValue(toJson(*conversation.assignee))
                                         : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("labels"), QJsonArray::fromStringList(conversation.labels)},
        {QStringLiteral("read_by"), readBy},
    };
}

Result<Conversation> conversationFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("conversation"));
    Conversation conversation;
    conversation.id = r.string("id", Need::Required);
    conversation.customerId = r.string("customer_id", Need::Required);
    conversation.phoneNumberId = r.string("phone_number_id", Need::Required);
    conversation.status = r.enumeration("status", Need::Required, ConversationStatus::Open);
    conversation.unreadCount = static_cast<int>(
        r.integer("unread_count", Need::Optional, 0, std::numeric_limits<int>::max()));
    conversation.lastMessagePreview = r.string("last_message_preview");
    conversation.lastMessageAt = r.timestamp("last_message_at", Need::Optional);
    conversation.lastInboundAt = r.timestamp("last_inbound_at", Need::Optional);
    conversation.assignee = r.nested("assignee", Need::Optional, [](RecordReader &member) {
        return TeamMember{member.string("id", Need::Required), member.string("username")};
    });
    conversation.labels = r.strings("labels");
    const QJsonObject readBy = r.object("read_by");
    for (auto it = readBy.begin(); it != readBy.end(); ++it) {
        const auto when = parseTimestamp(it.value().toString());
        if (!when) {
            r.fail("read_by", QStringLiteral("must map user ids to RFC 3339 times"));
            break;
        }
        conversation.readBy.insert(it.key(), *when);
    }
    if (!r.ok())
        return r.error();
    return conversation;
}

} // namespace Switchboard
