// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Switchboard {

//! A person of the tenant's team as records name them: who a conversation is assigned to, who
//! wrote a note or sent a reply. JSON fields: id, username.
struct TeamMember {
    QString id;       //!< the relay's user id; required
    QString username; //!< as the person signs in

    bool operator==(const TeamMember &) const = default;
};

QJsonObject toJson(const TeamMember &member);
Result<TeamMember> teamMemberFromJson(const QJsonObject &json);

} // namespace Switchboard
