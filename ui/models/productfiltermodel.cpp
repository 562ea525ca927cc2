// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/productfiltermodel.h"

#include "ui/models/productlistmodel.h"

namespace Switchboard {

ProductFilterModel::ProductFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {}

void ProductFilterModel::setSearch(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void ProductFilterModel::setCategory(const QString &category) {
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

bool ProductFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() &&
        index.data(ProductListModel::CategoryRole).toString() != m_category)
        return false;
    if (m_search.isEmpty())
        return true;
    QStringList words{index.data(ProductListModel::NameRole).toString(),
                      index.data(ProductListModel::NameHeRole).toString(),
                      index.data(ProductListModel::SkuRole).toString()};
    words << index.data(ProductListModel::AliasesRole).toStringList();
    return std::any_of(words.cbegin(), words.cend(), [this](const QString &word) {
        return word.contains(m_search, Qt::CaseInsensitive);
    });
}

} // namespace Switchboard
