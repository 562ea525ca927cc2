// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/statement.h"

#include "core/store/statementcache.h"

#include <QSqlQuery>

namespace Switchboard {

Statement::Statement(std::unique_ptr<QSqlQuery> query, QString sql,
                     std::weak_ptr<StatementCache> cache)
    : m_query(std::move(query))
    , m_sql(std::move(sql))
    , m_cache(std::move(cache)) {}

Statement::Statement(Statement &&) noexcept = default;

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        giveBack();
        m_query = std::move(other.m_query);
        m_sql = std::move(other.m_sql);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Statement::~Statement() {
    giveBack();
}

void Statement::giveBack() {
    if (!m_query)
        return;
    m_query->finish();
    if (auto cache = m_cache.lock())
        cache->giveBack(m_sql, std::move(m_query));
    m_query.reset();
}

StatementCache::StatementCache(int capacity)
    : m_capacity(capacity) {}

StatementCache::~StatementCache() = default;

std::unique_ptr<QSqlQuery> StatementCache::take(const QString &sql) {
    auto it = m_idle.find(sql);
    if (it == m_idle.end() || it->second.empty())
        return nullptr;
    std::unique_ptr<QSqlQuery> query = std::move(it->second.back());
    it->second.pop_back();
    --m_size;
    return query;
}

void StatementCache::giveBack(const QString &sql, std::unique_ptr<QSqlQuery> query) {
    if (m_size >= m_capacity)
        return; // destroyed with `query`
    m_idle[sql].push_back(std::move(query));
    ++m_size;
}

void StatementCache::clear() {
    m_idle.clear();
    m_size = 0;
}

} // namespace Switchboard
