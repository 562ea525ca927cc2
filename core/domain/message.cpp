// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/message.h"

#include "core/domain/recordreader_p.h"
#include "core/domain/timestamp.h"

namespace Switchboard {

using Need = RecordReader::Need;

QString toString(MessageDirection direction) {
    switch (direction) {
    case MessageDirection::Inbound:
        return QStringLiteral("inbound");
    case MessageDirection::Outbound:
        return QStringLiteral("outbound");
    case MessageDirection::Internal:
        return QStringLiteral("internal");
    }
    return {};
}

std::optional<MessageDirection> parseMessageDirection(QStringView text) {
    return parseEnum<MessageDirection>(text);
}

QString toString(MessageType type) {
    switch (type) {
    case MessageType::Text:
        return QStringLiteral("text");
    case MessageType::Image:
        return QStringLiteral("image");
    case MessageType::Audio:
        return QStringLiteral("audio");
    case MessageType::Video:
        return QStringLiteral("video");
    case MessageType::Document:
        return QStringLiteral("document");
    case MessageType::Sticker:
        return QStringLiteral("sticker");
    case MessageType::Location:
        return QStringLiteral("location");
    case MessageType::Contacts:
        return QStringLiteral("contacts");
    case MessageType::Interactive:
        return QStringLiteral("interactive");
    case MessageType::Button:
        return QStringLiteral("button");
    case MessageType::Reaction:
        return QStringLiteral("reaction");
    case MessageType::Order:
        return QStringLiteral("order");
    case MessageType::System:
        return QStringLiteral("system");
    case MessageType::Unsupported:
        return QStringLiteral("unsupported");
    case MessageType::Note:
        return QStringLiteral("note");
    }
    return {};
}

std::optional<MessageType> parseMessageType(QStringView text) {
    return parseEnum<MessageType>(text);
}

QString toString(MessageStatus status) {
    switch (status) {
    case MessageStatus::Received:
        return QStringLiteral("received");
    case MessageStatus::Queued:
        return QStringLiteral("queued");
    case MessageStatus::Sent:
        return QStringLiteral("sent");
    case MessageStatus::Delivered:
        return QStringLiteral("delivered");
    case MessageStatus::Read:
        return QStringLiteral("read");
    case MessageStatus::Failed:
        return QStringLiteral("failed");
    case MessageStatus::Saved:
        return QStringLiteral("saved");
    }
    return {};
}

std::optional<MessageStatus> parseMessageStatus(QStringView text) {
    return parseEnum<MessageStatus>(text);
}

int statusRank(MessageStatus status) {
    switch (status) {
    case MessageStatus::Received:
    case MessageStatus::Saved:
        return 0;
    case MessageStatus::Queued:
        return 1;
    case MessageStatus::Sent:
        return 2;
    case MessageStatus::Delivered:
        return 3;
    case MessageStatus::Failed:
        return 4;
    case MessageStatus::Read:
        return 5;
    }
    return 0;
}

bool advancesStatus(MessageStatus current, MessageStatus next) {
    return statusRank(next) > statusRank(current);
}

namespace {

QJsonValue objectOrNull(const QJsonObject &object) {
    return object.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(object);
}

template <typename T, typename Write>
QJsonValue optionalToJson(const std::optional<T> &value, Write write) {
    return value ? QJsonValue(write(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject mediaToJson(const Message::Media &media) {
    return {
        {QStringLiteral("id"), media.id},           {QStringLiteral("mime_type"), media.mimeType},
        {QStringLiteral("sha256"), media.sha256},   {QStringLiteral("filename"), media.filename},
        {QStringLiteral("caption"), media.caption},
    };
}

QJsonObject reactionToJson(const Message::Reaction &reaction) {
    return {
        {QStringLiteral("message_id"), reaction.messageId},
        {QStringLiteral("emoji"), reaction.emoji},
    };
}

QJsonObject contextToJson(const Message::Context &context) {
    return {
        {QStringLiteral("message_id"), context.messageId},
        {QStringLiteral("forwarded"), context.forwarded},
    };
}

QJsonObject errorToJson(const Message::MessageError &error) {
    return {
        {QStringLiteral("code"), error.code},
        {QStringLiteral("title"), error.title},
        {QStringLiteral("message"), error.message},
    };
}

Message::Media readMedia(RecordReader &r) {
    Message::Media media;
    media.id = r.string("id");
    media.mimeType = r.string("mime_type");
    media.sha256 = r.string("sha256");
    media.filename = r.string("filename");
    media.caption = r.string("caption");
    return media;
}

Message::Reaction readReaction(RecordReader &r) {
    Message::Reaction reaction;
    reaction.messageId = r.string("message_id", Need::Required);
    reaction.emoji = r.string("emoji");
    return reaction;
}

Message::Context readContext(RecordReader &r) {
    Message::Context context;
    context.messageId = r.string("message_id");
    context.forwarded = r.boolean("forwarded");
    return context;
}

Message::MessageError readError(RecordReader &r) {
    Message::MessageError error;
    error.code = r.code("code"); // Meta's codes are numbers, the relay's own are strings
    error.title = r.string("title");
    error.message = r.string("message");
    return error;
}

} // namespace

QJsonObject toJson(const Message &message) {
    return {
        {QStringLiteral("id"), message.id},
        {QStringLiteral("wamid"), message.wamid},
        {QStringLiteral("conversation_id"), message.conversationId},
        {QStringLiteral("customer_id"), message.customerId},
        {QStringLiteral("direction"), toString(message.direction)},
        {QStringLiteral("type"), toString(message.type)},
        {QStringLiteral("text"), message.text},
        {QStringLiteral("media"), optionalToJson(message.media, mediaToJson)},
        {QStringLiteral("location"), objectOrNull(message.location)},
        {QStringLiteral("interactive"), objectOrNull(message.interactive)},
        {QStringLiteral("reaction"), optionalToJson(message.reaction, reactionToJson)},
        {QStringLiteral("order"), objectOrNull(message.order)},
        {QStringLiteral("context"), optionalToJson(message.context, contextToJson)},
        {QStringLiteral("status"), toString(message.status)},
        {QStringLiteral("error"), optionalToJson(message.error, errorToJson)},
        {QStringLiteral("timestamp"), timestampToJson(message.timestamp)},
        {QStringLiteral("raw"), objectOrNull(message.raw)},
        {QStringLiteral("author"),
         optionalToJson(message.author, [](const TeamMember &m) { return toJson(m); })},
    };
}

Result<Message> messageFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("message"));
    Message message;
    message.id = r.string("id", Need::Required);
    message.wamid = r.string("wamid");
    message.conversationId = r.string("conversation_id", Need::Required);
    message.customerId = r.string("customer_id", Need::Required);
    message.direction = r.enumeration("direction", Need::Required, MessageDirection::Inbound);
    message.type = r.enumeration("type", Need::Required, MessageType::Text);
    message.text = r.string("text");
    message.media = r.nested("media", Need::Optional, readMedia);
    message.location = r.object("location");
    message.interactive = r.object("interactive");
    message.reaction = r.nested("reaction", Need::Optional, readReaction);
    message.order = r.object("order");
    message.context = r.nested("context", Need::Optional, readContext);
    message.status = r.enumeration("status", Need::Required, MessageStatus::Received);
    message.error = r.nested("error", Need::Optional, readError);
    message.timestamp = r.timestamp("timestamp", Need::Required);
    message.raw = r.object("raw");
    message.author = r.nested("author", Need::Optional, [](RecordReader &member) {
        return TeamMember{member.string("id", Need::Required), member.string("username")};
    });
    if (!r.ok())
        return r.error();
    return message;
}

} // namespace Switchboard
