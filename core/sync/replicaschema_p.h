// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <vector>

namespace Switchboard {

class Database;

//! How each record kind of the contract is stored in the replica: its table and the keys drawn
//! from the record beside its JSON. The one place that knows the table layout of
//! migrations/0001_replica.sql, for the writer and the readers alike.
struct ReplicaTable {
    QString kind;
    QString table;
    //! Key columns, each with how it is read from a record; `data` (the JSON) comes after them.
    struct Column {
        QString name;
        std::function<QVariant(const QJsonObject &)> read;
    };
    std::vector<Column> columns;
    //! The FTS5 table over some of the key columns (empty when the kind is not searched), and
    //! which of `columns` it indexes.
    QString searchTable;
    std::vector<int> searchColumns;

    //! The record's id; the connection, one per tenant, has none of its own and gets a fixed one.
    QString idOf(const QJsonObject &record) const;
    QVariantList upsertBindings(const QString &id, const QJsonObject &record,
                                const QString &json) const;

    //! The values of the searched columns in upsertBindings().
    QVariantList searchValues(const QVariantList &bindings) const;

    // Statements, built once. The upsert is `INSERT … ON CONFLICT (id) DO UPDATE … WHERE data
    // differs RETURNING rowid`: no row comes back (and none is touched) when an event repeats what
    // is stored. For searched kinds, previousSql reads the rowid and searched columns before an
    // upsert, deleteSql returns them, and the search statements take the rowid and those values.
    QString upsertSql;
    QString previousSql;
    QString deleteSql;
    QString selectSql;
    QString countSql;
    QString searchInsertSql;
    QString searchDeleteSql;

    //! The table for `kind`, or null for a kind the contract does not have.
    static const ReplicaTable *forKind(const QString &kind);
    static const std::vector<ReplicaTable> &all();
};

//! Brings a replica file's schema up to date (core/store's Migrator over the embedded migrations).
Status migrateReplica(Database &database);

//! An FTS5 query matching every word of `terms` as a prefix, each word quoted so that no input
//! is read as FTS5 syntax; empty when `terms` has no word.
QString ftsQuery(const QString &terms);

} // namespace Switchboard
