// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/orderfiltermodel.h"

#include "ui/models/orderlistmodel.h"

#include <QDateTime>

namespace Switchboard {

OrderFilterModel::OrderFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {}

void OrderFilterModel::setStatuses(const QStringList &statuses) {
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateFilter();
}

void OrderFilterModel::setSearch(const QString &text) {
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateFilter();
}

void OrderFilterModel::setSince(const QDate &day) {
    if (day == m_since)
        return;
    m_since = day;
    invalidateFilter();
}

void OrderFilterModel::setReviewOnly(bool only) {
    if (only == m_reviewOnly)
        return;
    m_reviewOnly = only;
    invalidateFilter();
}

bool OrderFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_statuses.isEmpty() &&
        !m_statuses.contains(index.data(OrderListModel::StatusRole).toString()))
        return false;
    if (m_reviewOnly && !index.data(OrderListModel::NeedsReviewRole).toBool())
        return false;
    if (m_since.isValid() &&
        index.data(OrderListModel::CreatedRole).toDateTime().toLocalTime().date() < m_since)
        return false;
    if (m_search.isEmpty())
        return true;
    const QString words = index.data(OrderListModel::SearchRole).toString();
    const QString number = m_search.startsWith(QLatin1Char('#')) ? m_search.mid(1) : m_search;
    return words.contains(number);
}

bool OrderFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    switch (left.column()) {
    case OrderListModel::NumberColumn:
        return left.data(OrderListModel::NumberRole).toLongLong() <
               right.data(OrderListModel::NumberRole).toLongLong();
    case OrderListModel::TotalColumn:
        return left.data(OrderListModel::TotalRole).toDouble() <
               right.data(OrderListModel::TotalRole).toDouble();
    case OrderListModel::TimeColumn:
    case OrderListModel::CardColumn:
        return left.data(OrderListModel::CreatedRole).toDateTime() <
               right.data(OrderListModel::CreatedRole).toDateTime();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace Switchboard
