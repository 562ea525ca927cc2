// SPDX-License-Identifier: GPL-3.0-or-later
// The console's states as a person sees them, in English and in Hebrew, against a real relay
// and the in-process sandbox: the sign-in dialog with a problem, the shell live with customers'
// conversations, catching up, reconnecting and offline, the Connection page not connected,
// connected and needing a reconnect. Each state is checked in words (what the status bar and
// banner say) and saved as build/screenshots/<state>-<language>.png for people to look at.
#include "core/session/workspace.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"
#include "tests/relay/connections/sandboxedrelay.h"
#include "ui/console.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/shell/syncstatuswidget.h"
#include "ui/signin/signindialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Test::RelayHarness;
using Test::SandboxedRelay;

class TestScreenshots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR))); }

    void init() {
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
        m_home = std::make_unique<QTemporaryDir>();
        m_settings =
            std::make_unique<QSettings>(m_home->filePath(u"console.conf"_s), QSettings::IniFormat);
        m_service = u"switchboard-shots-"_s + QUuid::createUuid().toString(QUuid::Id128);
    }
    void cleanup() {
        m_console.reset();
        m_settings.reset();
        m_home.reset();
        m_world.relay.reset();
        m_world.sandbox.reset();
        m_language.apply(u"en"_s);
    }

    void signIn_data() { languages(); }
    void signIn() {
        QFETCH(QString, language);
        QVERIFY(m_language.apply(language));
        m_console = makeConsole();
        m_console->start({QUrl(m_world.relay->baseUrl()), u"pat"_s, u"not my password"_s});
        SignInDialog *dialog = m_console->signInDialog();
        QVERIFY(dialog);
        auto *error = dialog->findChild<QLabel *>(u"error"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(dialog->layoutDirection(),
                 language == u"he"_s ? Qt::RightToLeft : Qt::LeftToRight);
        save(dialog, u"signin-"_s + language);
    }

    void shellStates_data() { languages(); }
    void shellStates() {
        QFETCH(QString, language);
        QVERIFY(m_language.apply(language));
        const auto account = m_world.connectRegistered(u"Pizzeria Napoli"_s, u"+972 3-555-0142"_s);
        QVERIFY(!account.phoneNumberId.isEmpty());
        // Customers wrote before the console started: it catches up on their conversations.
        const QStringList names{u"Dana Cohen"_s, u"נועה לוי"_s, u"Mike Levi"_s};
        const QStringList texts{u"Two large margheritas for pickup at 7, please"_s,
                                u"שלום, אפשר פיצה משפחתית עם זיתים למשלוח?"_s,
                                u"Are you open tonight?"_s};
        for (int i = 0; i < names.size(); ++i)
            m_world.control(u"/_sandbox/customers/97250000000%1/messages"_s.arg(i),
                            {{u"phone_number_id"_s, account.phoneNumberId},
                             {u"name"_s, names[i]},
                             {u"type"_s, u"text"_s},
                             {u"text"_s, QJsonObject{{u"body"_s, texts[i]}}}});
        QVERIFY(m_world.relay->waitIngested());
        QTRY_VERIFY_WITH_TIMEOUT(m_world.relay->count(u"SELECT COUNT(*) FROM messages"_s) >= 3,
                                 10000);

        m_console = makeConsole();
        QSignalSpy opened(m_console.get(), &Console::businessOpened);
        // The first state the engine reaches is caught up in a picture at that moment.
        bool caughtUp = false;
        connect(m_console.get(), &Console::businessOpened, this, [this, language, &caughtUp] {
            SyncEngine *sync = m_console->workspace()->sync();
            connect(sync, &SyncEngine::stateChanged, this,
                    [this, language, &caughtUp](SyncEngine::State state) {
                        if (state == SyncEngine::State::CatchingUp && !caughtUp) {
                            caughtUp = true;
                            save(m_console->window(), u"shell-catching-up-"_s + language);
                        }
                    });
        });
        m_console->start({QUrl(m_world.relay->baseUrl()), u"pat"_s,
                          QString::fromLatin1(RelayHarness::password)});
        QVERIFY(opened.wait(15000));
        MainWindow *window = m_console->window();
        window->resize(1200, 760);
        SyncStatusWidget *status = window->syncStatus();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->workspace()->sync()->state() == SyncEngine::State::Live,
                                 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_console->workspace()->replica()->count(u"conversation"_s).value(), 3, 10000);
        QVERIFY(caughtUp);
        QTest::qWait(200);
        save(window, u"shell-live-"_s + language);

        window->showPage(MainWindow::Page::Connection);
        QTest::qWait(1500); // the page reads the connection, its history and the profile
        save(window, u"connection-connected-"_s + language);
        window->showPage(MainWindow::Page::Settings);
        QTest::qWait(100);
        save(window, u"settings-"_s + language);

        // The relay goes away: reconnecting, then offline, each in words.
        window->showPage(MainWindow::Page::Conversations);
        m_console->workspace()->sync()->setBackoff(300, 600);
        const QString live = status->stateText();
        m_world.relay->stop();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_console->workspace()->sync()->state() == SyncEngine::State::Reconnecting, 15000);
        QVERIFY(status->stateText() != live);
        save(window, u"shell-reconnecting-"_s + language);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_console->workspace()->sync()->state() == SyncEngine::State::Offline, 30000);
        save(window, u"shell-offline-"_s + language);
        QVERIFY(m_world.relay->start());
        QTRY_VERIFY_WITH_TIMEOUT(m_console->workspace()->sync()->state() == SyncEngine::State::Live,
                                 30000);

        // Meta refuses the business's token: the relay marks the connection, every page says so.
        m_world.fault(u"/messages"_s, 190, 401, 3);
        const QString token = m_console->client()->token();
        m_world.relay->request(
            "POST", u"/api/v1/tenants/%1/messages"_s.arg(m_world.relay->tenantId),
            QJsonDocument(QJsonObject{{u"to"_s, u"972500000000"_s},
                                      {u"type"_s, u"text"_s},
                                      {u"text"_s, QJsonObject{{u"body"_s, u"On its way!"_s}}}})
                .toJson(QJsonDocument::Compact),
            {{"Authorization", "Bearer " + token.toUtf8()},
             {"Content-Type", "application/json"},
             {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        auto *banner = window->findChild<QWidget *>(u"connectionBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        save(window, u"shell-needs-reconnect-"_s + language);
        window->showPage(MainWindow::Page::Connection);
        QTest::qWait(1000);
        save(window, u"connection-needs-reconnect-"_s + language);
    }

    void notConnected_data() { languages(); }
    void notConnected() {
        QFETCH(QString, language);
        QVERIFY(m_language.apply(language));
        // A bakery that has just been created on the relay: no number yet.
        QVERIFY(!m_world.addTenant(u"Bakery Levi"_s, u"bea"_s, u"ben"_s).isEmpty());
        m_console = makeConsole();
        QSignalSpy opened(m_console.get(), &Console::businessOpened);
        m_console->start({QUrl(m_world.relay->baseUrl()), u"bea"_s,
                          QString::fromLatin1(RelayHarness::password)});
        QVERIFY(opened.wait(15000));
        MainWindow *window = m_console->window();
        window->resize(1200, 760);
        QTRY_VERIFY_WITH_TIMEOUT(m_console->workspace()->sync()->state() == SyncEngine::State::Live,
                                 15000);
        // "Connect a WhatsApp number" on the Conversations page.
        bool connectShown = false;
        for (QPushButton *button : window->findChildren<QPushButton *>(u"emptyStateAction"_s))
            connectShown = connectShown || button->isVisible();
        QVERIFY(connectShown);
        save(window, u"shell-not-connected-"_s + language);
        window->showPage(MainWindow::Page::Connection);
        QTest::qWait(800);
        save(window, u"connection-not-connected-"_s + language);
    }

private:
    void languages() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("he") << u"he"_s;
    }

    std::unique_ptr<Console> makeConsole() {
        return std::make_unique<Console>(&m_language, m_settings.get(), &m_network,
                                         m_home->filePath(u"data"_s), m_service);
    }

    //! The Pizzeria connected through the relay's manual route, its number registered.
    void save(QWidget *widget, const QString &name) {
        const QString file = QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR "/") + name + u".png"_s;
        const QPixmap picture = widget->grab();
        QVERIFY2(!picture.isNull() && picture.save(file), qPrintable(file));
    }

    SandboxedRelay m_world;
    Language m_language;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    QString m_service;
    std::unique_ptr<Console> m_console;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
