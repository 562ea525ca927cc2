// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>

namespace Switchboard {

class Database;
class SecretBox;

//! The relay's schema: its migrations (compiled in as resources) and the check `serve` makes.
namespace RelaySchema {
//! Applies pending migrations; returns how many were applied.
Result<int> migrate(Database &database);
//! Fails with a sentence telling the operator what to run when the schema is missing or behind.
Status requireCurrent(Database &database);
} // namespace RelaySchema

//! The box that seals tenants' tokens, from the master key file; the relay's one key is id 1.
//! The error tells the operator which setting and command fix it.
Result<SecretBox> loadSealingBox(const QString &masterKeyFile);

//! A new identifier with a readable prefix ("tn_", "us_", "msg_"...): the time in milliseconds,
//! then 16 random bytes, in hex. Unguessable, so an id alone never grants access; ordered by
//! creation, so inserts append to the index.
QString newId(const char *prefix);

//! Now, as RFC 3339 UTC with milliseconds: the one timestamp format of the relay's tables.
QString nowText();

//! A record as the relay stores it, in its table's data column and in its events: compact JSON.
QString storedJson(const QJsonObject &record);
//! The record of a data column (an empty object when the column is not JSON).
QJsonObject storedObject(const QString &json);

} // namespace Switchboard
