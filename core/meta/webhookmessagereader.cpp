// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/webhookmessagereader_p.h"

#include "core/meta/webhookjson_p.h"

#include <QJsonArray>
#include <QLatin1String>

#include <iterator>

namespace Switchboard {

using namespace WebhookJson;

namespace {

//! Where a type keeps its content in Meta's object (under the member named like the type).
enum class Content {
    Text,
    Media,
    Location,
    Contacts,
    Interactive,
    Button,
    Reaction,
    Order,
    System
};

struct KnownType {
    QLatin1String name;
    MessageType type;
    Content content;
};

// Meta's "type" strings the contract models. "unsupported" and anything not listed (Meta's
// "unknown", "request_welcome", types added later) become Unsupported.
const KnownType knownTypes[] = {
    {QLatin1String("text"), MessageType::Text, Content::Text},
    {QLatin1String("image"), MessageType::Image, Content::Media},
    {QLatin1String("audio"), MessageType::Audio, Content::Media},
    {QLatin1String("video"), MessageType::Video, Content::Media},
    {QLatin1String("document"), MessageType::Document, Content::Media},
    {QLatin1String("sticker"), MessageType::Sticker, Content::Media},
    {QLatin1String("location"), MessageType::Location, Content::Location},
    {QLatin1String("contacts"), MessageType::Contacts, Content::Contacts},
    {QLatin1String("interactive"), MessageType::Interactive, Content::Interactive},
    {QLatin1String("button"), MessageType::Button, Content::Button},
    {QLatin1String("reaction"), MessageType::Reaction, Content::Reaction},
    {QLatin1String("order"), MessageType::Order, Content::Order},
    {QLatin1String("system"), MessageType::System, Content::System},
};

const KnownType *findType(const QString &name) {
    for (const KnownType &known : knownTypes) {
        if (name == known.name)
            return &known;
    }
    return nullptr;
}

QString textAt(const QJsonObject &object, const char *key) {
    return text(object.value(QLatin1String(key)));
}

std::optional<Message::Context> readContext(const QJsonValue &value) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject context = value.toObject();
    Message::Context result;
    result.messageId = textAt(context, "id");
    result.forwarded = context.value(QLatin1String("forwarded")).toBool(false) ||
                       context.value(QLatin1String("frequently_forwarded")).toBool(false);
    // A context with only referred_product (a "Message business" tap) neither replies nor
    // forwards; it stays in raw.
    if (result.messageId.isEmpty() && !result.forwarded)
        return std::nullopt;
    return result;
}

//! The text a person sees for a reply to an interactive message: the title of the chosen button
//! or row; for a Flow reply (nfm_reply) the body WhatsApp shows in the chat ("Sent").
QString interactiveText(const QJsonObject &interactive) {
    const QString kind = textAt(interactive, "type");
    const QJsonObject reply = interactive.value(kind).toObject();
    if (kind == QLatin1String("button_reply") || kind == QLatin1String("list_reply"))
        return textAt(reply, "title");
    if (kind == QLatin1String("nfm_reply"))
        return textAt(reply, "body");
    return {};
}

//! Fills message from content (the member named like the type) and answers empty, or answers
//! what is wrong with content.
QString fillContent(Message &message, const KnownType &known, const QJsonValue &content,
                    const QString &contentPath) {
    const QString anObject = QStringLiteral("an object");
    if (known.content == Content::Contacts) {
        if (!content.isArray() || content.toArray().isEmpty())
            return problem(contentPath, content, QStringLiteral("a non-empty array"));
        return {}; // the cards stay in raw, the console renders them from there
    }
    if (!content.isObject())
        return problem(contentPath, content, anObject);
    const QJsonObject object = content.toObject();
    switch (known.content) {
    case Content::Text: {
        const QJsonValue body = object.value(QLatin1String("body"));
        if (!body.isString())
            return problem(member(contentPath, QLatin1String("body")), body,
                           QStringLiteral("a string"));
        message.text = body.toString();
        break;
    }
    case Content::Media:
        message.media = Message::Media{textAt(object, "id"), textAt(object, "mime_type"),
                                       textAt(object, "sha256"), textAt(object, "filename"),
                                       textAt(object, "caption")};
        break;
    case Content::Location:
        message.location = object;
        break;
    case Content::Interactive:
        message.interactive = object;
        message.text = interactiveText(object);
        break;
    case Content::Button:
        message.text = textAt(object, "text"); // the payload stays in raw
        break;
    case Content::Reaction: {
        const QJsonValue target = object.value(QLatin1String("message_id"));
        if (text(target).isEmpty())
            return problem(member(contentPath, QLatin1String("message_id")), target,
                           QStringLiteral("a non-empty string"));
        // No emoji, or "", is the customer taking their reaction back.
        message.reaction = Message::Reaction{target.toString(), textAt(object, "emoji")};
        break;
    }
    case Content::Order:
        message.order = object;
        message.text = textAt(object, "text");
        break;
    case Content::System:
        message.text = textAt(object, "body");
        break;
    case Content::Contacts:
        break;
    }
    return {};
}

//! Turns message into an Unsupported one that says why: Meta's own error when it sent one.
void makeUnsupported(Message &message, const QJsonValue &valueErrors, const QString &fallbackCode,
                     const QString &fallbackTitle, const QString &fallbackMessage) {
    message.type = MessageType::Unsupported;
    message.text.clear();
    message.media.reset();
    message.location = {};
    message.interactive = {};
    message.reaction.reset();
    message.order = {};
    if (!message.error)
        message.error = firstError(valueErrors);
    if (!message.error)
        message.error = Message::MessageError{fallbackCode, fallbackTitle, fallbackMessage};
}

} // namespace

