// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/webhookparser.h"

#include "core/meta/webhookjson_p.h"
#include "core/meta/webhookmessagereader_p.h"
#include "core/meta/webhookupdatereader_p.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLatin1String>

#include <algorithm>

namespace Switchboard {

using namespace WebhookJson;

namespace {

Error invalidPayload(const QString &message) {
    return Error{QStringLiteral("invalid_payload"), message};
}

//! Why a field the relay does not model is dropped, for the operator reading the count.
QString unmodelledField(const QString &field) {
    if (field == QLatin1String("calls"))
        return QStringLiteral("WhatsApp calls are not modelled by the relay");
    if (field == QLatin1String("user_preferences"))
        return QStringLiteral("marketing preferences (user_preferences) are not modelled by the "
                              "relay; opt-in is edited by staff");
    if (field == QLatin1String("history") || field == QLatin1String("smb_app_state_sync"))
        return QStringLiteral("coexistence history and contact sync (") + field +
               QStringLiteral(") are not modelled by the relay");
    return QStringLiteral("field \"") + field + QStringLiteral("\" is not modelled by the relay");
}

//! The routing keys shared by every item of one change.
struct Route {
    QString wabaId;
    QString phoneNumberId;
    QString field;
};

//! Walks one delivery and collects its changes, stopping once there are too many.
class DeliveryReader {
public:
    void readEntries(const QJsonArray &entries);

    bool overflowed() const { return m_overflowed; }
    std::vector<WebhookChange> takeChanges() { return std::move(m_changes); }

private:
    void readEntry(const QJsonValue &entry, const QString &path);
    //! wabaIdProblem: why entry[].id is unusable, when it is.
    void readChange(const QJsonValue &change, const QString &wabaId, const QString &wabaIdProblem,
                    const QString &path);
    void readMessages(const QJsonObject &value, const Route &route, const QString &path);
    void readEchoes(const QJsonObject &value, const Route &route, const QString &path);
    //! value.contacts[] as wa_id → profile name; the first listing of a wa_id wins.
    QHash<QString, QString> profileNames(const QJsonObject &value) const;

    template <typename Payload>
    void add(const Route &route, Payload payload) {
        if (m_changes.size() >= static_cast<std::size_t>(maxWebhookChanges)) {
            m_overflowed = true;
            return;
        }
        m_changes.push_back(
            WebhookChange{route.wabaId, route.phoneNumberId, route.field, std::move(payload)});
    }
    void ignore(const Route &route, const QString &reason) { add(route, IgnoredChange{reason}); }

    //! Iterates array while there is room, calling read(item, path of item).
    template <typename Read>
    void forEach(const QJsonArray &array, const QString &path, Read read) {
        for (qsizetype i = 0; i < array.size() && !m_overflowed; ++i)
            read(array.at(i), element(path, i));
    }

