// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace Switchboard {

class Database;

//! A key column's value as the replica's writer binds it to SQLite: what a JSON member becomes
//! (text as UTF-8, a bool as 0 or 1, a whole number as an integer), without a QVariant on the
//! writer's hot path.
struct ReplicaValue {
    enum class Type : quint8 { Null, Integer, Real, Text };
    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray text;

    //! A null QString is NULL, an empty one '' (as QtSql binds them).
    static ReplicaValue fromString(const QString &string);
    bool operator==(const ReplicaValue &other) const;
};

//! How each record kind of the contract is stored in the replica: its table and the keys drawn
//! from the record beside its JSON. The one place that knows the table layout of
//! migrations/*.sql (0001_replica, 0002_inbox), for the writer and the readers alike.
struct ReplicaTable {
    QString kind;
    QString table;
    //! Key columns, each with how it is read from a record; `data` (the JSON) comes after them.
    struct Column {
        QString name;
        std::function<ReplicaValue(const QJsonObject &)> read;
    };
    std::vector<Column> columns;
    //! The FTS5 table over some of the key columns (empty when the kind is not searched), and
    //! which of `columns` it indexes.
    QString searchTable;
    std::vector<int> searchColumns;

    //! The record's id; the connection, one per tenant, has none of its own and gets a fixed one.
    QString idOf(const QJsonObject &record) const;

    // Statements, built once. The writes take the id as ?1, the key columns as ?2… and the JSON
    // last; whether they wrote a row is sqlite3_changes() (a RETURNING clause would cost a
    // temporary table each time). upsertSql (kinds not searched) is `INSERT … ON CONFLICT (id) DO
    // UPDATE … WHERE data differs`: no row is touched when an event repeats what is stored. A
    // searched kind needs the stored searched values before they change, so it writes with
    // insertSql (`ON CONFLICT (id) DO NOTHING`: a row written is a new record) and, only when the
    // record exists, previousSql (rowid, data, then the searched columns) and updateSql. deleteSql
    // returns the rowid and searched columns; the search statements take the rowid and those
    // values.
    QString upsertSql;
    QString insertSql;
    QString previousSql;
    QString updateSql;
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
