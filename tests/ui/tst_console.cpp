// SPDX-License-Identifier: GPL-3.0-or-later
// The console from sign-in to the open business and back, against a real relay: what a person
// sees in the sign-in dialog for each problem, where the session token goes (the keychain, never
// a file), business switching with a replica each, sign-out, and a session the relay ends.
#include "core/session/sessionstore.h"
#include "core/session/workspace.h"
#include "core/sync/outbox.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"
#include "tests/relay/relayharness.h"
#include "tests/support/notificationservice.h"
#include "ui/console.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/pages/settings/settingspage.h"
#include "ui/shell/customeralerts.h"
#include "ui/shell/notificationsound.h"
#include "ui/shell/syncstatuswidget.h"
#include "ui/shell/traypresence.h"
#include "ui/signin/signindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Test::RelayHarness;

namespace {

QString errorText(SignInDialog *dialog) {
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("error"));
    return label && label->isVisible() ? label->text() : QString();
}

//! Answers the next warning box with `answer` as a person would, keeping what it said.
void answerWarning(QMessageBox::StandardButton answer, QString *said) {
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *said = box->text();
        box->button(answer)->click();
        poll->deleteLater();
    });
    poll->start();
    QTimer::singleShot(3000, poll, &QObject::deleteLater); // no warning came
}

//! Every file under `dir` that holds `needle`.
QStringList filesHolding(const QString &dir, const QByteArray &needle) {
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

} // namespace