    std::vector<WebhookChange> m_changes;
    bool m_overflowed = false;
};

void DeliveryReader::readEntries(const QJsonArray &entries) {
    forEach(entries, QStringLiteral("entry"),
            [this](const QJsonValue &entry, const QString &path) { readEntry(entry, path); });
}

void DeliveryReader::readEntry(const QJsonValue &entryValue, const QString &path) {
    if (!entryValue.isObject()) {
        ignore({}, problem(path, entryValue, QStringLiteral("an object")));
        return;
    }
    const QJsonObject entry = entryValue.toObject();
    const QJsonValue idValue = entry.value(QLatin1String("id"));
    const QString wabaId = id(idValue);
    const QString wabaIdProblem = wabaId.isEmpty()
                                      ? problem(member(path, QLatin1String("id")), idValue,
                                                QStringLiteral("a non-empty string"))
                                      : QString();
    const QJsonValue changes = entry.value(QLatin1String("changes"));
    const QString changesPath = member(path, QLatin1String("changes"));
    if (!changes.isArray()) {
        ignore(Route{wabaId, {}, {}}, problem(changesPath, changes, QStringLiteral("an array")));
        return;
    }
    forEach(changes.toArray(), changesPath,
            [&](const QJsonValue &change, const QString &changePath) {
                readChange(change, wabaId, wabaIdProblem, changePath);
            });
}

void DeliveryReader::readChange(const QJsonValue &changeValue, const QString &wabaId,
                                const QString &wabaIdProblem, const QString &path) {
    Route route{wabaId, {}, {}};
    if (!changeValue.isObject()) {
        ignore(route, problem(path, changeValue, QStringLiteral("an object")));
        return;
    }
    const QJsonObject change = changeValue.toObject();
    const QJsonValue fieldValue = change.value(QLatin1String("field"));
    route.field = text(fieldValue);
    if (route.field.isEmpty()) {
        ignore(route, problem(member(path, QLatin1String("field")), fieldValue,
                              QStringLiteral("a non-empty string")));
        return;
    }
    const QJsonValue valueValue = change.value(QLatin1String("value"));
    const QString valuePath = member(path, QLatin1String("value"));
    if (!valueValue.isObject()) {
        ignore(route, problem(valuePath, valueValue, QStringLiteral("an object")));
        return;
    }
    const QJsonObject value = valueValue.toObject();
    route.phoneNumberId = id(
        value.value(QLatin1String("metadata")).toObject().value(QLatin1String("phone_number_id")));

    const bool messaging = route.field == QLatin1String("messages") ||
                           route.field == QLatin1String("smb_message_echoes");
    const bool accountLevel = WebhookUpdateReader::isTemplateField(route.field) ||
                              WebhookUpdateReader::isAccountField(route.field);
    if (messaging && route.phoneNumberId.isEmpty()) {
        ignore(route, problem(valuePath + QStringLiteral(".metadata.phone_number_id"),
                              value.value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("phone_number_id")),
                              QStringLiteral("a non-empty string")));
        return;
    }
    if (accountLevel && wabaId.isEmpty()) {
        ignore(route, wabaIdProblem);
        return;
    }

    if (route.field == QLatin1String("messages")) {
        readMessages(value, route, valuePath);
    } else if (route.field == QLatin1String("smb_message_echoes")) {
        readEchoes(value, route, valuePath);
    } else if (WebhookUpdateReader::isTemplateField(route.field)) {
        Result<TemplateChange> update =
            WebhookUpdateReader::readTemplate(value, route.field, valuePath);
        if (update)
            add(route, std::move(update).value());
        else
            ignore(route, update.error().message);
    } else if (WebhookUpdateReader::isAccountField(route.field)) {
        add(route, WebhookUpdateReader::readAccount(value));
    } else {
        ignore(route, unmodelledField(route.field));
    }
}

QHash<QString, QString> DeliveryReader::profileNames(const QJsonObject &value) const {
    QHash<QString, QString> names;
    const QJsonArray contacts = value.value(QLatin1String("contacts")).toArray();
    // Meta lists one contact per message; looking at more than a delivery may hold is waste.
    const qsizetype count = std::min(contacts.size(), maxWebhookChanges);
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonObject contact = contacts.at(i).toObject();
        const QString waId = id(contact.value(QLatin1String("wa_id")));
        if (!waId.isEmpty() && !names.contains(waId))
            names.insert(waId, text(contact.value(QLatin1String("profile"))
                                        .toObject()
                                        .value(QLatin1String("name"))));
    }
    return names;
}

