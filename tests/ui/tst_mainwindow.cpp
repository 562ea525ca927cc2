// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a person uses it: pages by click or Ctrl+1…8, the shortcuts dialog that
// lists every key, the connection banner, translation and mirroring.
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/pages/connection/connectionwords.h"
#include "ui/shell/connectionbanner.h"
#include "ui/shell/shortcutsdialog.h"
#include "ui/shell/syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.conf")),
                                                 QSettings::IniFormat);
    }
    void cleanup() {
        m_language.apply(QStringLiteral("en"));
        m_settings.reset();
    }

    void navigationSwitchesPages() {
        MainWindow window(&m_language, m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), MainWindow::Page::Conversations);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 8);
        QCOMPARE(window.pageTitles(),
                 QStringList({u"Conversations"_s, u"Orders"_s, u"Customers"_s, u"Menu"_s,
                              u"Templates"_s, u"Analytics"_s, u"Connection"_s, u"Settings"_s}));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(window.currentPage(), MainWindow::Page::Orders);
        window.showPage(MainWindow::Page::Connection);
        QCOMPARE(window.currentPage(), MainWindow::Page::Connection);
    }

    void controlAndANumberOpensThatPage() {
        MainWindow window(&m_language, m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 7; i >= 0; --i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(int(window.currentPage()), i);
        }
    }

    void theShortcutsDialogListsEveryKey() {
        MainWindow window(&m_language, m_settings.get());
        ShortcutsDialog dialog(window.shortcutActions(), &window);
        const auto rows = dialog.rows();
        // Eight pages, search, go to a conversation, previous and next conversation, the
        // composer's four keys, this list, sign out, quit.
        QCOMPARE(rows.size(), 19);
        QCOMPARE(rows.first().first, QStringLiteral("Go to Conversations"));
        QVERIFY(rows.first().second.contains(QLatin1String("Ctrl+1")));
        bool search = false;
        bool signOut = false;
        for (const auto &row : rows) {
            search = search || (row.first.contains(QLatin1String("Search")) &&
                                row.second.contains(QLatin1String("Ctrl+F")));
            signOut = signOut || row.first == QLatin1String("Sign out");
        }
        QVERIFY(search);
        QVERIFY(signOut);
        QStringList keys;
        for (const auto &row : rows)
            keys << row.second;
        for (const char *key :
             {"Ctrl+K", "Alt+Up", "Alt+Down", "Ctrl+Return", "Shift+Return", "Esc"})
            QVERIFY2(keys.join(u' ').contains(QLatin1String(key)), key);
    }

    void theBannerTellsAdminsToReconnectAndStaffToAsk() {
        ConnectionBanner banner;
        banner.show();
        const QJsonObject broken{{u"status"_s, u"needs_reconnect"_s},
                                 {u"reason"_s, u"The access token has expired."_s}};
        banner.setConnection(broken, true);
        QVERIFY(banner.isVisible());
        auto *text = banner.findChild<QLabel *>(QStringLiteral("connectionBannerText"));
        auto *reconnect = banner.findChild<QPushButton *>(QStringLiteral("reconnect"));
        QVERIFY(text->text().contains(QLatin1String("needs to be reconnected")));
        QVERIFY(text->text().contains(QLatin1String("The access token has expired.")));
        QVERIFY(reconnect->isVisible());
        QCOMPARE(reconnect->accessibleName(), QStringLiteral("Reconnect WhatsApp"));

        banner.setConnection(broken, false);
        QVERIFY(!reconnect->isVisible());
        QVERIFY(text->text().contains(QLatin1String("Ask an admin")));

        banner.setConnection(QJsonObject{{u"status"_s, u"connected"_s}}, true);
        QVERIFY(!banner.isVisible());
        banner.setConnection(QJsonObject{{u"status"_s, u"not_connected"_s}}, true);
        QVERIFY(!banner.isVisible()); // the Connection page explains how to connect
    }

    void qualityRatingsAreWordsWithTheirColour() {
        // The status bar says the rating as the Connection page does, in its colour.
        SyncStatusWidget rated;
        rated.setQualityRating(QStringLiteral("RED"));
        auto *quality = rated.findChild<QLabel *>(QStringLiteral("qualityRating"));
        QVERIFY(quality);
        QCOMPARE(quality->text(), QStringLiteral("Quality: Low"));
        QVERIFY(quality->styleSheet().contains(
            ConnectionWords::qualityColor(QStringLiteral("RED")).name()));
        QVERIFY(ConnectionWords::qualityColor(QStringLiteral("RED")).red() >
                ConnectionWords::qualityColor(QStringLiteral("RED")).green());
        rated.setQualityRating(QStringLiteral("GREEN"));
        QCOMPARE(quality->text(), QStringLiteral("Quality: High"));
        SyncStatusWidget status;
        QCOMPARE(status.stateText(), QStringLiteral("Not signed in"));
    }

    void hebrewTranslatesAndMirrors() {
        MainWindow window(&m_language, m_settings.get());
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
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(hebrew[i] != english[i], qPrintable(english[i]));
        QVERIFY(window.syncStatus()->stateText() != QStringLiteral("Not signed in"));
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
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Language m_language;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
