// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/connections/graphnumber.h"

namespace Switchboard {

QUrlQuery graphNumberFields() {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"),
                       QStringLiteral("id,display_phone_number,verified_name,quality_rating,"
                                      "messaging_limit_tier,code_verification_status,name_status,"
                                      "status,platform_type"));
    return query;
}

PhoneNumber numberFromGraph(const QJsonObject &json) {
    PhoneNumber number;
    number.id = json.value(QLatin1String("id")).toString();
    number.displayPhoneNumber = json.value(QLatin1String("display_phone_number")).toString();
    number.verifiedName = json.value(QLatin1String("verified_name")).toString();
    number.qualityRating = json.value(QLatin1String("quality_rating")).toString();
    number.messagingLimitTier = json.value(QLatin1String("messaging_limit_tier")).toString();
    number.status = json.value(QLatin1String("status")).toString();
    number.nameStatus = json.value(QLatin1String("name_status")).toString();
    return number;
}

} // namespace Switchboard
