// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/conversations/bubblelayout.h"

#include <QHash>
#include <QImage>
#include <QStyledItemDelegate>

#include <functional>

namespace Switchboard {

//! Draws a MessageListModel row as a chat bubble (no widget per message): BubbleLayout places
//! it, this paints it and turns clicks on its parts into signals. Layouts are kept per message
//! and width, so scrolling repaints without laying text out again.
class MessageBubbleDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit MessageBubbleDelegate(QObject *parent = nullptr);

    //! The thumbnail of a media id when the console has it (null image: a placeholder).
    void setThumbnails(std::function<QImage(const QString &mediaId)> thumbnails) {
        m_thumbnails = std::move(thumbnails);
    }
    //! Words of the search to highlight (empty: none).
    void setHighlight(const QStringList &words);
    //! Forgets every layout (a language or font change).
    void clearCache() { m_cache.clear(); }

    //! The layout of `index` in a row `width` wide (cached).
    const BubbleLayout &layoutFor(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void retryRequested(const QModelIndex &index);
    void quoteActivated(const QModelIndex &index);
    void mediaActivated(const QModelIndex &index);

private:
    QString cacheKey(const QModelIndex &index, int width, Qt::LayoutDirection direction) const;
    void paintTicks(QPainter *painter, const QRect &rect, const QString &status) const;

    mutable QHash<QString, BubbleLayout> m_cache;
    std::function<QImage(const QString &)> m_thumbnails;
    QStringList m_highlight;
};

} // namespace Switchboard