Result<Message> WebhookMessageReader::read(const QJsonObject &object, MessageDirection direction,
                                           const QJsonValue &valueErrors, const QString &path) {
    const Result<QString> wamid = requiredId(object, QLatin1String("id"), path);
    if (!wamid)
        return wamid.error();
    const Result<QDateTime> timestamp = requiredTime(object, QLatin1String("timestamp"), path);
    if (!timestamp)
        return timestamp.error();

    const QJsonValue typeValue = object.value(QLatin1String("type"));
    const QString type = text(typeValue);
    if (type == QLatin1String("edit") || type == QLatin1String("revoke")) {
        const QString original = textAt(object.value(type).toObject(), "original_message_id");
        const QString article =
            type == QLatin1String("edit") ? QStringLiteral(" is an ") : QStringLiteral(" is a ");
        return ignored(path + article + type + QStringLiteral(" of ") +
                       (original.isEmpty() ? QStringLiteral("an earlier message") : original) +
                       QStringLiteral("; the contract has no record for edits and revokes"));
    }

    Message message;
    message.wamid = *wamid;
    message.direction = direction;
    message.status =
        direction == MessageDirection::Inbound ? MessageStatus::Received : MessageStatus::Sent;
    message.timestamp = *timestamp;
    message.raw = object;
    message.context = readContext(object.value(QLatin1String("context")));
    message.error = firstError(object.value(QLatin1String("errors")));

    const KnownType *known = findType(type);
    if (!known) {
        const QString typePath = member(path, QLatin1String("type"));
        QString what;
        if (type.isEmpty())
            what = problem(typePath, typeValue, QStringLiteral("a string"));
        else if (type == QLatin1String("unsupported"))
            what = QStringLiteral("Meta did not pass on the content of this message");
        else
            what = typePath + QStringLiteral(" is \"") + type +
                   QStringLiteral("\", which the relay does not model");
        makeUnsupported(message, valueErrors, QStringLiteral("unsupported_type"),
                        QStringLiteral("Unsupported message type"), what);
        return message;
    }
    message.type = known->type;
    const QString wrong =
        fillContent(message, *known, object.value(known->name), member(path, known->name));
    if (!wrong.isEmpty())
        makeUnsupported(message, valueErrors, QStringLiteral("malformed_message"),
                        QStringLiteral("Malformed message"), wrong);
    return message;
}

} // namespace Switchboard
