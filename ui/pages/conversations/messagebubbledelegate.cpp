// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/conversations/messagebubbledelegate.h"

#include "ui/models/messagelistmodel.h"
#include "ui/models/messagewords.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace Switchboard {

namespace {

constexpr int cacheLimit = 6000;

const QColor customerBubble(0xff, 0xff, 0xff);
const QColor ourBubble(0xd9, 0xfd, 0xd3);
const QColor noteBubble(0xff, 0xf4, 0xc2);
const QColor chatBackground(0xef, 0xea, 0xe2);
const QColor quietText(0x66, 0x6f, 0x75);
const QColor readBlue(0x34, 0xb7, 0xf1);
const QColor failedRed(0xc6, 0x28, 0x28);

} // namespace

MessageBubbleDelegate::MessageBubbleDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

void MessageBubbleDelegate::setHighlight(const QStringList &words) {
    m_highlight = words;
}

QString MessageBubbleDelegate::cacheKey(const QModelIndex &index, int width,
                                        Qt::LayoutDirection direction) const {
    // Cheap to build: the list asks for every row's size whenever rows come or go.
    const QDate previous = index.row() > 0 ? index.siblingAtRow(index.row() - 1)
                                                 .data(MessageListModel::TimestampRole)
                                                 .toDateTime()
                                                 .toLocalTime()
                                                 .date()
                                           : QDate();
    QString key = index.data(MessageListModel::IdRole).toString();
    key += QLatin1Char('|') +
           QString::number(index.data(MessageListModel::CommandIdRole).toLongLong());
    key +=
        QLatin1Char('|') + QString::number(index.data(MessageListModel::RevisionRole).toLongLong());
    key += QLatin1Char('|') + QString::number(width) + QLatin1Char('|') +
           QString::number(int(direction));
    key += QLatin1Char('|') + QString::number(previous.toJulianDay());
    if (index.data(MessageListModel::FirstUnreadRole).toBool())
        key += QStringLiteral("|n");
    return key;
}

const BubbleLayout &MessageBubbleDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                     const QModelIndex &index) const {
    const int width = option.rect.width() > 0 ? option.rect.width() : 600;
    const QString key = cacheKey(index, width, option.direction);
    auto found = m_cache.find(key);
    if (found != m_cache.end())
        return *found;
    if (m_cache.size() > cacheLimit)
        m_cache.clear();
    const QDate previous = index.row() > 0 ? index.siblingAtRow(index.row() - 1)
                                                 .data(MessageListModel::TimestampRole)
                                                 .toDateTime()
                                                 .toLocalTime()
                                                 .date()
                                           : QDate();
    BubbleLayout layout =
        BubbleLayout::compute(index.data(MessageListModel::RecordRole).toJsonObject(),
                              index.data(MessageListModel::ReactionsRole).toStringList(),
                              index.data(MessageListModel::QuotedRole).toJsonObject(),
                              index.data(MessageListModel::ErrorRole).toString(),
                              index.data(MessageListModel::FirstUnreadRole).toBool(), previous,
                              width, option.direction, option.font);
    return *m_cache.insert(key, std::move(layout));
}

void MessageBubbleDelegate::follow(QAbstractItemModel *model) {
    auto forget = [this] { m_sizes.clear(); };
    connect(model, &QAbstractItemModel::modelReset, this, forget);
    connect(model, &QAbstractItemModel::layoutChanged, this, forget);
    connect(model, &QAbstractItemModel::rowsMoved, this, forget);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (size_t(first) <= m_sizes.size())
                    m_sizes.insert(m_sizes.begin() + first, size_t(last - first + 1), QSize());
                // The row after the new ones may gain or lose its day separator.
                if (size_t(last + 1) < m_sizes.size())
                    m_sizes[size_t(last + 1)] = QSize();
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                if (size_t(last) < m_sizes.size())
                    m_sizes.erase(m_sizes.begin() + first, m_sizes.begin() + last + 1);
                else
                    m_sizes.clear();
                if (size_t(first) < m_sizes.size())
                    m_sizes[size_t(first)] = QSize();
            });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row() && size_t(row) < m_sizes.size(); ++row)
                    m_sizes[size_t(row)] = QSize();
            });
}

QSize MessageBubbleDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const {
    QStyleOptionViewItem sized = option;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        sized.rect.setWidth(view->viewport()->width());
    if (sized.rect.width() != m_sizesWidth || sized.direction != m_sizesDirection) {
        m_sizes.clear();
        m_sizesWidth = sized.rect.width();
        m_sizesDirection = sized.direction;
    }
    const size_t row = size_t(index.row());
    if (row < m_sizes.size() && m_sizes[row].isValid())
        return m_sizes[row];
    const QSize size = layoutFor(sized, index).size;
    if (m_sizes.size() < size_t(index.model()->rowCount()))
        m_sizes.resize(size_t(index.model()->rowCount()));
    if (row < m_sizes.size())
        m_sizes[row] = size;
    return size;
}

