// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/message.h"
#include "core/domain/template.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace Switchboard {

//! A customer wrote to the business (field "messages", one item of value.messages[]). The message
//! is filled as the relay stores it, except id, conversationId and customerId, which the relay
//! assigns when it routes the change to a tenant.
struct InboundMessageChange {
    QString customerWaId;        //!< message.from; the contact's wa_id when contacts[] names it
    QString customerProfileName; //!< contacts[].profile.name of that wa_id; may be empty
    Message message;

    bool operator==(const InboundMessageChange &) const = default;
};

//! Meta reports what happened to a message the business sent (value.statuses[]). Statuses arrive
//! out of order and repeated: apply them with advancesStatus() (message.h).
struct StatusChange {
    QString wamid;       //!< the business message the status is about
    QString recipientId; //!< the customer's wa_id, or a group id for group sends
    MessageStatus status = MessageStatus::Sent; //!< "played" (voice note) is reported as Read
    QString metaStatus;                         //!< Meta's word verbatim ("played")
    QDateTime timestamp;                        //!< UTC
    std::optional<Message::MessageError> error; //!< errors[0] of a failed message
    QJsonObject pricing;                        //!< Meta's pricing object as sent; may be empty
    QJsonObject raw;                            //!< the whole status object

    bool operator==(const StatusChange &) const = default;
};

//! A template's review state, quality, category or components changed at Meta
//! (message_template_status_update, message_template_quality_update, template_category_update,
//! message_template_components_update). Strings are Meta's verbatim; status and category are
//! also mapped to the contract's enums when Meta's word has a counterpart there.
struct TemplateChange {
    QString templateId; //!< message_template_id, a JSON number at Meta, kept as text
    QString name;
    QString language;
    QString event; //!< status updates: "APPROVED", "REJECTED", "PAUSED", "FLAGGED", …
    std::optional<TemplateStatus> status; //!< event mapped; empty for FLAGGED, LOCKED, others
    QString reason;                       //!< status updates: "INVALID_FORMAT"; empty for null
    QString category; //!< message_template_category, or new_category of a category update
    std::optional<TemplateCategory> mappedCategory;
    QString previousCategory; //!< category updates
    QString quality;          //!< quality updates: new_quality_score ("YELLOW")
    QString previousQuality;  //!< quality updates: previous_quality_score
    //! Components updates: the edited template's components, shaped as Meta's template API
    //! returns them (HEADER of format TEXT, BODY, FOOTER, BUTTONS), so the record keeps one shape.
    std::optional<QJsonArray> components;
    QJsonObject raw; //!< the whole value object

    bool operator==(const TemplateChange &) const = default;
};

//! Something happened to the business account or one of its numbers (account_update,
//! account_alerts, account_review_update, business_capability_update,
//! phone_number_name_update, phone_number_quality_update, security). The relay keeps the value
//! as it came; the few strings it acts on are extracted when present, else empty.
struct AccountChange {
    QString event;              //!< value.event, or alert_info.alert_type of account_alerts
    QString displayPhoneNumber; //!< value.display_phone_number
    //! The messaging tier: current_limit, else max_daily_conversations_per_business (a string
    //! such as "TIER_2K" or a number such as 2000, kept as text).
    QString messagingLimit;
    QString decision;              //!< display-name and account reviews: "APPROVED", …
    QString requestedVerifiedName; //!< phone_number_name_update
    QString banState;              //!< ban_info.waba_ban_state ("DISABLE", "REINSTATE", …)
    QString banDate;               //!< ban_info.waba_ban_date, Meta's text verbatim
    //! waba_info.waba_id. For PARTNER_* events entry[].id (WebhookChange::wabaId) is the
    //! partner's business id and this is the WABA the event is about.
    QString affectedWabaId;
    QJsonObject raw; //!< the whole value object

    bool operator==(const AccountChange &) const = default;
};

//! A message the business sent from the WhatsApp Business app on a number shared with the Cloud
//! API (coexistence, field smb_message_echoes): outbound, already sent.
struct EchoChange {
    QString customerWaId;        //!< the echo's "to"
    QString customerProfileName; //!< contacts[].profile.name of that wa_id; may be empty
    Message message;

    bool operator==(const EchoChange &) const = default;
};

//! Part of a delivery the relay does not turn into a record: a field it does not model (calls,
//! user_preferences, …), a message edit or revoke, or an item too broken to use. Counted, logged
//! and otherwise dropped; the delivery is still acknowledged.
struct IgnoredChange {
    QString reason; //!< a sentence naming the item by its path ("entry[0].changes[1]…")

    bool operator==(const IgnoredChange &) const = default;
};

//! One typed item of a webhook delivery, with the keys the relay routes it by. A change of Meta's
//! envelope that carries several messages or statuses becomes several WebhookChanges, in order.
struct WebhookChange {
    //! The alternatives of payload, in the same order.
    enum class Kind { InboundMessage, Status, Template, Account, Echo, Ignored };

    QString wabaId;        //!< entry[].id; for PARTNER_* account updates the partner's business
    QString phoneNumberId; //!< value.metadata.phone_number_id; empty for account-level fields
    QString field;         //!< changes[].field ("messages"); empty when it was missing
    std::variant<InboundMessageChange, StatusChange, TemplateChange, AccountChange, EchoChange,
                 IgnoredChange>
        payload;

    Kind kind() const { return static_cast<Kind>(payload.index()); }

    //! The payload as T, or nullptr when it holds another kind.
    template <typename T>
    const T *as() const {
        return std::get_if<T>(&payload);
    }

    bool operator==(const WebhookChange &) const = default;
};

//! "inbound_message", "status", "template", "account", "echo", "ignored": for logs and metrics.
QString toString(WebhookChange::Kind kind);

} // namespace Switchboard
