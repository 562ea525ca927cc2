// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QSqlQuery;

namespace Switchboard {

class StatementCache;

//! An executed statement, lent by its Database for as long as the caller reads it.
//!
//! Preparing a statement costs more than running it (SQLite parses and plans it; PostgreSQL
//! round-trips a PREPARE), and the relay runs the same few statements thousands of times a
//! second. So a Database keeps prepared statements, and a Statement hands its query back when
//! it goes out of scope, finished and ready for the next caller with the same SQL. While one
//! caller holds a Statement, a second caller with the same SQL gets a statement of its own.
class Statement {
public:
    Statement(std::unique_ptr<QSqlQuery> query, QString sql, std::weak_ptr<StatementCache> cache);
    Statement(Statement &&) noexcept;
    Statement &operator=(Statement &&) noexcept;
    ~Statement();

    QSqlQuery *operator->() const { return m_query.get(); }
    QSqlQuery &operator*() const { return *m_query; }

private:
    void giveBack();

    std::unique_ptr<QSqlQuery> m_query;
    QString m_sql;
    std::weak_ptr<StatementCache> m_cache;
};

} // namespace Switchboard
