// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

using namespace Switchboard;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_language.apply(QStringLiteral("en")); }

    void navigationSwitchesPages() {
        MainWindow window(&m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), MainWindow::Page::Conversations);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 7);
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(window.currentPage(), MainWindow::Page::Orders);
        window.showPage(MainWindow::Page::Connection);
        QCOMPARE(window.currentPage(), MainWindow::Page::Connection);
    }

    void hebrewTranslatesAndMirrors() {
        MainWindow window(&m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList english = window.pageTitles();
        QCOMPARE(english.first(), QStringLiteral("Conversations"));
        QVERIFY(m_language.apply(QStringLiteral("he")));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(window.layoutDirection(), Qt::RightToLeft);
        // The language change reaches widgets through the event loop, as it does for a person.
        QTRY_COMPARE(window.pageTitles().first(), QStringLiteral("שיחות"));
        const QStringList hebrew = window.pageTitles();
        QCOMPARE(window.windowTitle(), QStringLiteral("Switchboard"));
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(hebrew[i] != english[i], qPrintable(english[i]));
        // Back to English, left to right again.
        QVERIFY(m_language.apply(QStringLiteral("en")));
        QTRY_COMPARE(window.pageTitles(), english);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    }

    void unknownLanguageIsRefused() {
        QVERIFY(!m_language.apply(QStringLiteral("xx")));
        QCOMPARE(m_language.current(), QStringLiteral("en"));
    }

private:
    Language m_language;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
