// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard {

//! One step of a schema's history. `sql` is portable SQL with dialect placeholders (see
//! Database::dialect); statements end with a semicolon at the end of a line.
struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

} // namespace Switchboard
