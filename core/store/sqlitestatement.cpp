// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/sqlitestatement.h"

#include <sqlite3.h>

namespace Switchboard {

Result<SqliteStatement> SqliteStatement::prepare(sqlite3 *handle, const QString &sql,
                                                 bool persistent) {
    if (!handle)
        return Error{QStringLiteral("database_error"),
                     QStringLiteral("The connection has no SQLite handle.")};
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()),
                           persistent ? SQLITE_PREPARE_PERSISTENT : 0, &statement,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return error(handle, QStringLiteral("Cannot prepare statement (%1)").arg(sql));
    }
    return SqliteStatement(statement);
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::bind(int position, qint64 value) {
    return sqlite3_bind_int64(m_statement, position, value) == SQLITE_OK;
}

bool SqliteStatement::bind(int position, QByteArrayView utf8) {
    return sqlite3_bind_text(m_statement, position, utf8.data(), int(utf8.size()),
                             SQLITE_TRANSIENT) == SQLITE_OK;
}

qint64 SqliteStatement::int64(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const {
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
}

Error SqliteStatement::error(sqlite3 *handle, const QString &what) {
    return Error{QStringLiteral("database_error"),
                 what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(handle))};
}

} // namespace Switchboard
