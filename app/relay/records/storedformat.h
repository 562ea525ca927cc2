// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Switchboard {

//! Now, as RFC 3339 UTC with milliseconds: the one timestamp format of the relay's tables.
QString nowText();

//! A record as the relay stores it, in its table's data column and in its events: compact JSON.
QString storedJson(const QJsonObject &record);
//! The record of a data column (an empty object when the column is not JSON).
QJsonObject storedObject(const QString &json);

} // namespace Switchboard
