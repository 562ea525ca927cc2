// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/webhookupdatereader_p.h"

#include "core/meta/webhookjson_p.h"

#include <QLatin1String>

namespace Switchboard {

using namespace WebhookJson;

namespace {

QString textAt(const QJsonObject &object, const char *key) {
    return text(object.value(QLatin1String(key)));
}

QString idAt(const QJsonObject &object, const char *key) {
    return id(object.value(QLatin1String(key)));
}

std::optional<MessageStatus> deliveryStatus(const QString &metaStatus) {
    if (metaStatus == QLatin1String("sent"))
        return MessageStatus::Sent;
    if (metaStatus == QLatin1String("delivered"))
        return MessageStatus::Delivered;
    // "played" is a voice note's first play: the customer has it, as with read.
    if (metaStatus == QLatin1String("read") || metaStatus == QLatin1String("played"))
        return MessageStatus::Read;
    if (metaStatus == QLatin1String("failed"))
        return MessageStatus::Failed;
    return std::nullopt;
}

//! Meta's template event in the contract's spelling ("IN_APPEAL" → InAppeal). REINSTATED lifts a
//! pause, so the template is approved again; FLAGGED and LOCKED do not change whether it can be
//! sent and have no counterpart.
std::optional<TemplateStatus> templateStatus(const QString &event) {
    if (event == QLatin1String("REINSTATED"))
        return TemplateStatus::Approved;
    return parseTemplateStatus(event.toLower());
}

} // namespace

Result<StatusChange> WebhookUpdateReader::readStatus(const QJsonObject &status,
                                                     const QString &path) {
    const Result<QString> wamid = requiredId(status, QLatin1String("id"), path);
    if (!wamid)
        return wamid.error();
    const QJsonValue statusValue = status.value(QLatin1String("status"));
    const QString metaStatus = text(statusValue);
    if (metaStatus.isEmpty())
        return ignored(problem(member(path, QLatin1String("status")), statusValue,
                               QStringLiteral("a non-empty string")));
    const std::optional<MessageStatus> mapped = deliveryStatus(metaStatus);
    if (!mapped)
        return ignored(member(path, QLatin1String("status")) + QStringLiteral(" is \"") +
                       metaStatus + QStringLiteral("\", which the relay does not model"));
    const Result<QDateTime> timestamp = requiredTime(status, QLatin1String("timestamp"), path);
    if (!timestamp)
        return timestamp.error();

    StatusChange change;
    change.wamid = *wamid;
    change.recipientId = idAt(status, "recipient_id");
    change.status = *mapped;
    change.metaStatus = metaStatus;
    change.timestamp = *timestamp;
    change.error = firstError(status.value(QLatin1String("errors")));
    change.pricing = status.value(QLatin1String("pricing")).toObject();
    change.raw = status;
    return change;
}

bool WebhookUpdateReader::isTemplateField(const QString &field) {
    return field == QLatin1String("message_template_status_update") ||
           field == QLatin1String("message_template_quality_update") ||
           field == QLatin1String("message_template_category_update") ||
           field == QLatin1String("template_category_update") ||
           field == QLatin1String("message_template_components_update");
}

QJsonArray WebhookUpdateReader::templateComponents(const QJsonObject &value) {
    // The webhook flattens the components (message_template_title, _element, _footer, _buttons);
    // Meta's template API, and so the Template record, nests them.
    QJsonArray components;
    const auto textComponent = [&](const char *type, const char *key) {
        const QString text = textAt(value, key);
        if (text.isEmpty())
            return;
        QJsonObject component{{QStringLiteral("type"), QLatin1String(type)},
                              {QStringLiteral("text"), text}};
        if (qstrcmp(type, "HEADER") == 0)
            component.insert(QStringLiteral("format"), QStringLiteral("TEXT"));
        components.append(component);
    };
    textComponent("HEADER", "message_template_title");
    textComponent("BODY", "message_template_element");
    textComponent("FOOTER", "message_template_footer");
    QJsonArray buttons;
    for (const QJsonValue &entry :
         value.value(QStringLiteral("message_template_buttons")).toArray()) {
        const QJsonObject button = entry.toObject();
        QJsonObject shaped{
            {QStringLiteral("type"), textAt(button, "message_template_button_type")},
            {QStringLiteral("text"), textAt(button, "message_template_button_text")}};
        if (const QString url = textAt(button, "message_template_button_url"); !url.isEmpty())
            shaped.insert(QStringLiteral("url"), url);
        if (const QString phone = textAt(button, "message_template_button_phone_number");
            !phone.isEmpty())
            shaped.insert(QStringLiteral("phone_number"), phone);
        buttons.append(shaped);
    }
    if (!buttons.isEmpty())
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")},
                                      {QStringLiteral("buttons"), buttons}});
    return components;
}

