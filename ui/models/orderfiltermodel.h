// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Switchboard {

//! The orders an OrderListModel row set is narrowed to: some statuses, a search (order number,
//! customer name or phone, an item's name), orders created on or after a local day, only those
//! to check. A board column is one status, oldest first; the table sorts by its header.
class OrderFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit OrderFilterModel(QObject *parent = nullptr);

    //! The relay's status words to keep; empty keeps every status.
    void setStatuses(const QStringList &statuses);
    QStringList statuses() const { return m_statuses; }
    void setSearch(const QString &text);
    //! Keeps orders created on `day` (local time) or later; an invalid date keeps all.
    void setSince(const QDate &day);
    void setReviewOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_statuses;
    QString m_search;
    QDate m_since;
    bool m_reviewOnly = false;
};

} // namespace Switchboard