class TestConsole : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_language.apply(QStringLiteral("en"))); // English plurals, as the console starts
        QString error;
        QVERIFY2(m_notifications.start(&error), qPrintable(error));
    }

    void init() {
        m_relay = std::make_unique<RelayHarness>();
        QVERIFY2(m_relay->error().isEmpty(), qPrintable(m_relay->error()));
        QVERIFY(m_relay->start());
        m_home = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_home->filePath(QStringLiteral("console.conf")),
                                                 QSettings::IniFormat);
        m_service =
            QStringLiteral("switchboard-test-") + QUuid::createUuid().toString(QUuid::Id128);
    }

    void cleanup() {
        m_console.reset();
        if (m_settings) {
            // Leave nothing in the test session's keychain.
            SessionStore store(m_settings.get(), m_service);
            auto erased = store.eraseToken();
            QTRY_VERIFY(erased.isFinished());
        }
        m_settings.reset();
        m_relay.reset();
        m_home.reset();
        m_language.apply(QStringLiteral("en"));
    }

    void relayAddressesNeedAWarningOnlyWhenUnencryptedOverTheNetwork_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("safe");
        QTest::newRow("https") << u"https://relay.example.com"_s << u"https://relay.example.com"_s
                               << true;
        QTest::newRow("loopback") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s
                                  << true;
        QTest::newRow("localhost") << u"localhost:8080/"_s << u"http://localhost:8080"_s << true;
        QTest::newRow("ipv6 loopback") << u"http://[::1]:8080"_s << u"http://[::1]:8080"_s << true;
        QTest::newRow("lan http") << u"http://192.168.1.20:8080"_s << u"http://192.168.1.20:8080"_s
                                  << false;
        QTest::newRow("no scheme")
            << u"relay.example.com"_s << u"http://relay.example.com"_s << false;
    }
    void relayAddressesNeedAWarningOnlyWhenUnencryptedOverTheNetwork() {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QFETCH(bool, safe);
        const QUrl parsed = SignInDialog::relayUrlFrom(typed);
        QCOMPARE(parsed.toString(), url);
        QCOMPARE(SignInDialog::isSafeWithoutWarning(parsed), safe);
    }

    void anUnencryptedRelayOverTheNetworkIsUsedOnlyAfterTheWarningIsConfirmed() {
        const QUrl relay(u"http://192.0.2.1:%1"_s.arg(QUrl(m_relay->baseUrl()).port()));
        SignInDialog dialog(&m_network);
        dialog.setRelayUrl(relay);
        dialog.setUsername(u"pat"_s);
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok && ok->isEnabled());

        // The person reads the warning and cancels: nothing is sent anywhere.
        QString warning;
        answerWarning(QMessageBox::Cancel, &warning);
        dialog.signIn(QString::fromLatin1(RelayHarness::password));
        QVERIFY2(warning.contains(u"is not a secure (https) address"_s), qPrintable(warning));
        QVERIFY(warning.contains(relay.toString()));
        QVERIFY(ok->isEnabled());
        QVERIFY(errorText(&dialog).isEmpty());

        // Confirmed, the sign-in goes ahead, and the warning is not asked again for this relay.
        warning.clear();
        answerWarning(QMessageBox::Yes, &warning);
        dialog.signIn(QString::fromLatin1(RelayHarness::password));
        QVERIFY(!warning.isEmpty());
        QVERIFY(!ok->isEnabled()); // under way
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 20000);
        QVERIFY2(errorText(&dialog).startsWith(u"The relay at http://192.0.2.1"_s),
                 qPrintable(errorText(&dialog)));
        warning.clear();
        answerWarning(QMessageBox::Cancel, &warning);
        dialog.signIn(QString::fromLatin1(RelayHarness::password));
        QVERIFY(warning.isEmpty());
        QVERIFY(!ok->isEnabled());
    }

    void aWrongPasswordSaysSoAndKeepsTheDialog() {
        startConsole(QStringLiteral("pat"), QStringLiteral("not the password"));
        SignInDialog *dialog = m_console->signInDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!errorText(dialog).isEmpty(), 10000);
        QVERIFY2(errorText(dialog).contains(QLatin1String("user name or password is wrong")),
                 qPrintable(errorText(dialog)));
        QVERIFY(dialog->isVisible());
        QVERIFY(!m_console->workspace());
    }

    void tooManyAttemptsSayHowLongToWait() {
        startConsole(QStringLiteral("pat"), QStringLiteral("wrong"));
        SignInDialog *dialog = m_console->signInDialog();
        QVERIFY(dialog);
        QString text;
        for (int attempt = 0; attempt < 12; ++attempt) {
            QTRY_VERIFY_WITH_TIMEOUT(
                !errorText(dialog).isEmpty() &&
                    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->isEnabled(),
                15000);
            text = errorText(dialog);
            if (text.contains(QLatin1String("Too many")))
                break;
            dialog->signIn(QStringLiteral("wrong again"));
        }
        QVERIFY2(text.contains(QLatin1String("Too many failed sign-ins. Wait")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("second")), qPrintable(text));
    }

    void anUnreachableRelaySaysWhatToCheck() {
        m_relay->stop();
        startConsole(QStringLiteral("pat"), QString::fromLatin1(RelayHarness::password));
        SignInDialog *dialog = m_console->signInDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!errorText(dialog).isEmpty(), 20000);
        QVERIFY2(errorText(dialog).contains(QLatin1String("cannot be reached")),
                 qPrintable(errorText(dialog)));
    }

    void anUntrustedCertificateSaysTheConnectionIsNotTrusted() {
        // A TLS server with a self-signed certificate, as a relay set up without a proper one.
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString certificate = dir.filePath(QStringLiteral("cert.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                    u"-subj"_s, u"/CN=127.0.0.1"_s, u"-days"_s, u"1"_s,
                                    u"-keyout"_s, key, u"-out"_s, certificate}),
                 0);
        QFile keyFile(key);
        QFile certificateFile(certificate);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certificateFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        tls.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QUrl relay;
        relay.setScheme(QStringLiteral("https"));
        relay.setHost(QStringLiteral("127.0.0.1"));
        relay.setPort(server.serverPort());

        startConsole(QStringLiteral("pat"), QString::fromLatin1(RelayHarness::password), relay);
        SignInDialog *dialog = m_console->signInDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!errorText(dialog).isEmpty(), 20000);
        QVERIFY2(errorText(dialog).contains(QLatin1String("certificate is not trusted")),
                 qPrintable(errorText(dialog)));
        QVERIFY(!m_console->workspace());
    }

    void signingInOpensTheBusinessAndKeepsTheTokenOnlyInTheKeychain() {
        signIn(QStringLiteral("pat"));
        MainWindow *window = m_console->window();
        QCOMPARE(m_console->workspace()->business().name, QStringLiteral("Pizzeria"));
        QVERIFY2(window->windowTitle().contains(QLatin1String("Pizzeria")),
                 qPrintable(window->windowTitle()));
        QTRY_COMPARE_WITH_TIMEOUT(window->syncStatus()->stateText(), QStringLiteral("Live"), 10000);

        const QString token = m_console->client()->token();
        QVERIFY(!token.isEmpty());
        SessionStore store(m_settings.get(), m_service);
        auto stored = store.readToken();
        QTRY_VERIFY(stored.isFinished());
        QCOMPARE(stored.result().value(), token);
        m_settings->sync();
        QCOMPARE(filesHolding(m_home->path(), token.toUtf8()), QStringList());
        QCOMPARE(store.relayUrl(), QUrl(m_relay->baseUrl()));
        QCOMPARE(store.username(), QStringLiteral("pat"));

        // The next start resumes from the keychain without asking.
        m_console.reset();
        m_console = makeConsole();
        QSignalSpy opened(m_console.get(), &Console::businessOpened);
        m_console->start({});
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(!m_console->signInDialog());
        QCOMPARE(m_console->client()->token(), token);
    }

    void signingOutRevokesTheTokenAtTheRelayAndErasesIt() {
        signIn(QStringLiteral("pat"));
        const QString token = m_console->client()->token();
        QCOMPARE(m_relay->get(QStringLiteral("/api/v1/tenants"), token).status, 200);
        Q_EMIT m_console->window()->settingsPage()->signOutRequested();
        QTRY_VERIFY(m_console->signInDialog() && m_console->signInDialog()->isVisible());
        QVERIFY(!m_console->workspace());
        QTRY_COMPARE_WITH_TIMEOUT(m_relay->get(QStringLiteral("/api/v1/tenants"), token).status,
                                  401, 10000);
        SessionStore store(m_settings.get(), m_service);
        auto stored = store.readToken();
        QTRY_VERIFY(stored.isFinished());
        QCOMPARE(stored.result().value(), QString());
    }

    void aSessionTheRelayEndsReturnsToSignInAndKeepsTheReplica() {
        signIn(QStringLiteral("pat"));
        MainWindow *window = m_console->window();
        QTRY_COMPARE_WITH_TIMEOUT(window->syncStatus()->stateText(), QStringLiteral("Live"), 10000);
        const QString replicaFile = m_console->workspace()->replica()->url().sqlitePath;
        QVERIFY(QFile::exists(replicaFile));
        // The relay forgets every session (an operator revoked it, or it expired), then a drop
        // makes the console ask again.
        QVERIFY(m_relay->execute(QStringLiteral("DELETE FROM sessions")));
        m_relay->stop();
        QVERIFY(m_relay->start());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_console->signInDialog() && m_console->signInDialog()->isVisible(), 30000);
        auto *reason = m_console->signInDialog()->findChild<QLabel *>(QStringLiteral("reason"));
        QVERIFY(reason && reason->isVisible());
        QVERIFY2(reason->text().contains(QLatin1String("session ended")),
                 qPrintable(reason->text()));
        QVERIFY(QFile::exists(replicaFile));
        QVERIFY(m_console->workspace()); // the window still shows what the replica holds

        // Signing in again resumes the same business and replica.
        QSignalSpy opened(m_console.get(), &Console::businessOpened);
        m_console->signInDialog()->signIn(QString::fromLatin1(RelayHarness::password));
        QTRY_COMPARE_WITH_TIMEOUT(window->syncStatus()->stateText(), QStringLiteral("Live"), 20000);
        QCOMPARE(m_console->workspace()->replica()->url().sqlitePath, replicaFile);
    }

    void aUserOfTwoBusinessesSwitchesWithoutSigningInAgain() {
        QVERIFY(m_relay->execute(
            QStringLiteral("INSERT INTO memberships (user_id, tenant_id, role) SELECT id, ?, "
                           "'admin' FROM users WHERE username = 'pat'"),
            {m_relay->otherTenantId}));
        signIn(QStringLiteral("pat"));
        const QString first = m_console->workspace()->business().id;
        const QString firstReplica = m_console->workspace()->replica()->url().sqlitePath;
        const QString other =
            first == m_relay->tenantId ? m_relay->otherTenantId : m_relay->tenantId;
        QSignalSpy opened(m_console.get(), &Console::businessOpened);
        Q_EMIT m_console->window()->businessChosen(other);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(m_console->workspace()->business().id, other);
        QVERIFY(m_console->workspace()->replica()->url().sqlitePath != firstReplica);
        QTRY_VERIFY(!m_console->signInDialog());
        QTRY_COMPARE_WITH_TIMEOUT(m_console->window()->syncStatus()->stateText(),
                                  QStringLiteral("Live"), 10000);
        // The choice is remembered for the next start.
        QCOMPARE(SessionStore(m_settings.get(), m_service).currentBusinessId(), other);
    }

    void theStatusBarSaysWhenTheRelayIsAway() {
        signIn(QStringLiteral("pat"));
        SyncStatusWidget *status = m_console->window()->syncStatus();
        QTRY_COMPARE_WITH_TIMEOUT(status->stateText(), QStringLiteral("Live"), 10000);
        m_console->workspace()->sync()->setBackoff(200, 400);
        m_relay->stop();
        QTRY_VERIFY_WITH_TIMEOUT(status->stateText().startsWith(QLatin1String("Connection lost")) ||
                                     status->stateText().startsWith(QLatin1String("Offline since")),
                                 30000);
        QVERIFY2(status->stateText().contains(QLatin1String(" s")),
                 qPrintable(status->stateText()));
        QVERIFY(m_relay->start());
        QTRY_COMPARE_WITH_TIMEOUT(status->stateText(), QStringLiteral("Live"), 30000);
    }

    void aCommandMadeOfflineGoesOutWhenTheRelayIsBack() {
        // A customer writes, so the business has one to edit.
        QCOMPARE(m_relay
                     ->postWebhook(RelayHarness::textDelivery(u"PN1"_s, u"wamid.offline1"_s,
                                                              u"972500000001"_s, u"Hello"_s))
                     .status,
                 200);
        QVERIFY(m_relay->waitIngested());
        signIn(QStringLiteral("pat"));
        Workspace *workspace = m_console->workspace();
        QTRY_COMPARE_WITH_TIMEOUT(workspace->replica()->count(u"customer"_s).value(), 1, 10000);
        const QString token = m_console->client()->token();
        const QString customer =
            m_relay->get(u"/api/v1/tenants/%1/customers"_s.arg(m_relay->tenantId), token)
                .json()[u"customers"_s][0][u"id"_s]
                .toString();
        QVERIFY(!customer.isEmpty());

        workspace->sync()->setBackoff(200, 400);
        m_relay->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->outbox()->isOnline(), 10000);
        auto queued = workspace->outbox()->enqueue(
            Outbox::Kind::CustomerEdit, customer, "PATCH",
            workspace->outbox()->tenantPath(u"/customers/"_s + customer),
            QJsonObject{{u"name"_s, u"Dana from the corner"_s}});
        QVERIFY2(queued.ok(), qPrintable(queued.error().message));
        QCOMPARE(workspace->outbox()->commands().size(), 1);

        QVERIFY(m_relay->start());
        QTRY_COMPARE_WITH_TIMEOUT(workspace->outbox()->commands().size(), 0, 30000);
        QCOMPARE(
            m_relay
                ->get(u"/api/v1/tenants/%1/customers/%2"_s.arg(m_relay->tenantId, customer), token)
                .json()[u"name"_s]
                .toString(),
            u"Dana from the corner"_s);
    }

    void aCustomerWritingWhileThePersonIsAwayIsCountedNotifiedAndChimed() {
        signIn(QStringLiteral("pat"));
        QTRY_COMPARE_WITH_TIMEOUT(m_console->window()->syncStatus()->stateText(),
                                  QStringLiteral("Live"), 10000);
        QVERIFY2(m_console->tray()->summary().contains(u"0 unread conversations"_s),
                 qPrintable(m_console->tray()->summary()));
        // The person works in another window.
        QWidget elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QVERIFY(!m_console->window()->isActiveWindow());

        const qsizetype before = m_notifications.shown().size();
        auto write = [this](const QString &wamid, const QString &text) {
            return m_relay
                ->postWebhook(
                    RelayHarness::textDelivery(u"PN1"_s, wamid, u"972500000002"_s, text, u"Noa"_s))
                .status;
        };
        QCOMPARE(write(u"wamid.away1"_s, u"Is the oven still on?"_s), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_notifications.shown().size(), before + 1, 10000);
        QCOMPARE(m_notifications.shown().constLast().summary, u"Message from Noa"_s);
        QCOMPARE(m_notifications.shown().constLast().body, u"Is the oven still on?"_s);
        QTRY_VERIFY(m_console->tray()->summary().contains(u"1 unread conversation,"_s));
        NotificationSound *sound = m_console->alerts()->sound();
        QCOMPARE(sound->requested(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(sound->isLoaded(), 5000); // the chime is a sound Qt can play

        // Without the sound: notified, silently.
        auto *soundBox = m_console->window()->settingsPage()->findChild<QCheckBox *>(u"sound"_s);
        QVERIFY(soundBox && soundBox->isChecked());
        soundBox->click();
        QVERIFY(!m_settings->value(SettingsPage::soundKey()).toBool());
        QCOMPARE(write(u"wamid.away2"_s, u"And do you deliver?"_s), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_notifications.shown().size(), before + 2, 10000);
        QCOMPARE(sound->requested(), 1);

        // In front of the console, nothing pops up: the person sees the message there.
        m_console->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_console->window()));
        QCOMPARE(write(u"wamid.away3"_s, u"Thanks!"_s), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_console->workspace()->replica()->count(u"message"_s).value(), 3,
                                  10000);
        QTest::qWait(200);
        QCOMPARE(m_notifications.shown().size(), before + 2);
        QVERIFY(m_console->tray()->summary().contains(u"1 unread conversation,"_s));
    }

private:
    std::unique_ptr<Console> makeConsole() {
        return std::make_unique<Console>(&m_language, m_settings.get(), &m_network,
                                         m_home->filePath(QStringLiteral("data")), m_service);
    }

    void startConsole(const QString &user, const QString &password, QUrl relay = {}) {
        m_console = makeConsole();
        Console::Options options;
        options.relay = relay.isEmpty() ? QUrl(m_relay->baseUrl()) : relay;
        options.username = user;
        options.password = password;
        m_console->start(options);
    }

    void signIn(const QString &user) {
        startConsole(user, QString::fromLatin1(RelayHarness::password));
        QSignalSpy opened(m_console.get(), &Console::businessOpened);
        QVERIFY(opened.wait(15000));
        QVERIFY(m_console->workspace());
    }

    Test::NotificationService m_notifications;
    Language m_language;
    QNetworkAccessManager m_network;
    std::unique_ptr<RelayHarness> m_relay;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    QString m_service;
    std::unique_ptr<Console> m_console;
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
