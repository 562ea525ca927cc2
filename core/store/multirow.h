// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>

namespace Switchboard {

//! Multi-row INSERTs: many rows for one round trip (PostgreSQL) or one statement step (SQLite).
//! Row counts are powers of two so that the statement cache holds few shapes.

//! How many of `waiting` rows the next multi-row statement should take: a power of two, at
//! most `most`. Each row count is a statement of its own in the cache, so there are at most
//! log2(most) + 1 of them whatever the batch sizes.
inline size_t rowsPerStatement(size_t waiting, size_t most = 64) {
    size_t count = most;
    while (count > waiting && count > 1)
        count /= 2;
    return count;
}

//! The VALUES list of a multi-row INSERT: `rows` groups of `columns` placeholders,
//! "(?, ?), (?, ?)".
inline QString valuesPlaceholders(int columns, size_t rows) {
    QString group = QStringLiteral("(?");
    for (int i = 1; i < columns; ++i)
        group += QLatin1String(", ?");
    group += QLatin1Char(')');
    QString values = group;
    for (size_t i = 1; i < rows; ++i)
        values += QLatin1String(", ") + group;
    return values;
}

} // namespace Switchboard