void MessageBubbleDelegate::paintTicks(QPainter *painter, const QRect &rect,
                                       const QString &status) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF c(rect.right() - 9, rect.center().y() + 0.5);
    if (status == QLatin1String("queued") || status == QLatin1String("sending")) {
        // A clock: waiting to go.
        painter->setPen(QPen(quietText, 1.2));
        painter->drawEllipse(c, 5.5, 5.5);
        painter->drawLine(c, c + QPointF(0, -3.5));
        painter->drawLine(c, c + QPointF(2.5, 0));
    } else if (status == QLatin1String("failed")) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(failedRed);
        painter->drawEllipse(c, 6, 6);
        painter->setPen(QPen(Qt::white, 1.6));
        painter->drawLine(c + QPointF(0, -3.2), c + QPointF(0, 0.8));
        painter->drawPoint(c + QPointF(0, 3));
    } else if (!status.isEmpty() && status != QLatin1String("saved")) {
        const bool two = status == QLatin1String("delivered") || status == QLatin1String("read");
        painter->setPen(QPen(status == QLatin1String("read") ? readBlue : quietText, 1.5,
                             Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        auto check = [&](qreal dx) {
            QPainterPath path;
            path.moveTo(c + QPointF(-6 + dx, 0));
            path.lineTo(c + QPointF(-3 + dx, 3));
            path.lineTo(c + QPointF(3 + dx, -4));
            painter->drawPath(path);
        };
        check(two ? -2 : 0);
        if (two)
            check(2.5);
    }
    painter->restore();
}

void MessageBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    const BubbleLayout &layout = layoutFor(option, index);
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = option.font;
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics metrics(font);

    // Above the bubble: the day, and the "new messages" line.
    if (!layout.header.isNull()) {
        int y = layout.header.top();
        const int line = metrics.height() + 10;
        painter->setFont(small);
        if (!layout.dayText.isEmpty()) {
            const QRect chip =
                QRect(0, y + 3, metrics.horizontalAdvance(layout.dayText) + 24, line - 6);
            QRect centred = chip;
            centred.moveCenter(QPoint(layout.header.center().x(), chip.center().y()));
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xe1, 0xf2, 0xfb));
            painter->drawRoundedRect(centred, 7, 7);
            painter->setPen(quietText);
            painter->drawText(centred, Qt::AlignCenter, layout.dayText);
            y += line;
        }
        if (layout.newMessages) {
            const QString words = tr("New messages");
            const QRect band(0, y + 2, layout.header.width(), line - 4);
            painter->fillRect(band, QColor(0xff, 0xff, 0xff, 160));
            painter->setPen(QColor(0x00, 0x80, 0x69));
            painter->drawText(band, Qt::AlignCenter, words);
        }
    }

    if (layout.kind == BubbleLayout::Kind::Notice) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xff, 0xf8, 0xe1));
        painter->drawRoundedRect(layout.bubble, 7, 7);
        painter->setPen(quietText);
        painter->setFont(font);
        painter->drawText(layout.text, Qt::AlignHCenter | Qt::TextWordWrap,
                          index.data(MessageListModel::TextRole).toString());
        painter->restore();
        return;
    }

    const QColor fill = layout.note ? noteBubble : layout.ours ? ourBubble : customerBubble;
    painter->setPen(layout.note ? QPen(QColor(0xe0, 0xb9, 0x3a), 1, Qt::DashLine) : Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(layout.bubble, 9, 9);
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.highlight().color(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(layout.bubble.adjusted(1, 1, -1, -1), 9, 9);
    }
    const Qt::Alignment leading =
        QStyle::visualAlignment(option.direction, Qt::AlignLeft) | Qt::AlignVCenter;

    if (!layout.author.isNull()) {
        painter->setFont(small);
        painter->setPen(layout.note ? QColor(0x8a, 0x6d, 0x00) : quietText);
        painter->drawText(layout.author.adjusted(0, 0, 40, 0), leading, layout.authorText);
    }
    if (!layout.quote.isNull()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, 18));
        painter->drawRoundedRect(layout.quote, 5, 5);
        const QRect bar =
            option.direction == Qt::RightToLeft
                ? QRect(layout.quote.right() - 3, layout.quote.top(), 4, layout.quote.height())
                : QRect(layout.quote.left(), layout.quote.top(), 4, layout.quote.height());
        painter->setBrush(QColor(0x06, 0xa8, 0x84));
        painter->drawRect(bar);
        const QRect inner = layout.quote.adjusted(10, 4, -10, -4);
        painter->setFont(bold);
        painter->setPen(QColor(0x06, 0x8a, 0x6d));
        painter->drawText(QRect(inner.left(), inner.top(), inner.width(), metrics.height()),
                          leading, layout.quoteWho);
        painter->setFont(font);
        painter->setPen(quietText);
        painter->drawText(
            QRect(inner.left(), inner.top() + metrics.height(), inner.width(), metrics.height()),
            leading, metrics.elidedText(layout.quoteText, Qt::ElideRight, inner.width()));
    }
    if (layout.block != BubbleLayout::Block::None) {
        const QRect block = layout.blockRect;
        const QJsonObject record = index.data(MessageListModel::RecordRole).toJsonObject();
        const QString mediaId =
            record.value(QStringLiteral("media")).toObject().value(QStringLiteral("id")).toString();
        switch (layout.block) {
        case BubbleLayout::Block::Image: {
            const QImage image =
                m_thumbnails && !mediaId.isEmpty() ? m_thumbnails(mediaId) : QImage();
            if (!image.isNull()) {
                const QImage scaled =
                    image.scaled(block.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
                QRect target(QPoint(), scaled.size());
                target.moveCenter(block.center());
                QPainterPath clip;
                clip.addRoundedRect(target, 6, 6);
                painter->setClipPath(clip);
                painter->drawImage(target, scaled);
                painter->setClipping(false);
            } else {
                painter->setPen(Qt::NoPen);
                painter->setBrush(QColor(0xcf, 0xd8, 0xdc));
                painter->drawRoundedRect(block, 6, 6);
                // A picture frame: a sun and a hill, what "photo" looks like anywhere.
                painter->setBrush(QColor(0xb0, 0xbe, 0xc5));
                const QPoint c = block.center();
                QPainterPath hill;
                hill.moveTo(c + QPoint(-44, 26));
                hill.lineTo(c + QPoint(-12, -8));
                hill.lineTo(c + QPoint(8, 12));
                hill.lineTo(c + QPoint(22, 0));
                hill.lineTo(c + QPoint(44, 26));
                hill.closeSubpath();
                painter->drawPath(hill);
                painter->drawEllipse(c + QPoint(20, -20), 8, 8);
                painter->setPen(quietText);
                painter->setFont(small);
                painter->drawText(block.adjusted(6, 6, -6, -6), Qt::AlignBottom | Qt::AlignHCenter,
                                  tr("%1 · click to open").arg(layout.blockTitle));
            }
            break;
        }
        case BubbleLayout::Block::Audio: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0, 0, 0, 14));
            painter->drawRoundedRect(block, 6, 6);
            const bool rtl = option.direction == Qt::RightToLeft;
            const QPoint c(rtl ? block.right() - 22 : block.left() + 22, block.center().y());
            const AudioState state =
                m_audio && !mediaId.isEmpty() ? m_audio(mediaId) : AudioState();
            painter->setBrush(QColor(0x00, 0x80, 0x69));
            painter->drawEllipse(c, 15, 15);
            painter->setBrush(Qt::white);
            if (state.playing) {
                painter->drawRect(QRect(c + QPoint(-6, -7), QSize(4, 14)));
                painter->drawRect(QRect(c + QPoint(2, -7), QSize(4, 14)));
            } else {
                painter->drawPolygon(
                    QPolygon({c + QPoint(-4, -7), c + QPoint(-4, 7), c + QPoint(8, 0)}));
            }
            auto clock = [](qint64 ms) {
                return QStringLiteral("%1:%2")
                    .arg(ms / 60000)
                    .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
            };
            const QString words = state.durationMs > 0
                                      ? layout.blockTitle + QStringLiteral(" · ") +
                                            clock(state.positionMs) + QStringLiteral(" / ") +
                                            clock(state.durationMs)
                                      : tr("%1 · click to play").arg(layout.blockTitle);
            painter->setPen(option.palette.text().color());
            painter->setFont(font);
            painter->drawText(block.adjusted(rtl ? 8 : 46, 0, rtl ? -46 : -8, 0), leading, words);
            break;
        }
        case BubbleLayout::Block::Document: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0, 0, 0, 14));
            painter->drawRoundedRect(block, 6, 6);
            const bool rtl = option.direction == Qt::RightToLeft;
            const QRect page(rtl ? block.right() - 32 : block.left() + 8, block.top() + 7, 24, 30);
            painter->setBrush(QColor(0xe5, 0x39, 0x35));
            painter->drawRoundedRect(page, 3, 3);
            painter->setBrush(QColor(255, 255, 255, 120));
            painter->drawPolygon(QPolygon({page.topRight() + QPoint(-8, 0), page.topRight(),
                                           page.topRight() + QPoint(0, 8)}));
            const QRect words = block.adjusted(rtl ? 8 : 40, 4, rtl ? -40 : -8, -4);
            painter->setFont(bold);
            painter->setPen(option.palette.text().color());
            painter->drawText(
                QRect(words.left(), words.top(), words.width(), metrics.height()), leading,
                metrics.elidedText(layout.blockTitle, Qt::ElideMiddle, words.width()));
            painter->setFont(small);
            painter->setPen(quietText);
            painter->drawText(QRect(words.left(), words.top() + metrics.height(), words.width(),
                                    metrics.height()),
                              leading, layout.blockLines.join(QStringLiteral(" · ")));
            break;
        }
        case BubbleLayout::Block::Card: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0, 0, 0, 12));
            painter->drawRoundedRect(block, 6, 6);
            const QRect words = block.adjusted(8, 6, -8, -6);
            int y = words.top();
            painter->setFont(bold);
            painter->setPen(option.palette.text().color());
            painter->drawText(QRect(words.left(), y, words.width(), metrics.height()), leading,
                              metrics.elidedText(layout.blockTitle, Qt::ElideRight, words.width()));
            painter->setFont(font);
            for (const QString &line : layout.blockLines) {
                y += metrics.height();
                painter->drawText(QRect(words.left(), y, words.width(), metrics.height()), leading,
                                  metrics.elidedText(line, Qt::ElideRight, words.width()));
            }
            break;
        }
        case BubbleLayout::Block::None:
            break;
        }
    }
    if (layout.textLayout) {
        painter->setPen(option.palette.text().color());
        QList<QTextLayout::FormatRange> highlights;
        if (!m_highlight.isEmpty()) {
            const QString text = layout.textLayout->text();
            for (const QString &word : m_highlight) {
                for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive);
                     at >= 0 && !word.isEmpty();
                     at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive)) {
                    QTextLayout::FormatRange range;
                    range.start = int(at);
                    range.length = int(word.size());
                    range.format.setBackground(QColor(0xff, 0xe0, 0x82));
                    highlights << range;
                }
            }
        }
        layout.textLayout->draw(painter, layout.text.topLeft(), highlights);
    }
    if (!layout.error.isNull()) {
        painter->setFont(font);
        painter->setPen(failedRed);
        painter->drawText(layout.error, leading | Qt::TextWordWrap, layout.errorText);
        painter->setPen(QPen(failedRed, 1));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(layout.retry, 5, 5);
        painter->drawText(layout.retry, Qt::AlignCenter, tr("Retry"));
    }
    painter->setFont(small);
    painter->setPen(quietText);
    const bool ticks = layout.ours && !layout.note;
    const QRect time = ticks ? layout.footer.adjusted(0, 0, -22, 0) : layout.footer;
    painter->drawText(time, Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter, layout.timeText);
    if (ticks)
        paintTicks(painter, layout.footer, index.data(MessageListModel::StatusRole).toString());
    if (!layout.reactions.isNull()) {
        painter->setPen(QPen(QColor(0, 0, 0, 30), 1));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(layout.reactions, layout.reactions.height() / 2.0,
                                 layout.reactions.height() / 2.0);
        painter->setFont(font);
        painter->setPen(option.palette.text().color());
        painter->drawText(layout.reactions, Qt::AlignCenter, layout.reactionText);
    }
    painter->restore();
}

bool MessageBubbleDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                        const QStyleOptionViewItem &option,
                                        const QModelIndex &index) {
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const BubbleLayout &layout = layoutFor(option, index);
    const QPoint point = mouse->position().toPoint() - option.rect.topLeft();
    if (const QUrl url = layout.linkAt(point); url.isValid()) {
        Q_EMIT linkActivated(url);
        return true;
    }
    if (!layout.retry.isNull() && layout.retry.contains(point)) {
        Q_EMIT retryRequested(index);
        return true;
    }
    if (!layout.quote.isNull() && layout.quote.contains(point)) {
        Q_EMIT quoteActivated(index);
        return true;
    }
    if (!layout.blockRect.isNull() && layout.blockRect.contains(point) &&
        layout.block != BubbleLayout::Block::Card) {
        Q_EMIT mediaActivated(index);
        return true;
    }
    return false;
}

} // namespace Switchboard
