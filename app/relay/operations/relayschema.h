// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace Switchboard {

class Database;

//! The relay's schema: its migrations (compiled in as resources) and the check `serve` makes.
namespace RelaySchema {
//! Applies pending migrations; returns how many were applied.
Result<int> migrate(Database &database);
//! Fails with a sentence telling the operator what to run when the schema is missing or behind.
Status requireCurrent(Database &database);
} // namespace RelaySchema

} // namespace Switchboard