Result<TemplateChange> WebhookUpdateReader::readTemplate(const QJsonObject &value,
                                                         const QString &field,
                                                         const QString &path) {
    TemplateChange change;
    change.templateId = idAt(value, "message_template_id");
    change.name = textAt(value, "message_template_name");
    change.language = textAt(value, "message_template_language");
    if (change.templateId.isEmpty() && change.name.isEmpty())
        return ignored(path + QStringLiteral(" names no template (message_template_id and "
                                             "message_template_name are both missing)"));
    change.raw = value;

    if (field == QLatin1String("message_template_status_update")) {
        change.event = textAt(value, "event");
        change.status = templateStatus(change.event);
        change.reason = textAt(value, "reason"); // null for a scheduled deletion
        change.category = textAt(value, "message_template_category");
    } else if (field == QLatin1String("message_template_quality_update")) {
        change.quality = textAt(value, "new_quality_score");
        change.previousQuality = textAt(value, "previous_quality_score");
    } else if (field == QLatin1String("message_template_category_update") ||
               field == QLatin1String("template_category_update")) {
        change.category = textAt(value, "new_category");
        change.previousCategory = textAt(value, "previous_category");
    } else if (field == QLatin1String("message_template_components_update")) {
        change.components = templateComponents(value);
    }
    if (!change.category.isEmpty())
        change.mappedCategory = parseTemplateCategory(change.category.toLower());
    return change;
}

bool WebhookUpdateReader::isAccountField(const QString &field) {
    return field == QLatin1String("account_update") || field == QLatin1String("account_alerts") ||
           field == QLatin1String("account_review_update") ||
           field == QLatin1String("business_capability_update") ||
           field == QLatin1String("phone_number_name_update") ||
           field == QLatin1String("phone_number_quality_update") ||
           field == QLatin1String("security");
}

AccountChange WebhookUpdateReader::readAccount(const QJsonObject &value) {
    AccountChange change;
    change.event = textAt(value, "event");
    if (change.event.isEmpty())
        change.event = textAt(value.value(QLatin1String("alert_info")).toObject(), "alert_type");
    change.displayPhoneNumber = idAt(value, "display_phone_number");
    // Meta documents the business tier as "TIER_2K" but has sent the number 2000: both as text.
    for (const char *key : {"current_limit", "max_daily_conversations_per_business",
                            "max_daily_conversation_per_phone"}) {
        if (change.messagingLimit.isEmpty())
            change.messagingLimit = idAt(value, key);
    }
    change.decision = textAt(value, "decision");
    change.requestedVerifiedName = textAt(value, "requested_verified_name");
    const QJsonObject banInfo = value.value(QLatin1String("ban_info")).toObject();
    change.banState = textAt(banInfo, "waba_ban_state");
    change.banDate = textAt(banInfo, "waba_ban_date");
    change.affectedWabaId = idAt(value.value(QLatin1String("waba_info")).toObject(), "waba_id");
    change.raw = value;
    return change;
}

} // namespace Switchboard
