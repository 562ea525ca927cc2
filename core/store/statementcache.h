// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash> // std::hash<QString>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

class QSqlQuery;

namespace Switchboard {

//! The idle prepared statements of one Database connection, by SQL text. Bounded: past its
//! capacity a returned statement is simply destroyed. Private to Database and Statement.
class StatementCache {
public:
    explicit StatementCache(int capacity);
    ~StatementCache();

    //! An idle statement prepared with `sql`, or null when there is none.
    std::unique_ptr<QSqlQuery> take(const QString &sql);
    void giveBack(const QString &sql, std::unique_ptr<QSqlQuery> query);
    void clear();

private:
    int m_capacity;
    int m_size = 0;
    std::unordered_map<QString, std::vector<std::unique_ptr<QSqlQuery>>> m_idle;
};

} // namespace Switchboard