void DeliveryReader::readMessages(const QJsonObject &value, const Route &route,
                                  const QString &path) {
    const QJsonValue messages = value.value(QLatin1String("messages"));
    const QJsonValue statuses = value.value(QLatin1String("statuses"));
    const QJsonValue errors = value.value(QLatin1String("errors"));
    const std::size_t before = m_changes.size();

    if (!messages.isUndefined()) {
        const QString messagesPath = member(path, QLatin1String("messages"));
        if (!messages.isArray()) {
            ignore(route, problem(messagesPath, messages, QStringLiteral("an array")));
        } else {
            const QHash<QString, QString> names = profileNames(value);
            forEach(messages.toArray(), messagesPath,
                    [&](const QJsonValue &item, const QString &itemPath) {
                        if (!item.isObject()) {
                            ignore(route, problem(itemPath, item, QStringLiteral("an object")));
                            return;
                        }
                        const QJsonObject object = item.toObject();
                        const Result<QString> from =
                            requiredId(object, QLatin1String("from"), itemPath);
                        if (!from) {
                            ignore(route, from.error().message);
                            return;
                        }
                        Result<Message> message = WebhookMessageReader::read(
                            object, MessageDirection::Inbound, errors, itemPath);
                        if (!message) {
                            ignore(route, message.error().message);
                            return;
                        }
                        add(route, InboundMessageChange{*from, names.value(*from),
                                                        std::move(message).value()});
                    });
        }
    }
    if (!statuses.isUndefined()) {
        const QString statusesPath = member(path, QLatin1String("statuses"));
        if (!statuses.isArray()) {
            ignore(route, problem(statusesPath, statuses, QStringLiteral("an array")));
        } else {
            forEach(statuses.toArray(), statusesPath,
                    [&](const QJsonValue &item, const QString &itemPath) {
                        if (!item.isObject()) {
                            ignore(route, problem(itemPath, item, QStringLiteral("an object")));
                            return;
                        }
                        Result<StatusChange> status =
                            WebhookUpdateReader::readStatus(item.toObject(), itemPath);
                        if (status)
                            add(route, std::move(status).value());
                        else
                            ignore(route, status.error().message);
                    });
        }
    }
    if (m_changes.size() != before || m_overflowed)
        return;
    // Nothing to ingest: say what the change held so the count can be understood.
    if (const std::optional<Message::MessageError> error = firstError(errors)) {
        ignore(route, path + QStringLiteral(" reports only an error, not tied to a message: ") +
                          error->code + QLatin1Char(' ') + error->title +
                          (error->message.isEmpty()
                               ? QString()
                               : QStringLiteral(" (") + error->message + QLatin1Char(')')));
    } else {
        ignore(route, path + QStringLiteral(" has no messages, statuses or errors"));
    }
}

void DeliveryReader::readEchoes(const QJsonObject &value, const Route &route, const QString &path) {
    const QJsonValue echoes = value.value(QLatin1String("message_echoes"));
    const QString echoesPath = member(path, QLatin1String("message_echoes"));
    if (!echoes.isArray() || echoes.toArray().isEmpty()) {
        ignore(route, problem(echoesPath, echoes, QStringLiteral("a non-empty array")));
        return;
    }
    const QHash<QString, QString> names = profileNames(value);
    const QJsonValue errors = value.value(QLatin1String("errors"));
    forEach(echoes.toArray(), echoesPath, [&](const QJsonValue &item, const QString &itemPath) {
        if (!item.isObject()) {
            ignore(route, problem(itemPath, item, QStringLiteral("an object")));
            return;
        }
        const QJsonObject object = item.toObject();
        const Result<QString> to = requiredId(object, QLatin1String("to"), itemPath);
        if (!to) {
            ignore(route, to.error().message);
            return;
        }
        Result<Message> message =
            WebhookMessageReader::read(object, MessageDirection::Outbound, errors, itemPath);
        if (!message) {
            ignore(route, message.error().message);
            return;
        }
        add(route, EchoChange{*to, names.value(*to), std::move(message).value()});
    });
}

} // namespace

Result<WebhookDelivery> parseWebhook(const QByteArray &body) {
    if (body.trimmed().isEmpty())
        return invalidPayload(QStringLiteral("the body is empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidPayload(QStringLiteral("the body is not JSON: ") + parseError.errorString() +
                              QStringLiteral(" at byte ") + QString::number(parseError.offset));
    if (!document.isObject())
        return invalidPayload(document.isArray()
                                  ? QStringLiteral("the body is a JSON array, not an object")
                                  : QStringLiteral("the body is not a JSON object"));
    const QJsonObject root = document.object();
    const QJsonValue object = root.value(QLatin1String("object"));
    if (text(object) != QLatin1String("whatsapp_business_account")) {
        const QString what = object.isString()
                                 ? QStringLiteral("\"") + object.toString() + QLatin1Char('"')
                                 : describe(object);
        return invalidPayload(QStringLiteral("\"object\" is ") + what +
                              QStringLiteral(", not \"whatsapp_business_account\""));
    }
    const QJsonValue entries = root.value(QLatin1String("entry"));
    if (!entries.isArray())
        return invalidPayload(
            problem(QStringLiteral("\"entry\""), entries, QStringLiteral("an array")));

    DeliveryReader reader;
    reader.readEntries(entries.toArray());
    if (reader.overflowed())
        return invalidPayload(QStringLiteral("the body holds more than ") +
                              QString::number(maxWebhookChanges) +
                              QStringLiteral(" updates; Meta sends at most 1000 in a delivery"));
    return WebhookDelivery{reader.takeChanges()};
}

} // namespace Switchboard
