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

    //! The record's id; the connection, one per tenant, has none of its own and gets a fixed one.
    QString idOf(const QJsonObject &record) const;
    QVariantList upsertBindings(const QString &id, const QJsonObject &record,
                                const QString &json) const;

    // Statements, built once: the upsert is `INSERT … ON CONFLICT (id) DO UPDATE … WHERE data
    // differs`, so no row is touched when an event repeats what is stored.
    QString upsertSql;
    QString deleteSql;
    QString selectSql;
    QString countSql;

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
