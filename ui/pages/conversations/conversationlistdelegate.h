// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QStyledItemDelegate>

namespace Switchboard {

//! Draws one row of the inbox: the customer's initials in a circle, name and time, the last
//! message's summary ("You:" for ours), the unread count, the assignee, label chips, and a mark
//! when the 24-hour reply window is closing or closed. Mirrors in a right-to-left window.
class ConversationListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Label {
        QString name;
        QColor color;
    };

    explicit ConversationListDelegate(QObject *parent = nullptr);

    //! The tenant's labels by id, for the chips.
    void setLabels(QHash<QString, Label> labels) { m_labels = std::move(labels); }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    //! When the row shows `time`: today's as a time, this week's as a weekday, older as a date.
    static QString timeText(const QDateTime &time, const QDateTime &now);

private:
    QHash<QString, Label> m_labels;
};

} // namespace Switchboard
