// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QTextLayout>
#include <QUrl>

#include <memory>

namespace Switchboard {

//! Where everything of one chat row goes, computed once per message and width and shared by
//! MessageBubbleDelegate's sizeHint(), paint() and clicks: the day separator and "new messages"
//! line above, the bubble on our side (trailing) or the customer's (leading), mirrored for a
//! right-to-left window, and inside it the quoted message, the "Forwarded" mark, a media or
//! card block, the text laid out in its own direction, the time and ticks, the reactions, and
//! for a failed message the reason and "Retry".
struct BubbleLayout {
    Q_DECLARE_TR_FUNCTIONS(Switchboard::BubbleLayout)

public:
    enum class Kind { Bubble, Notice }; //!< a notice (system message) is centred, without bubble
    enum class Block { None, Image, Audio, Document, Card };

    struct Link {
        int start = 0;
        int length = 0;
        QUrl url;
    };

    Kind kind = Kind::Bubble;
    Block block = Block::None;
    bool ours = false; //!< outbound or a note: the trailing side
    bool note = false; //!< an internal note: drawn distinctly
    QSize size;        //!< the whole row
    QRect header;      //!< day separator and/or the "new messages" line (empty: none)
    QString dayText;   //!< the day, when it changes at this row
    bool newMessages = false;
    QRect bubble;
    QRect author; //!< "Internal note · pat", "Forwarded"
    QString authorText;
    QRect quote; //!< the quoted message (click: scroll to it)
    QString quoteWho;
    QString quoteText;
    QRect blockRect; //!< media or card
    QString blockTitle;
    QStringList blockLines;
    QRect text;
    std::shared_ptr<QTextLayout> textLayout; //!< laid out at text's top left
    QList<Link> links;
    Qt::LayoutDirection textDirection = Qt::LeftToRight;
    QRect footer; //!< time and ticks at the bubble's trailing bottom
    QString timeText;
    QRect reactions;
    QString reactionText;
    QRect error; //!< the failure's reason
    QString errorText;
    QRect retry; //!< "Retry"

    //! Lays out `record` for a row `width` wide in a window of `direction`. `previousDay` is
    //! the day of the row above (a separator is drawn when this row's differs).
    static BubbleLayout compute(const QJsonObject &record, const QStringList &reactions,
                                const QJsonObject &quoted, const QString &error, bool newMessages,
                                const QDate &previousDay, int width, Qt::LayoutDirection direction,
                                const QFont &font);
    //! The link at `point` (row coordinates), if any.
    QUrl linkAt(const QPoint &point) const;

    static constexpr int margin = 10;
    static constexpr int padding = 8;
};

} // namespace Switchboard
