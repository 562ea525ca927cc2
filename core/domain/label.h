// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Switchboard {

//! A label of the shared inbox ("VIP", "Complaint"): the tenant's admins define them, staff put
//! them on conversations (Conversation::labels holds their ids). JSON fields: id, name, color.
struct Label {
    QString id;    //!< required
    QString name;  //!< required, unique per tenant
    QString color; //!< "#rrggbb", lower case

    bool operator==(const Label &) const = default;
};

QJsonObject toJson(const Label &label);
Result<Label> labelFromJson(const QJsonObject &json);

} // namespace Switchboard
