// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/customer.h"

#include "core/domain/recordreader_p.h"
#include "core/domain/timestamp.h"

#include <QJsonArray>

namespace Switchboard {

using Need = RecordReader::Need;

QJsonObject toJson(const Customer &customer) {
    return {
        {QStringLiteral("id"), customer.id},
        {QStringLiteral("wa_id"), customer.waId},
        {QStringLiteral("phone"), customer.phone},
        {QStringLiteral("name"), customer.name},
        {QStringLiteral("profile_name"), customer.profileName},
        {QStringLiteral("tags"), QJsonArray::fromStringList(customer.tags)},
        {QStringLiteral("notes"), customer.notes},
        {QStringLiteral("opt_in"), customer.optIn},
        {QStringLiteral("created_at"), timestampToJson(customer.createdAt)},
    };
}

Result<Customer> customerFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("customer"));
    Customer customer;
    customer.id = r.string("id", Need::Required);
    customer.waId = r.string("wa_id", Need::Required);
    customer.phone = r.string("phone");
    customer.name = r.string("name");
    customer.profileName = r.string("profile_name");
    customer.tags = r.strings("tags");
    customer.notes = r.string("notes");
    customer.optIn = r.boolean("opt_in");
    customer.createdAt = r.timestamp("created_at", Need::Optional);
    if (!r.ok())
        return r.error();
    return customer;
}

} // namespace Switchboard
