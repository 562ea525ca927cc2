// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Switchboard {

//! The menu as the Menu page's search and category filter show it: products whose name, Hebrew
//! name, SKU or an alias holds the search text (case and accents aside), of one category or all.
//! Keeps the source's order (display order), so dragging a row still reorders the menu.
class ProductFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ProductFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    QString search() const { return m_search; }
    //! Only this category's products; empty: every category.
    void setCategory(const QString &category);
    QString category() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_category;
};

} // namespace Switchboard
