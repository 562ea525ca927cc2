// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Switchboard {

//! One business sharing the deployment. Everything else a relay stores belongs to exactly one
//! tenant; the caller's role in a tenant travels with the login answer, not with this record.
//! JSON fields: id, name.
struct Tenant {
    QString id;   //!< required
    QString name; //!< required

    bool operator==(const Tenant &) const = default;
};

QJsonObject toJson(const Tenant &tenant);
Result<Tenant> tenantFromJson(const QJsonObject &json);

} // namespace Switchboard
