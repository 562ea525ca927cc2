// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QString>

#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace Switchboard {

//! A statement prepared with SQLite's own API on a Database's handle (Database::sqliteHandle()),
//! for the few paths where QtSql's QVariant bindings and UTF-16 results cost more than SQLite
//! itself: the replica's catch-up writer and the relay's event pages. Finalized when destroyed;
//! move-only. Text goes in and comes out as UTF-8, as SQLite stores it.
class SqliteStatement {
public:
    //! `persistent` for a statement kept for the connection's life (SQLITE_PREPARE_PERSISTENT).
    static Result<SqliteStatement> prepare(sqlite3 *handle, const QString &sql,
                                           bool persistent = false);

    SqliteStatement() = default;
    SqliteStatement(SqliteStatement &&other) noexcept
        : m_statement(std::exchange(other.m_statement, nullptr)) {}
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    sqlite3_stmt *get() const { return m_statement; }

    //! Binds by 1-based position; false when SQLite refuses (see error()).
    bool bind(int position, qint64 value);
    bool bind(int position, QByteArrayView utf8);

    //! A column of the current row, 0-based, as SQLite holds it (valid until the next step).
    qint64 int64(int column) const;
    QByteArrayView text(int column) const;

    //! The handle's last error, worded as the project's errors are.
    static Error error(sqlite3 *handle, const QString &what);

private:
    explicit SqliteStatement(sqlite3_stmt *statement)
        : m_statement(statement) {}

    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Switchboard
