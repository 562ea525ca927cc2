// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/label.h"

#include "core/domain/recordreader_p.h"

namespace Switchboard {

using Need = RecordReader::Need;

QJsonObject toJson(const Label &label) {
    return {
        {QStringLiteral("id"), label.id},
        {QStringLiteral("name"), label.name},
        {QStringLiteral("color"), label.color},
    };
}

Result<Label> labelFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("label"));
    Label label;
    label.id = r.string("id", Need::Required);
    label.name = r.string("name", Need::Required);
    label.color = r.string("color");
    if (!r.ok())
        return r.error();
    return label;
}

} // namespace Switchboard
