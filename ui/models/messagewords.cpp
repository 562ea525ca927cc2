// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/messagewords.h"

#include <QJsonArray>
#include <QLocale>

namespace Switchboard {

namespace {

QString member(const QJsonObject &object, const char *key) {
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QString MessageWords::text(const QJsonObject &message) {
    // A template we sent: the relay keeps what went to Meta in raw, its name as the text.
    const QJsonObject sentTemplate = message.value(QStringLiteral("raw"))
                                         .toObject()
                                         .value(QStringLiteral("template"))
                                         .toObject();
    if (!sentTemplate.isEmpty()) {
        QStringList values;
        for (const QJsonValue &component :
             sentTemplate.value(QStringLiteral("components")).toArray())
            for (const QJsonValue &parameter :
                 component.toObject().value(QStringLiteral("parameters")).toArray())
                values << member(parameter.toObject(), "text");
        const QString name = member(sentTemplate, "name");
        return values.isEmpty()
                   ? tr("Template “%1”").arg(name)
                   : tr("Template “%1”: %2").arg(name, values.join(QStringLiteral(", ")));
    }
    QString text = member(message, "text");
    if (text.isEmpty())
        text = member(message.value(QStringLiteral("media")).toObject(), "caption");
    return text;
}

QString MessageWords::typeName(const QString &type) {
    if (type == QLatin1String("image"))
        return tr("Photo");
    if (type == QLatin1String("sticker"))
        return tr("Sticker");
    if (type == QLatin1String("audio"))
        return tr("Voice message");
    if (type == QLatin1String("video"))
        return tr("Video");
    if (type == QLatin1String("document"))
        return tr("Document");
    if (type == QLatin1String("location"))
        return tr("Location");
    if (type == QLatin1String("contacts"))
        return tr("Contact");
    if (type == QLatin1String("interactive"))
        return tr("Reply to options");
    if (type == QLatin1String("button"))
        return tr("Button reply");
    if (type == QLatin1String("reaction"))
        return tr("Reaction");
    if (type == QLatin1String("order"))
        return tr("Order from the catalog");
    if (type == QLatin1String("system"))
        return tr("Notice");
    if (type == QLatin1String("template"))
        return tr("Template message");
    if (type == QLatin1String("note"))
        return tr("Internal note");
    if (type == QLatin1String("unsupported"))
        return tr("A message type WhatsApp does not let businesses see");
    return tr("Message");
}

QString MessageWords::summary(const QJsonObject &message) {
    const QString type = member(message, "type");
    const QString own = text(message);
    if (type == QLatin1String("text") || type == QLatin1String("note") ||
        type == QLatin1String("system") || type.isEmpty())
        return own;
    if (type == QLatin1String("location")) {
        const QJsonObject location = message.value(QStringLiteral("location")).toObject();
        QString place = member(location, "name");
        if (place.isEmpty())
            place = member(location, "address");
        return place.isEmpty() ? typeName(type) : typeName(type) + QStringLiteral(": ") + place;
    }
    if (type == QLatin1String("contacts")) {
        const QJsonArray contacts = MessageWords::contacts(message);
        const QString name = contacts.first()
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toObject()
                                 .value(QStringLiteral("formatted_name"))
                                 .toString();
        return name.isEmpty() ? typeName(type) : typeName(type) + QStringLiteral(": ") + name;
    }
    if (type == QLatin1String("order")) {
        const QJsonArray items = message.value(QStringLiteral("order"))
                                     .toObject()
                                     .value(QStringLiteral("product_items"))
                                     .toArray();
        return tr("Order from the catalog: %n item(s)", nullptr, int(items.size()));
    }
    if (type == QLatin1String("reaction")) {
        const QString emoji = member(message.value(QStringLiteral("reaction")).toObject(), "emoji");
        return emoji.isEmpty() ? tr("Reaction removed") : tr("Reacted %1").arg(emoji);
    }
    if (type == QLatin1String("interactive") || type == QLatin1String("button")) {
        const QJsonObject interactive = message.value(QStringLiteral("interactive")).toObject();
        QString chosen = own;
        for (const char *kind : {"button_reply", "list_reply"}) {
            if (chosen.isEmpty())
                chosen = member(interactive.value(QLatin1String(kind)).toObject(), "title");
        }
        if (chosen.isEmpty())
            chosen = member(message.value(QStringLiteral("button")).toObject(), "text");
        return chosen.isEmpty() ? typeName(type) : tr("Chose “%1”").arg(chosen);
    }
    if (type == QLatin1String("document")) {
        const QString name = member(message.value(QStringLiteral("media")).toObject(), "filename");
        if (!name.isEmpty())
            return typeName(type) + QStringLiteral(": ") + name;
    }
    if (type == QLatin1String("template")) {
        const QString name = member(message.value(QStringLiteral("template")).toObject(), "name");
        if (own.isEmpty() && !name.isEmpty())
            return typeName(type) + QStringLiteral(": ") + name;
    }
    return own.isEmpty() ? typeName(type) : typeName(type) + QStringLiteral(": ") + own;
}

QString MessageWords::status(const QString &status) {
    if (status == QLatin1String("queued"))
        return tr("Waiting to send");
    if (status == QLatin1String("sending"))
        return tr("Sending");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("read"))
        return tr("Read");
    if (status == QLatin1String("failed"))
        return tr("Not delivered");
    if (status == QLatin1String("saved"))
        return tr("Saved");
    return {};
}

QString MessageWords::metaError(int code) {
    switch (code) {
    case 131047:
        return tr("More than 24 hours passed since the customer last wrote, so WhatsApp only "
                  "allows an approved template. Send a template instead.");
    case 131026:
        return tr("WhatsApp could not deliver it: the number may not use WhatsApp, have an old "
                  "version, or have blocked the business. Reach the customer another way.");
    case 131049:
        return tr("Meta held this marketing message back to avoid too many for this customer. "
                  "Wait a day before sending it again.");
    case 131050:
        return tr("The customer stopped marketing messages from the business.");
    case 131048:
        return tr("Too many of the business's messages were blocked or reported, so sending is "
                  "limited. Slow down and check the number's quality.");
    case 131056:
        return tr("Too many messages to this customer in a short time. Wait a little and retry.");
    case 131053:
        return tr("WhatsApp could not process the attached file. Check its type and try another.");
    case 131052:
        return tr("The customer's file could not be downloaded. Ask them to send it again.");
    case 130429:
    case 80007:
        return tr("The number is sending faster than WhatsApp allows. It will go a little later.");
    case 131000:
    case 131016:
    case 131057:
    case 133004:
        return tr("WhatsApp had a temporary problem. Retry in a moment.");
    case 132000:
    case 132012:
        return tr("The template's fields do not match the template. Check the values.");
    case 132001:
        return tr("The template does not exist or is not approved in this language.");
    case 132015:
        return tr("The template is paused by Meta for low quality.");
    case 132016:
        return tr("The template was disabled by Meta. Create a new one.");
    case 131031:
        return tr("The WhatsApp account is locked. An admin should check the Connection page.");
    case 190:
        return tr("The connection to WhatsApp expired. An admin should reconnect it.");
    case 368:
        return tr("The WhatsApp account is restricted for a policy violation.");
    case 131042:
        return tr("Meta refused it for a payment problem of the business account.");
    default:
        return {};
    }
}

QString MessageWords::error(const QJsonObject &message) {
    if (member(message, "status") != QLatin1String("failed"))
        return {};
    const QJsonObject error = message.value(QStringLiteral("error")).toObject();
    const int code = error.value(QStringLiteral("code")).toVariant().toInt();
    if (const QString known = metaError(code); !known.isEmpty())
        return known;
    // The relay's own codes (an outbox command it refused) and Meta's words for the rest.
    const QString relayCode = member(error, "code");
    if (relayCode == QLatin1String("outside_service_window"))
        return metaError(131047);
    QString words = member(error, "message");
    if (words.isEmpty())
        words = member(error, "title");
    return words.isEmpty() ? tr("WhatsApp did not deliver it.") : words;
}

QJsonArray MessageWords::contacts(const QJsonObject &message) {
    const QJsonArray own = message.value(QStringLiteral("contacts")).toArray();
    if (!own.isEmpty())
        return own;
    return message.value(QStringLiteral("raw"))
        .toObject()
        .value(QStringLiteral("contacts"))
        .toArray();
}

QString MessageWords::size(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace Switchboard
