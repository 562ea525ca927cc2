// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/tenant.h"

#include "core/domain/recordreader_p.h"

namespace Switchboard {

using Need = RecordReader::Need;

QJsonObject toJson(const Tenant &tenant) {
    return {
        {QStringLiteral("id"), tenant.id},
        {QStringLiteral("name"), tenant.name},
    };
}

Result<Tenant> tenantFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("tenant"));
    Tenant tenant;
    tenant.id = r.string("id", Need::Required);
    tenant.name = r.string("name", Need::Required);
    if (!r.ok())
        return r.error();
    return tenant;
}

} // namespace Switchboard
