// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <cstddef>
#include <vector>

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
//! A null value is NULL, as QtSql binds it: an invalid QVariant or a null QString (an empty
//! string is "").
inline QString postgresArray(const QVariantList &values) {
    QString literal = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += QLatin1Char(',');
        if (values[i].isNull() ||
            (values[i].typeId() == QMetaType::QString && values[i].toString().isNull())) {
            literal += QLatin1String("NULL");
            continue;
        }
        literal += QLatin1Char('"');
        for (const QChar c : values[i].toString()) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                literal += QLatin1Char('\\');
            literal += c;
        }
        literal += QLatin1Char('"');
    }
    return literal + QLatin1Char('}');
}

inline QString postgresArray(const QStringList &values) {
    QVariantList variants;
    variants.reserve(values.size());
    for (const QString &value : values)
        variants << (value.isNull() ? QString(QLatin1String("")) : value);
    return postgresArray(variants);
}

//! PostgreSQL: `rows` (each `columns` values) turned into one array parameter a column, for
//! `SELECT * FROM unnest(CAST(? AS TEXT[]), …)` (unnestColumns): any number of rows in one
//! statement of one shape, where multi-row VALUES need a shape per row count.
inline QVariantList postgresColumns(const std::vector<const QVariantList *> &rows, int columns) {
    QVariantList arrays;
    arrays.reserve(columns);
    for (int column = 0; column < columns; ++column) {
        QVariantList values;
        values.reserve(qsizetype(rows.size()));
        for (const QVariantList *row : rows)
            values << row->at(column);
        arrays << postgresArray(values);
    }
    return arrays;
}

//! "SELECT * FROM unnest(CAST(? AS TEXT[]), CAST(? AS BIGINT[]))" for types {"TEXT", "BIGINT"}.
inline QString unnestColumns(const QStringList &types) {
    QString sql = QStringLiteral("SELECT * FROM unnest(");
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (i > 0)
            sql += QLatin1String(", ");
        sql += QLatin1String("CAST(? AS ") + types[i] + QLatin1String("[])");
    }
    return sql + QLatin1Char(')');
}

} // namespace Switchboard
