// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/phonenumber.h"

#include "core/domain/phonenumber_p.h"
#include "core/domain/recordreader_p.h"

namespace Switchboard {

using Need = RecordReader::Need;

PhoneNumber readPhoneNumber(RecordReader &r) {
    PhoneNumber number;
    number.id = r.string("id", Need::Required);
    number.displayPhoneNumber = r.string("display_phone_number");
    number.verifiedName = r.string("verified_name");
    number.qualityRating = r.string("quality_rating");
    number.messagingLimitTier = r.string("messaging_limit_tier");
    number.status = r.string("status");
    number.nameStatus = r.string("name_status");
    return number;
}

QJsonObject toJson(const PhoneNumber &number) {
    return {
        {QStringLiteral("id"), number.id},
        {QStringLiteral("display_phone_number"), number.displayPhoneNumber},
        {QStringLiteral("verified_name"), number.verifiedName},
        {QStringLiteral("quality_rating"), number.qualityRating},
        {QStringLiteral("messaging_limit_tier"), number.messagingLimitTier},
        {QStringLiteral("status"), number.status},
        {QStringLiteral("name_status"), number.nameStatus},
    };
}

Result<PhoneNumber> phoneNumberFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("phone number"));
    PhoneNumber number = readPhoneNumber(r);
    if (!r.ok())
        return r.error();
    return number;
}

} // namespace Switchboard
