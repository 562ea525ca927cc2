// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/teammember.h"

#include "core/domain/recordreader_p.h"

namespace Switchboard {

using Need = RecordReader::Need;

QJsonObject toJson(const TeamMember &member) {
    return {
        {QStringLiteral("id"), member.id},
        {QStringLiteral("username"), member.username},
    };
}

Result<TeamMember> teamMemberFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("team member"));
    TeamMember member;
    member.id = r.string("id", Need::Required);
    member.username = r.string("username");
    if (!r.ok())
        return r.error();
    return member;
}

} // namespace Switchboard
