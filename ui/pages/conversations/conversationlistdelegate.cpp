// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/conversations/conversationlistdelegate.h"

#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagewords.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace Switchboard {

namespace {

QString initials(const QString &title) {
    QString letters;
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.front().isLetter())
            letters += word.front().toUpper();
        if (letters.size() == 2)
            break;
    }
    return letters.isEmpty() ? QStringLiteral("#") : letters;
}

QColor avatarColour(const QString &seed) {
    const QColor colours[] = {QColor(0x00, 0x89, 0x7b), QColor(0x5e, 0x35, 0xb1),
                              QColor(0xd8, 0x1b, 0x60), QColor(0x1e, 0x88, 0xe5),
                              QColor(0xf4, 0x51, 0x1e), QColor(0x43, 0xa0, 0x47),
                              QColor(0x6d, 0x4c, 0x41), QColor(0x39, 0x49, 0xab)};
    return colours[qHash(seed) % (sizeof(colours) / sizeof(colours[0]))];
}

} // namespace

ConversationListDelegate::ConversationListDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QString ConversationListDelegate::timeText(const QDateTime &time, const QDateTime &now) {
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today.addDays(-1))
        return tr("Yesterday");
    if (local.date() > today.addDays(-7))
        return QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

QSize ConversationListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                         const QModelIndex &) const {
    const QFontMetrics metrics(option.font);
    return QSize(280, 3 * metrics.height() + 16);
}

void ConversationListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const {
    using Model = ConversationListModel;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect;
    const bool rtl = option.direction == Qt::RightToLeft;
    // Lays out left to right, then mirrors each rectangle for a right-to-left window.
    auto visual = [&](const QRect &r) { return QStyle::visualRect(option.direction, rect, r); };
    const Qt::Alignment leading = QStyle::visualAlignment(option.direction, Qt::AlignLeft);
    const Qt::Alignment trailing = QStyle::visualAlignment(option.direction, Qt::AlignRight);

    if (option.state & QStyle::State_Selected)
        painter->fillRect(rect, QColor(0xe3, 0xf2, 0xfd));
    else if (option.state & QStyle::State_MouseOver)
        painter->fillRect(rect, QColor(0xf5, 0xf5, 0xf5));
    painter->setPen(QColor(0xec, 0xec, 0xec));
    painter->drawLine(rtl ? rect.bottomLeft() : rect.bottomLeft() + QPoint(64, 0),
                      rtl ? rect.bottomRight() - QPoint(64, 0) : rect.bottomRight());

    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    const QString title = index.data(Model::TitleRole).toString();
    const int unread = index.data(Model::UnreadRole).toInt();

    const QRect avatar =
        visual(QRect(rect.left() + 10, rect.top() + (rect.height() - 44) / 2, 44, 44));
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColour(index.data(Model::CustomerIdRole).toString()));
    painter->drawEllipse(avatar);
    QFont avatarFont = option.font;
    avatarFont.setBold(true);
    painter->setFont(avatarFont);
    painter->setPen(Qt::white);
    painter->drawText(avatar, Qt::AlignCenter, initials(title));

    const int left = rect.left() + 64;
    const int right = rect.right() - 10;
    const int top = rect.top() + 8;
    QFont bold = option.font;
    bold.setBold(unread > 0);
    bold.setWeight(unread > 0 ? QFont::Bold : QFont::DemiBold);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);

    // Line 1: name, time.
    const QString time =
        timeText(index.data(Model::LastActivityRole).toDateTime(), QDateTime::currentDateTimeUtc());
    painter->setFont(small);
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time) + 4;
    painter->setPen(unread > 0 ? QColor(0x00, 0x80, 0x69) : QColor(0x66, 0x6f, 0x75));
    painter->drawText(visual(QRect(right - timeWidth, top, timeWidth, line)),
                      trailing | Qt::AlignVCenter, time);
    painter->setFont(bold);
    painter->setPen(option.palette.text().color());
    const QRect titleRect(left, top, right - left - timeWidth - 6, line);
    painter->drawText(visual(titleRect), leading | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, titleRect.width()));

    // Line 2: the last message, the unread count.
    int badgeWidth = 0;
    if (unread > 0) {
        const QString count = QLocale().toString(unread);
        badgeWidth = qMax(line + 2, QFontMetrics(small).horizontalAdvance(count) + 12);
        const QRect badge = visual(QRect(right - badgeWidth, top + line + 2, badgeWidth, line + 2));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x25, 0xd3, 0x66));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setFont(small);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, count);
    }
    QString preview = index.data(Model::PreviewRole).toString();
    const QString type = index.data(Model::LastTypeRole).toString();
    if (!type.isEmpty() && type != QLatin1String("text"))
        preview = preview.isEmpty() ? MessageWords::typeName(type)
                                    : MessageWords::typeName(type) + QStringLiteral(": ") + preview;
    if (index.data(Model::LastOutboundRole).toBool())
        preview = tr("You: %1").arg(preview);
    painter->setFont(option.font);
    painter->setPen(QColor(0x55, 0x5e, 0x64));
    const QRect previewRect(left, top + line + 2, right - left - badgeWidth - 6, line + 2);
    painter->drawText(
        visual(previewRect), leading | Qt::AlignVCenter,
        metrics.elidedText(preview.simplified(), Qt::ElideRight, previewRect.width()));

    // Line 3: window mark, assignee, labels.
    int x = left;
    const int y3 = top + 2 * line + 4;
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    auto chip = [&](const QString &text, const QColor &background, const QColor &foreground) {
        const int w = smallMetrics.horizontalAdvance(text) + 12;
        if (x + w > right)
            return;
        const QRect r = visual(QRect(x, y3, w, smallMetrics.height() + 2));
        painter->setPen(Qt::NoPen);
        painter->setBrush(background);
        painter->drawRoundedRect(r, 4, 4);
        painter->setPen(foreground);
        painter->drawText(r, Qt::AlignCenter, text);
        x += w + 4;
    };
    switch (index.data(Model::WindowRole).value<Model::ServiceWindow>()) {
    case Model::ServiceWindow::Closing: {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(
            index.data(Model::WindowClosesRole).toDateTime());
        chip(tr("Reply window: %n min left", nullptr, int(qMax<qint64>(1, left / 60))),
             QColor(0xff, 0xe0, 0xb2), QColor(0x8a, 0x4b, 0x00));
        break;
    }
    case Model::ServiceWindow::Closed:
        chip(tr("Reply window closed"), QColor(0xec, 0xef, 0xf1), QColor(0x54, 0x6e, 0x7a));
        break;
    default:
        break;
    }
    if (index.data(Model::StatusRole).toString() == QLatin1String("closed"))
        chip(tr("Closed"), QColor(0xec, 0xef, 0xf1), QColor(0x54, 0x6e, 0x7a));
    const QString assignee = index.data(Model::AssigneeNameRole).toString();
    if (!assignee.isEmpty())
        chip(tr("Assigned: %1").arg(assignee), QColor(0xe8, 0xea, 0xf6), QColor(0x28, 0x35, 0x93));
    for (const QString &id : index.data(Model::LabelsRole).toStringList()) {
        const Label label = m_labels.value(id, Label{id, QColor(0x90, 0xa4, 0xae)});
        QColor background = label.color;
        background.setAlpha(60);
        chip(label.name, background, label.color.darker(160));
    }
    painter->restore();
}

} // namespace Switchboard
