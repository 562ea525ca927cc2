// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>

namespace Switchboard {

//! Many rows for one round trip (PostgreSQL) or one statement step (SQLite): multi-row
//! INSERTs, whose row counts are powers of two so that the statement cache holds few shapes,
//! and PostgreSQL arrays standing for a list of keys.

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

//! A PostgreSQL array literal of `values`, each quoted ("{\"a\",\"b\"}"), for one parameter
//! that stands for a whole list: `= ANY(CAST(? AS TEXT[]))`, `unnest(CAST(? AS BIGINT[]))`.
inline QString postgresArray(const QStringList &values) {
    QString literal = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += QLatin1Char(',');
        literal += QLatin1Char('"');
        for (const QChar c : values[i]) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                literal += QLatin1Char('\\');
            literal += c;
        }
        literal += QLatin1Char('"');
    }
    return literal + QLatin1Char('}');
}

} // namespace Switchboard
