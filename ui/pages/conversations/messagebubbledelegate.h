// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/conversations/bubblelayout.h"

#include <QHash>
#include <QImage>
#include <QStyledItemDelegate>

#include <functional>
#include <vector>

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
    //! How a voice note is playing, for its bubble.
    struct AudioState {
        bool playing = false;
        qint64 positionMs = 0;
        qint64 durationMs = 0;
    };
    void setAudioState(std::function<AudioState(const QString &mediaId)> state) {
        m_audio = std::move(state);
    }
    //! Words of the search to highlight (empty: none).
    void setHighlight(const QStringList &words);
    //! Forgets every layout (a language or font change).
    void clearCache() {
        m_cache.clear();
        m_sizes.clear();
    }
    //! Follows `model`'s row changes, so each row's size is computed once and the list can ask
    //! for all of them (it does on every insert) at the cost of a lookup.
    void follow(QAbstractItemModel *model);

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
    //! Row → size at m_sizesWidth (an invalid size: not known yet).
    mutable std::vector<QSize> m_sizes;
    mutable int m_sizesWidth = -1;
    mutable Qt::LayoutDirection m_sizesDirection = Qt::LeftToRight;
    std::function<QImage(const QString &)> m_thumbnails;
    std::function<AudioState(const QString &)> m_audio;
    QStringList m_highlight;
};

} // namespace Switchboard
