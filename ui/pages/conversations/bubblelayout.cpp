// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/conversations/bubblelayout.h"

#include "core/domain/timestamp.h"
#include "ui/models/messagewords.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTextOption>

namespace Switchboard {

namespace {

QString member(const QJsonObject &object, const char *key) {
    return object.value(QLatin1String(key)).toString();
}

//! The day as a separator says it: "Today", "Yesterday", or the date.
QString dayName(const QDate &day) {
    const QDate today = QDate::currentDate();
    if (day == today)
        return BubbleLayout::tr("Today");
    if (day == today.addDays(-1))
        return BubbleLayout::tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

QList<BubbleLayout::Link> findLinks(const QString &text) {
    static const QRegularExpression url(
        QStringLiteral(R"((https?://|www\.)[^\s<>"]+[^\s<>".,;:!?)\]'])"),
        QRegularExpression::CaseInsensitiveOption);
    QList<BubbleLayout::Link> links;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString target = match.captured(0);
        if (target.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
            target.prepend(QStringLiteral("https://"));
        links.append({int(match.capturedStart(0)), int(match.capturedLength(0)),
                      QUrl(target, QUrl::TolerantMode)});
    }
    return links;
}

//! An amount with its currency's sign where people know one (₪ 59.00).
QString money(double amount, const QString &currency) {
    static const QHash<QString, QString> signs{{QStringLiteral("ILS"), QStringLiteral("₪")},
                                               {QStringLiteral("USD"), QStringLiteral("$")},
                                               {QStringLiteral("EUR"), QStringLiteral("€")},
                                               {QStringLiteral("GBP"), QStringLiteral("£")}};
    return QLocale().toCurrencyString(amount, signs.value(currency, currency));
}

//! What a message of a kind without text of its own says in its bubble.
void describeBlock(const QJsonObject &record, BubbleLayout &layout, QString &text) {
    const QString type = member(record, "type");
    const QJsonObject media = record.value(QStringLiteral("media")).toObject();
    if (type == QLatin1String("image") || type == QLatin1String("video") ||
        type == QLatin1String("sticker")) {
        layout.block = BubbleLayout::Block::Image;
        layout.blockTitle = MessageWords::typeName(type);
    } else if (type == QLatin1String("audio")) {
        layout.block = BubbleLayout::Block::Audio;
        layout.blockTitle = MessageWords::typeName(type);
    } else if (type == QLatin1String("document")) {
        layout.block = BubbleLayout::Block::Document;
        layout.blockTitle = member(media, "filename");
        if (layout.blockTitle.isEmpty())
            layout.blockTitle = MessageWords::typeName(type);
        layout.blockLines << member(media, "mime_type");
    } else if (type == QLatin1String("location")) {
        const QJsonObject location = record.value(QStringLiteral("location")).toObject();
        layout.block = BubbleLayout::Block::Card;
        layout.blockTitle = MessageWords::typeName(type);
        for (const char *key : {"name", "address"})
            if (!member(location, key).isEmpty())
                layout.blockLines << member(location, key);
        const double latitude = location.value(QStringLiteral("latitude")).toDouble();
        const double longitude = location.value(QStringLiteral("longitude")).toDouble();
        if (latitude != 0.0 || longitude != 0.0) {
            text = BubbleLayout::tr("Open the map");
            layout.links.append(
                {0, int(text.size()),
                 QUrl(QStringLiteral("https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=17/%1/%2")
                          .arg(latitude, 0, 'f', 6)
                          .arg(longitude, 0, 'f', 6))});
        }
    } else if (type == QLatin1String("contacts")) {
        layout.block = BubbleLayout::Block::Card;
        for (const QJsonValue &value : MessageWords::contacts(record)) {
            const QJsonObject contact = value.toObject();
            const QString name =
                member(contact.value(QStringLiteral("name")).toObject(), "formatted_name");
            if (layout.blockTitle.isEmpty())
                layout.blockTitle = name;
            else
                layout.blockLines << name;
            for (const QJsonValue &phone : contact.value(QStringLiteral("phones")).toArray())
                layout.blockLines << member(phone.toObject(), "phone");
        }
        if (layout.blockTitle.isEmpty())
            layout.blockTitle = MessageWords::typeName(type);
    } else if (type == QLatin1String("order")) {
        layout.block = BubbleLayout::Block::Card;
        layout.blockTitle = MessageWords::typeName(type);
        const QJsonObject order = record.value(QStringLiteral("order")).toObject();
        double total = 0;
        QString currency;
        for (const QJsonValue &value : order.value(QStringLiteral("product_items")).toArray()) {
            const QJsonObject item = value.toObject();
            const int quantity = item.value(QStringLiteral("quantity")).toVariant().toInt();
            const double price = item.value(QStringLiteral("item_price")).toVariant().toDouble();
            currency = member(item, "currency");
            total += quantity * price;
            layout.blockLines << QStringLiteral("%1 × %2  %3")
                                     .arg(quantity)
                                     .arg(member(item, "product_retailer_id"),
                                          money(price, currency));
        }
        layout.blockLines << BubbleLayout::tr("Total: %1").arg(money(total, currency));
    } else if (type == QLatin1String("interactive") || type == QLatin1String("button")) {
        layout.block = BubbleLayout::Block::Card;
        layout.blockTitle = MessageWords::summary(record);
        text.clear(); // the card says the choice
    } else if (type == QLatin1String("unsupported")) {
        text = MessageWords::typeName(type);
    } else if (type == QLatin1String("template") && text.isEmpty()) {
        text = MessageWords::summary(record);
    }
}

} // namespace

BubbleLayout BubbleLayout::compute(const QJsonObject &record, const QStringList &reactions,
                                   const QJsonObject &quoted, const QString &error,
                                   bool newMessages, const QDate &previousDay, int width,
                                   Qt::LayoutDirection direction, const QFont &font) {
    BubbleLayout layout;
    const QFontMetrics metrics(font);
    const int line = metrics.height();
    const QString type = member(record, "type");
    const QString sender = member(record, "direction");
    layout.ours = sender != QLatin1String("inbound");
    layout.note = sender == QLatin1String("internal") || type == QLatin1String("note");
    const auto at = parseTimestamp(member(record, "timestamp"));
    const QDateTime local = at ? at->toLocalTime() : QDateTime();

    int y = 0;
    if (local.isValid() && local.date() != previousDay)
        layout.dayText = dayName(local.date());
    layout.newMessages = newMessages;
    const int headerLines = (layout.dayText.isEmpty() ? 0 : 1) + (newMessages ? 1 : 0);
    if (headerLines > 0) {
        layout.header = QRect(0, 0, width, headerLines * (line + 10));
        y = layout.header.bottom() + 1;
    }
    y += 4;

    QString text = MessageWords::text(record);
    if (type == QLatin1String("system")) {
        layout.kind = Kind::Notice;
        const int inner = qMax(80, width - 8 * margin);
        const QRect bounds = metrics.boundingRect(QRect(0, 0, inner, 10000),
                                                  Qt::TextWordWrap | Qt::AlignHCenter, text);
        layout.text =
            QRect((width - bounds.width()) / 2, y + padding / 2, bounds.width(), bounds.height());
        layout.bubble = layout.text.adjusted(-padding, -padding / 2, padding, padding / 2);
        layout.size = QSize(width, layout.bubble.bottom() + 6);
        return layout;
    }

    describeBlock(record, layout, text);
    const int maxBubble = qMax(160, qMin(int(width * 0.75), 560));
    const int inner = maxBubble - 2 * padding;
    int contentWidth = 0;
    int cy = padding;

    const QString author = member(record.value(QStringLiteral("author")).toObject(), "username");
    if (layout.note)
        layout.authorText =
            author.isEmpty() ? tr("Internal note") : tr("Internal note · %1").arg(author);
    else if (record.value(QStringLiteral("context"))
                 .toObject()
                 .value(QStringLiteral("forwarded"))
                 .toBool())
        layout.authorText = tr("Forwarded");
    else if (layout.ours && !author.isEmpty())
        layout.authorText = author;
    if (!layout.authorText.isEmpty()) {
        layout.author =
            QRect(padding, cy, qMin(inner, metrics.horizontalAdvance(layout.authorText)), line);
        contentWidth = qMax(contentWidth, layout.author.width());
        cy += line + 2;
    }

    const QString quotedId =
        member(record.value(QStringLiteral("context")).toObject(), "message_id");
    if (!quotedId.isEmpty()) {
        layout.quoteWho = quoted.isEmpty() ? tr("An earlier message")
                          : member(quoted, "direction") == QLatin1String("inbound") ? tr("Customer")
                                                                                    : tr("You");
        layout.quoteText = quoted.isEmpty() ? QString() : MessageWords::summary(quoted);
        const int quoteWidth = qMin(inner, qMax(metrics.horizontalAdvance(layout.quoteWho),
                                                metrics.horizontalAdvance(layout.quoteText)) +
                                               16);
        layout.quote = QRect(padding, cy, qMax(quoteWidth, 120), 2 * line + 8);
        contentWidth = qMax(contentWidth, layout.quote.width());
        cy += layout.quote.height() + 6;
    }

    switch (layout.block) {
    case Block::Image: {
        const bool sticker = type == QLatin1String("sticker");
        layout.blockRect =
            QRect(padding, cy, qMin(inner, sticker ? 128 : 260), sticker ? 128 : 180);
        break;
    }
    case Block::Audio:
        layout.blockRect = QRect(padding, cy, qMin(inner, 260), 2 * line + 8);
        break;
    case Block::Document:
    case Block::Card: {
        int widest = metrics.horizontalAdvance(layout.blockTitle);
        for (const QString &one : std::as_const(layout.blockLines))
            widest = qMax(widest, metrics.horizontalAdvance(one));
        const int leading = layout.block == Block::Document ? 40 : 0;
        layout.blockRect = QRect(padding, cy, qMin(inner, qMax(160, widest + leading + 24)),
                                 qMax(layout.block == Block::Document ? 44 : 0,
                                      (1 + int(layout.blockLines.size())) * line + 12));
        break;
    }
    case Block::None:
        break;
    }
    if (layout.block != Block::None) {
        contentWidth = qMax(contentWidth, layout.blockRect.width());
        cy += layout.blockRect.height() + 6;
    }

    if (!text.isEmpty()) {
        layout.textDirection = text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
        auto textLayout = std::make_shared<QTextLayout>(text, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(layout.textDirection);
        option.setAlignment(Qt::AlignLeading);
        textLayout->setTextOption(option);
        if (layout.links.isEmpty())
            layout.links = findLinks(text);
        QList<QTextLayout::FormatRange> formats;
        for (const Link &link : std::as_const(layout.links)) {
            QTextLayout::FormatRange range;
            range.start = link.start;
            range.length = link.length;
            range.format.setFontUnderline(true);
            range.format.setForeground(QColor(0x1a, 0x5f, 0xb4));
            formats << range;
        }
        textLayout->setFormats(formats);
        textLayout->beginLayout();
        qreal height = 0;
        qreal widest = 0;
        while (true) {
            QTextLine textLine = textLayout->createLine();
            if (!textLine.isValid())
                break;
            textLine.setLineWidth(inner);
            textLine.setPosition(QPointF(0, height));
            height += textLine.height();
            widest = qMax(widest, textLine.naturalTextWidth());
        }
        textLayout->endLayout();
        const int textWidth = qMin(inner, int(std::ceil(widest)) + 1);
        // Lines of a right-to-left text end at the line width's right edge: lay them out again
        // at the width they need, so the text sits flush in its bubble.
        if (textWidth < inner) {
            textLayout->beginLayout();
            qreal y2 = 0;
            while (true) {
                QTextLine textLine = textLayout->createLine();
                if (!textLine.isValid())
                    break;
                textLine.setLineWidth(textWidth);
                textLine.setPosition(QPointF(0, y2));
                y2 += textLine.height();
            }
            textLayout->endLayout();
        }
        layout.textLayout = std::move(textLayout);
        layout.text = QRect(padding, cy, textWidth, int(std::ceil(height)));
        contentWidth = qMax(contentWidth, textWidth);
        cy += layout.text.height() + 2;
    }

    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    layout.timeText =
        local.isValid() ? QLocale().toString(local.time(), QLocale::ShortFormat) : QString();
    const int footerWidth =
        smallMetrics.horizontalAdvance(layout.timeText) + (layout.ours && !layout.note ? 24 : 0);
    contentWidth = qMax(contentWidth, footerWidth);

    if (!error.isEmpty()) {
        layout.errorText = error;
        const QRect bounds =
            metrics.boundingRect(QRect(0, 0, inner, 10000), Qt::TextWordWrap, error);
        layout.error = QRect(padding, cy, qMin(inner, bounds.width()), bounds.height());
        contentWidth = qMax(contentWidth, layout.error.width());
        cy += bounds.height() + 4;
        const QString retry = tr("Retry");
        layout.retry = QRect(padding, cy, metrics.horizontalAdvance(retry) + 24, line + 8);
        contentWidth = qMax(contentWidth, layout.retry.width());
        cy += layout.retry.height() + 4;
    }

    layout.footer =
        QRect(padding + contentWidth - footerWidth, cy, footerWidth, smallMetrics.height());
    cy += smallMetrics.height() + padding / 2;

    const int bubbleWidth = contentWidth + 2 * padding;
    const int x = layout.ours ? width - margin - bubbleWidth : margin;
    layout.bubble = QRect(x, y, bubbleWidth, cy);
    // Everything inside moves with the bubble.
    for (QRect *rect : {&layout.author, &layout.quote, &layout.blockRect, &layout.text,
                        &layout.footer, &layout.error, &layout.retry})
        if (!rect->isNull())
            rect->translate(x, y);
    int bottom = layout.bubble.bottom();
    if (!reactions.isEmpty()) {
        layout.reactionText = reactions.join(QString());
        const int reactionWidth = metrics.horizontalAdvance(layout.reactionText) + 14;
        const int rx =
            layout.ours ? layout.bubble.right() - reactionWidth - 6 : layout.bubble.left() + 6;
        layout.reactions = QRect(rx, layout.bubble.bottom() - 4, reactionWidth, line + 6);
        bottom = layout.reactions.bottom();
    }
    layout.size = QSize(width, bottom + 6);

    // A right-to-left window: the same picture mirrored (texts keep their own direction).
    if (direction == Qt::RightToLeft) {
        for (QRect *rect :
             {&layout.bubble, &layout.author, &layout.quote, &layout.blockRect, &layout.text,
              &layout.footer, &layout.error, &layout.retry, &layout.reactions}) {
            if (!rect->isNull())
                rect->moveLeft(width - rect->left() - rect->width());
        }
    }
    // A text starts where its own direction starts, whichever side its bubble is on.
    if (!layout.text.isNull()) {
        if (layout.textDirection == Qt::RightToLeft)
            layout.text.moveRight(layout.bubble.right() - padding);
        else
            layout.text.moveLeft(layout.bubble.left() + padding);
    }
    return layout;
}

QUrl BubbleLayout::linkAt(const QPoint &point) const {
    if (!textLayout || !text.contains(point))
        return {};
    const QPointF local = point - text.topLeft();
    for (int i = 0; i < textLayout->lineCount(); ++i) {
        const QTextLine line = textLayout->lineAt(i);
        if (local.y() < line.y() || local.y() >= line.y() + line.height())
            continue;
        const int position = line.xToCursor(local.x());
        for (const Link &link : links)
            if (position >= link.start && position < link.start + link.length)
                return link.url;
    }
    return {};
}

} // namespace Switchboard
