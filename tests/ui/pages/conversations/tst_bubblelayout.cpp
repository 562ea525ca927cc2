// SPDX-License-Identifier: GPL-3.0-or-later
// Where a chat row's parts go, in both directions: the customer's bubble on the leading side and
// ours on the trailing side, the whole row mirrored in a right-to-left window, each text laid
// out in its own direction (a Hebrew message in an English window starts at its bubble's right),
// links found and hit where they are drawn, a failure's Retry inside the bubble.
#include "ui/pages/conversations/bubblelayout.h"

#include <QApplication>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

namespace {

constexpr int width = 800;

QJsonObject message(const QString &direction, const QString &text, const QString &status = {}) {
    return {{u"type"_s, u"text"_s},
            {u"direction"_s, direction},
            {u"text"_s, text},
            {u"status"_s, status},
            {u"timestamp"_s, u"2026-12-01T10:00:00Z"_s}};
}

BubbleLayout lay(const QJsonObject &record, Qt::LayoutDirection direction,
                 const QString &error = {}) {
    return BubbleLayout::compute(record, {}, {}, error, false, {}, width, direction,
                                 QApplication::font());
}

} // namespace

class TestBubbleLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sidesMirrorWithTheWindow_data() {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("onTheLeft");
        QTest::newRow("customer, English") << u"inbound"_s << int(Qt::LeftToRight) << true;
        QTest::newRow("ours, English") << u"outbound"_s << int(Qt::LeftToRight) << false;
        QTest::newRow("customer, Hebrew") << u"inbound"_s << int(Qt::RightToLeft) << false;
        QTest::newRow("ours, Hebrew") << u"outbound"_s << int(Qt::RightToLeft) << true;
    }
    void sidesMirrorWithTheWindow() {
        QFETCH(QString, direction);
        QFETCH(int, window);
        QFETCH(bool, onTheLeft);
        const BubbleLayout layout =
            lay(message(direction, u"See you at 7"_s), Qt::LayoutDirection(window));
        QVERIFY(layout.bubble.width() < width / 2);
        if (onTheLeft)
            QCOMPARE(layout.bubble.left(), BubbleLayout::margin);
        else
            QCOMPARE(layout.bubble.right(), width - BubbleLayout::margin - 1);
        QVERIFY(layout.bubble.contains(layout.text));
        QVERIFY(layout.bubble.contains(layout.footer));
        QVERIFY(layout.size.height() > layout.bubble.bottom());
    }

    void eachTextInItsOwnDirection() {
        // A Hebrew message in an English window, next to a mostly-empty wide bubble.
        QJsonObject hebrew = message(u"inbound"_s, u"שלום, 2 פיצות משפחתיות בבקשה"_s);
        hebrew.insert(u"context"_s, QJsonObject{{u"message_id"_s, u"wamid.1"_s}});
        const BubbleLayout layout = lay(hebrew, Qt::LeftToRight);
        QCOMPARE(layout.textDirection, Qt::RightToLeft);
        QCOMPARE(layout.text.right(), layout.bubble.right() - BubbleLayout::padding);
        // An English caption in a Hebrew window starts on its left.
        const BubbleLayout english = lay(message(u"inbound"_s, u"this one"_s), Qt::RightToLeft);
        QCOMPARE(english.textDirection, Qt::LeftToRight);
        QCOMPARE(english.text.left(), english.bubble.left() + BubbleLayout::padding);
    }

    void linksAreHitWhereTheyAreDrawn() {
        const BubbleLayout layout =
            lay(message(u"inbound"_s, u"Menu: www.example.com/menu thanks"_s), Qt::LeftToRight);
        QCOMPARE(layout.links.size(), 1);
        QCOMPARE(layout.links.first().url, QUrl(u"https://www.example.com/menu"_s));
        const QTextLine line = layout.textLayout->lineAt(0);
        const int x = int(line.cursorToX(layout.links.first().start + 3));
        QCOMPARE(layout.linkAt(layout.text.topLeft() + QPoint(x, int(line.height() / 2))),
                 QUrl(u"https://www.example.com/menu"_s));
        QVERIFY(
            !layout.linkAt(layout.text.topLeft() + QPoint(2, int(line.height() / 2))).isValid());
    }

    void aFailureHasItsReasonAndRetryInside() {
        const BubbleLayout layout = lay(message(u"outbound"_s, u"Ready!"_s, u"failed"_s),
                                        Qt::RightToLeft, u"WhatsApp could not deliver it."_s);
        QVERIFY(!layout.retry.isNull());
        QVERIFY(layout.bubble.contains(layout.retry));
        QVERIFY(layout.bubble.contains(layout.error));
        QCOMPARE(layout.bubble.left(), BubbleLayout::margin); // ours, mirrored to the left
    }

    void aSystemMessageIsACentredNotice() {
        QJsonObject notice = message(u"inbound"_s, u"The customer changed their number"_s);
        notice.insert(u"type"_s, u"system"_s);
        const BubbleLayout layout = lay(notice, Qt::LeftToRight);
        QCOMPARE(layout.kind, BubbleLayout::Kind::Notice);
        QVERIFY(qAbs(layout.bubble.center().x() - width / 2) <= 1);
    }
};

QTEST_MAIN(TestBubbleLayout)
#include "tst_bubblelayout.moc"
