// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/messaging/outboundmessage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace Switchboard {

namespace {

Error invalid(const QString &message) {
    return Error{QStringLiteral("invalid_message"), message};
}

QString text(const QJsonObject &object, const char *key) {
    return object.value(QLatin1String(key)).toString();
}

} // namespace

Result<OutboundMessage> OutboundMessage::parse(const QJsonObject &body) {
    static const QRegularExpression digits(QStringLiteral("^\\+?[0-9]{6,15}$"));
    OutboundMessage out;
    out.to = text(body, "to");
    if (!digits.match(out.to).hasMatch())
        return invalid(QStringLiteral("\"to\" must be the customer's number, 6 to 15 digits."));
    out.to.remove(QLatin1Char('+'));
    out.phoneNumberId = text(body, "phone_number_id");
    const QString type = text(body, "type");
    const QJsonObject content = body.value(type).toObject();

    Message &record = out.record;
    record.direction = MessageDirection::Outbound;
    record.status = MessageStatus::Queued;
    record.timestamp = QDateTime::currentDateTimeUtc();
    if (type == QLatin1String("text")) {
        record.type = MessageType::Text;
        record.text = text(content, "body");
        if (record.text.trimmed().isEmpty())
            return invalid(QStringLiteral("A text message needs text.body."));
        if (record.text.size() > 4096)
            return invalid(QStringLiteral("text.body is longer than Meta's 4,096 characters."));
    } else if (type == QLatin1String("template")) {
        record.type = MessageType::Text;
        record.text = text(content, "name");
        if (record.text.isEmpty() ||
            text(content.value(QLatin1String("language")).toObject(), "code").isEmpty())
            return invalid(QStringLiteral("A template message needs template.name and "
                                          "template.language.code."));
        out.freeForm = false;
    } else if (type == QLatin1String("image") || type == QLatin1String("document") ||
               type == QLatin1String("audio") || type == QLatin1String("video") ||
               type == QLatin1String("sticker")) {
        record.type = *parseMessageType(type);
        if (text(content, "id").isEmpty() && text(content, "link").isEmpty())
            return invalid(QStringLiteral("A %1 message needs %1.id (an uploaded media id) or "
                                          "%1.link.")
                               .arg(type));
        record.media = Message::Media{text(content, "id"), QString(), QString(),
                                      text(content, "filename"), text(content, "caption")};
    } else if (type == QLatin1String("location")) {
        record.type = MessageType::Location;
        if (!content.value(QLatin1String("latitude")).isDouble() ||
            !content.value(QLatin1String("longitude")).isDouble())
            return invalid(QStringLiteral("A location needs numeric latitude and longitude."));
        record.location = content;
    } else if (type == QLatin1String("interactive")) {
        record.type = MessageType::Interactive;
        const QString kind = text(content, "type");
        if (kind != QLatin1String("button") && kind != QLatin1String("list") &&
            kind != QLatin1String("cta_url"))
            return invalid(QStringLiteral("interactive.type must be button, list or cta_url."));
        record.text = text(content.value(QLatin1String("body")).toObject(), "text");
        if (record.text.isEmpty())
            return invalid(QStringLiteral("An interactive message needs body.text."));
        record.interactive = content;
    } else if (type == QLatin1String("reaction")) {
        record.type = MessageType::Reaction;
        record.reaction = Message::Reaction{text(content, "message_id"), text(content, "emoji")};
        if (record.reaction->messageId.isEmpty())
            return invalid(QStringLiteral("A reaction needs reaction.message_id."));
    } else if (type == QLatin1String("contacts")) {
        record.type = MessageType::Contacts;
        if (body.value(QLatin1String("contacts")).toArray().isEmpty())
            return invalid(QStringLiteral("A contacts message needs at least one contact."));
    } else {
        return invalid(QStringLiteral("Unknown message type \"%1\": use text, template, image, "
                                      "document, audio, video, sticker, location, interactive, "
                                      "reaction or contacts.")
                           .arg(type));
    }

    out.payload = body;
    out.payload.remove(QLatin1String("phone_number_id"));
    out.payload.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    out.payload.insert(QStringLiteral("recipient_type"), QStringLiteral("individual"));
    out.payload.insert(QStringLiteral("to"), out.to);
    const QString replyTo = text(body.value(QLatin1String("context")).toObject(), "message_id");
    if (!replyTo.isEmpty())
        record.context = Message::Context{replyTo, false};
    record.raw = out.payload;
    return out;
}

} // namespace Switchboard
