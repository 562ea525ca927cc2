// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace Switchboard {

//! The inbox as one filter shows it: all, unread, mine, unassigned, open or closed, optionally
//! only one label's, or only the conversations a search found. Keeps the source's order (latest
//! activity first) and follows its changes row by row, as QSortFilterProxyModel does.
class ConversationFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Filter { All, Unread, Mine, Unassigned, Open, Closed };
    Q_ENUM(Filter)

    explicit ConversationFilterModel(QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    //! Who "mine" is: the signed-in user's name, as assignees are named.
    void setMe(const QString &username);
    //! Only conversations with this label (empty: any).
    void setLabel(const QString &labelId);
    //! Only these conversations (a search's); std::nullopt shows all.
    void setOnly(const std::optional<QSet<QString>> &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter = Filter::All;
    QString m_me;
    QString m_label;
    std::optional<QSet<QString>> m_only;
};

} // namespace Switchboard
