// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Switchboard {

//! One WhatsApp business number of a tenant, as the connection object lists it. Besides id, the
//! fields are Meta's values verbatim (quality_rating "GREEN", messaging_limit_tier "TIER_1K",
//! status "CONNECTED"), so a value Meta adds later passes through instead of failing.
struct PhoneNumber {
    QString id; //!< required: Meta's phone_number_id, which routes webhooks to the tenant
    QString displayPhoneNumber; //!< "+972 3-555-0100"
    QString verifiedName;       //!< the business name Meta approved
    QString qualityRating;
    QString messagingLimitTier;
    QString status;
    QString nameStatus; //!< Meta's review of the display name: APPROVED, PENDING_REVIEW, DECLINED…

    bool operator==(const PhoneNumber &) const = default;
};

QJsonObject toJson(const PhoneNumber &number);
Result<PhoneNumber> phoneNumberFromJson(const QJsonObject &json);

} // namespace Switchboard
