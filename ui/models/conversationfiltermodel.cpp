// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/conversationfiltermodel.h"

#include "ui/models/conversationlistmodel.h"

namespace Switchboard {

ConversationFilterModel::ConversationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    // Unsorted: the source's order is the inbox's; rows are re-filtered as they change.
    setDynamicSortFilter(true);
}

void ConversationFilterModel::setFilter(Filter filter) {
    if (m_filter == filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

void ConversationFilterModel::setMe(const QString &username) {
    if (m_me == username)
        return;
    m_me = username;
    invalidateRowsFilter();
}

void ConversationFilterModel::setLabel(const QString &labelId) {
    if (m_label == labelId)
        return;
    m_label = labelId;
    invalidateRowsFilter();
}

void ConversationFilterModel::setOnly(const std::optional<QSet<QString>> &ids) {
    m_only = ids;
    invalidateRowsFilter();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow,
                                               const QModelIndex &sourceParent) const {
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    using Model = ConversationListModel;
    if (m_only && !m_only->contains(row.data(Model::IdRole).toString()))
        return false;
    if (!m_label.isEmpty() && !row.data(Model::LabelsRole).toStringList().contains(m_label))
        return false;
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Unread:
        return row.data(Model::UnreadRole).toInt() > 0;
    case Filter::Mine:
        return !m_me.isEmpty() && row.data(Model::AssigneeNameRole).toString() == m_me;
    case Filter::Unassigned:
        return row.data(Model::AssigneeIdRole).toString().isEmpty();
    case Filter::Open:
        return row.data(Model::StatusRole).toString() != QLatin1String("closed");
    case Filter::Closed:
        return row.data(Model::StatusRole).toString() == QLatin1String("closed");
    }
    return true;
}

} // namespace Switchboard
