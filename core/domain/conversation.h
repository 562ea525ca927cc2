// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/teammember.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Switchboard {

//! Whether staff still have to deal with a conversation.
enum class ConversationStatus { Open, Closed };

//! The thread between one customer and one of the tenant's numbers: what the conversation list
//! shows, and what the relay needs to decide whether free-form replies are allowed.
//! It is a shared inbox: the whole team sees one unread count (inbound messages since anyone last
//! read it), who read it when, who it is assigned to and its labels.
//! JSON fields: id, customer_id, phone_number_id, status, unread_count, last_message_preview,
//! last_message_at, last_inbound_at, assignee ({id, username} or null), labels (label ids),
//! read_by ({"<user id>": "<when they last read it>"}).
struct Conversation {
    QString id;            //!< required
    QString customerId;    //!< required
    QString phoneNumberId; //!< required: the business number (Meta's phone_number_id)
    ConversationStatus status = ConversationStatus::Open; //!< required
    int unreadCount = 0;                //!< inbound messages staff have not opened
    QString lastMessagePreview;         //!< a short text of the last message, either way
    QDateTime lastMessageAt;            //!< null before the first message
    QDateTime lastInboundAt;            //!< the customer's last message: starts the service window
    std::optional<TeamMember> assignee; //!< who deals with it; nobody when empty
    QStringList labels;                 //!< ids of the tenant's labels, in the order set
    QMap<QString, QDateTime> readBy;    //!< user id → when that person last read it (UTC)

    bool operator==(const Conversation &) const = default;
};

//! Meta's customer-service window: free-form messages may be sent for 24 hours after the
//! customer's last message; outside it only templates.
inline constexpr qint64 serviceWindowSeconds = qint64(24) * 60 * 60;

//! Whether now is inside the service window of conversation (false when the customer never wrote).
bool insideServiceWindow(const Conversation &conversation, const QDateTime &now);

QString toString(ConversationStatus status);
std::optional<ConversationStatus> parseConversationStatus(QStringView text);

QJsonObject toJson(const Conversation &conversation);
Result<Conversation> conversationFromJson(const QJsonObject &json);

} // namespace Switchboard
