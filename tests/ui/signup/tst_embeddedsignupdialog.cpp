// SPDX-License-Identifier: GPL-3.0-or-later
// EmbeddedSignupDialog against a real relay (RelayHarness) whose Graph API and signup SDK are an
// in-process sandbox: the relay's /signup page runs in a real QWebEngineView, FB.login opens the
// sandbox's dialog through createWindow(), and the test fills that window in as a person would;
// last, the same from the Connection page's "Connect WhatsApp" to its "Connected".
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/state/accountdirectory.h"
#include "app/sandbox/state/sandboxstate.h"
#include "core/sync/relayclient.h"
#include "tests/relay/connections/sandboxedrelay.h"
#include "ui/language.h"
#include "ui/pages/connection/connectionpage.h"
#include "ui/signup/embeddedsignupdialog.h"
#include "ui/signup/signupwebpage_p.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

using namespace Switchboard;
using namespace Switchboard::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList g_logs;
QtMessageHandler g_previousHandler = nullptr;
void keepLog(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    g_logs << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

//! Runs `script` in `page` and waits for its value (invalid on a timeout or a deleted page).
QVariant evaluate(QWebEnginePage *page, const QString &script, int timeoutMs = 10000) {
    struct Answer {
        bool done = false;
        QVariant value;
    };
    auto answer = std::make_shared<Answer>();
    QPointer<QWebEnginePage> guard(page);
    page->runJavaScript(script, [answer](const QVariant &value) {
        answer->value = value;
        answer->done = true;
    });
    if (!QTest::qWaitFor([&] { return answer->done || !guard; }, timeoutMs))
        return {};
    return answer->value;
}

//! Waits until `condition` (a script) is true in `page`.
bool waitForScript(QWebEnginePage *page, const QString &condition, int timeoutMs = 30000) {
    QPointer<QWebEnginePage> guard(page);
    QElapsedTimer clock;
    clock.start();
    while (guard && clock.elapsed() < timeoutMs) {
        if (evaluate(guard, condition).toBool())
            return true;
        QTest::qWait(100);
    }
    return false;
}

QString screenshotDir() {
    const QString dir = QDir(QStringLiteral(SWITCHBOARD_BIN_DIR "/..")).filePath(u"screenshots"_s);
    QDir().mkpath(dir);
    return QDir::cleanPath(dir);
}

//! The dialog and Meta's window side by side, as a person sees them.
bool saveScreenshot(QWidget *dialog, QWidget *popup, const QString &name) {
    const QPixmap left = dialog->grab();
    const QPixmap right = popup ? popup->grab() : QPixmap();
    QImage image(left.width() + right.width() + 24, qMax(left.height(), right.height()) + 16,
                 QImage::Format_RGB32);
    image.fill(QColor(0x5b, 0x63, 0x70));
    QPainter painter(&image);
    painter.drawPixmap(8, 8, left);
    if (!right.isNull())
        painter.drawPixmap(left.width() + 16, 8, right);
    painter.end();
    return image.save(QDir(screenshotDir()).filePath(name));
}

} // namespace

class TestEmbeddedSignupDialog : public QObject {
    Q_OBJECT

    SandboxedRelay m_world;
    QNetworkAccessManager m_network;
    Language m_language;

    std::unique_ptr<RelayClient> clientFor(const QString &user) {
        const QString token = m_world.relay->login(user);
        if (token.isEmpty())
            return {};
        return std::make_unique<RelayClient>(&m_network, QUrl(m_world.relay->baseUrl()), token);
    }

    QJsonObject relayConnection(const QString &token) {
        return m_world.relay
            ->get(u"/api/v1/tenants/%1/connection"_s.arg(m_world.relay->tenantId), token)
            .json();
    }

    static QString firstNumberId(const QJsonObject &connection) {
        return connection.value(u"numbers"_s)
            .toArray()
            .first()
            .toObject()
            .value(u"id"_s)
            .toString();
    }

    //! Opens Meta's window from the signup page as a person does: waits for the page to be ready,
    //! presses "Continue with Facebook", waits for the popup's form.
    static QWebEnginePage *openMetasWindow(EmbeddedSignupDialog &dialog) {
        QSignalSpy steps(&dialog, &EmbeddedSignupDialog::stepReported);
        if (!QTest::qWaitFor([&] { return dialog.page() != nullptr; }, 15000))
            return nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    for (const auto &step : steps)
                        if (step.at(0).toString() == u"ready"_s)
                            return true;
                    return false;
                },
                60000))
            return nullptr;
        evaluate(dialog.page(), u"document.getElementById('start').click(); true"_s);
        if (!QTest::qWaitFor([&] { return dialog.popupPage() != nullptr; }, 15000))
            return nullptr;
        QWebEnginePage *popup = dialog.popupPage();
        if (!waitForScript(popup, u"document.readyState === 'complete' && "
                                  "!!document.getElementById('finish')"_s))
            return nullptr;
        return dialog.popupPage();
    }

    //! A person fills in Meta's window (a new business, its WABA and number) and presses Finish.
    static void finishInMetasWindow(QWebEnginePage *popup, const QString &business,
                                    const QString &phone) {
        evaluate(popup, uR"(
            document.getElementById('business').value = '%1';
            document.getElementById('waba').value = 'Trattoria';
            document.getElementById('phone').value = '%2';
            document.getElementById('finish').click();
            true)"_s.arg(business, phone));
    }

    static QList<QAccessibleInterface *> accessibleTree(QWidget *root) {
        QList<QAccessibleInterface *> all;
        QList<QAccessibleInterface *> todo{QAccessible::queryAccessibleInterface(root)};
        while (!todo.isEmpty()) {
            QAccessibleInterface *node = todo.takeFirst();
            if (!node)
                continue;
            all << node;
            if (qobject_cast<QWebEngineView *>(node->object()))
                continue; // the web content has its own tree
            for (int i = 0; i < node->childCount(); ++i)
                todo << node->child(i);
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(keepLog); }

    void init() {
        g_logs.clear();
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
    }

    void cleanup() {
        m_language.apply(u"en"_s);
        m_world.relay.reset();
        m_world.sandbox.reset();
    }

    void consoleLinesLoseTheirSecrets_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the token itself") << u"oops s3cr3t-token-value here"_s << u"oops … here"_s;
        QTest::newRow("bearer") << u"Authorization: Bearer abc.def"_s
                                << u"Authorization: Bearer …"_s;
        QTest::newRow("fragment") << u"at http://127.0.0.1:1/signup#tenant=t&token=zzz"_s
                                  << u"at http://127.0.0.1:1/signup#…"_s;
        QTest::newRow("code in json")
            << uR"(signup: {"step":"finished","detail":{"code":"C-123","waba_id":"W1"}})"_s
            << uR"(signup: {"step":"finished","detail":{"code":"…","waba_id":"W1"}})"_s;
        QTest::newRow("a step") << uR"(signup: {"step":"ready","detail":null})"_s
                                << uR"(signup: {"step":"ready","detail":null})"_s;
    }
    void consoleLinesLoseTheirSecrets() {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QCOMPARE(SignupWebPage::redacted(line, {u"s3cr3t-token-value"_s}), expected);
    }

    void connectsThroughMetasWindow() {
        auto client = clientFor(u"pat"_s);
        QVERIFY(client);
        const QString token = client->token();
        QCOMPARE(firstNumberId(relayConnection(token)), u"PN1"_s);

        EmbeddedSignupDialog dialog(client.get(), m_world.relay->tenantId, u"en"_s);
        QSignalSpy connected(&dialog, &EmbeddedSignupDialog::connected);
        QSignalSpy steps(&dialog, &EmbeddedSignupDialog::stepReported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.statusText(), u"Starting…"_s);

        QWebEnginePage *popup = openMetasWindow(dialog);
        QVERIFY2(popup, qPrintable(dialog.statusText()));
        QVERIFY(dialog.popupWindow()->isWindow());
        QVERIFY(dialog.popupWindow()->isVisible());
        QCOMPARE(evaluate(dialog.page(), u"document.documentElement.dir"_s).toString(), u"ltr"_s);
        QTest::qWait(400); // let the popup paint
        QVERIFY(saveScreenshot(&dialog, dialog.popupWindow(), u"signup-en.png"_s));

        // A person fills in Meta's window and presses Finish.
        finishInMetasWindow(popup, u"Trattoria Test"_s, u"+1 555-010-0077"_s);
        QVERIFY2(connected.wait(30000), qPrintable(dialog.progress().join(u" | "_s)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.popupWindow() == nullptr, 5000);

        const QJsonObject announced = connected.first().first().toJsonObject();
        QCOMPARE(announced.value(u"status"_s).toString(), u"connected"_s);
        QCOMPARE(dialog.connection(), announced);
        const QJsonObject atRelay = relayConnection(token);
        QCOMPARE(atRelay.value(u"status"_s).toString(), u"connected"_s);
        const QString numberId = firstNumberId(atRelay);
        QVERIFY(numberId != u"PN1"_s);
        auto *number = m_world.sandbox->state().accounts().phoneNumber(numberId);
        QVERIFY(number);
        const QString display = atRelay.value(u"numbers"_s)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"display_phone_number"_s)
                                    .toString();
        QCOMPARE(display, number->displayPhoneNumber);

        QStringList reported;
        for (const auto &step : steps)
            reported << step.at(0).toString();
        QCOMPARE(reported, (QStringList{u"ready"_s, u"launched"_s, u"finished"_s,
                                        u"code_received"_s, u"completing"_s, u"connected"_s}));
        for (const auto &step : steps)
            QVERIFY(!step.at(1).toJsonObject().contains(u"code"_s));
        const QStringList shown = dialog.progress();
        const QStringList expected{u"Ready: press “Continue with Facebook”"_s,
                                   u"Waiting for Meta's window"_s,
                                   u"Meta's window is open"_s,
                                   u"Account and number chosen in Meta's window"_s,
                                   u"Code received"_s,
                                   u"Exchanging the code and connecting your number…"_s,
                                   u"Connected: "_s + QChar(0x2066) + display + QChar(0x2069)};
        QCOMPARE(shown, expected);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 5000);

        // Every control is named for a screen reader; the session token never reached a log.
        for (QAccessibleInterface *node : accessibleTree(&dialog)) {
            const auto role = node->role();
            if (role == QAccessible::PushButton || role == QAccessible::List ||
                role == QAccessible::ProgressBar)
                QVERIFY2(!node->text(QAccessible::Name).isEmpty(),
                         qPrintable(QString::number(role)));
        }
        QVERIFY(!g_logs.isEmpty());
        for (const QString &line : std::as_const(g_logs))
            QVERIFY2(!line.contains(token), "the session token was logged");
    }

    void cancelInMetasWindowInHebrewKeepsTheConnection() {
        QVERIFY(m_language.apply(u"he"_s));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        auto client = clientFor(u"pat"_s);
        QVERIFY(client);

        EmbeddedSignupDialog dialog(client.get(), m_world.relay->tenantId, u"he"_s);
        QSignalSpy connected(&dialog, &EmbeddedSignupDialog::connected);
        QSignalSpy steps(&dialog, &EmbeddedSignupDialog::stepReported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);

        QWebEnginePage *popup = openMetasWindow(dialog);
        QVERIFY2(popup, qPrintable(dialog.statusText()));
        QCOMPARE(evaluate(dialog.page(), u"document.documentElement.dir"_s).toString(), u"rtl"_s);
        QCOMPARE(
            evaluate(dialog.page(), u"document.getElementById('start').textContent"_s).toString(),
            u"המשך עם Facebook"_s);
        QTest::qWait(400);
        QVERIFY(saveScreenshot(&dialog, dialog.popupWindow(), u"signup-he.png"_s));

        evaluate(popup, u"document.getElementById('cancel').click(); true"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.popupWindow() == nullptr, 10000);
        // The dialog's words in the running language (Hebrew once translated, English before).
        const QString cancelled =
            EmbeddedSignupDialog::tr("Cancelled: %1")
                .arg(EmbeddedSignupDialog::tr("stopped at “%1” in Meta's window")
                         .arg(u"phone number setup"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            !dialog.progress().isEmpty() && dialog.progress().last() == cancelled, 10000);
        // Meta's CANCEL and FB.login's empty answer make one line.
        QCOMPARE(dialog.progress().count(cancelled), 1);
        QCOMPARE(steps.last().at(0).toString(), u"cancelled"_s);
        QVERIFY(dialog.isVisible());
        QCOMPARE(connected.size(), 0);

        dialog.reject();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QJsonObject atRelay = relayConnection(client->token());
        QCOMPARE(atRelay.value(u"status"_s).toString(), u"connected"_s);
        QCOMPARE(firstNumberId(atRelay), u"PN1"_s);
        QCOMPARE(atRelay.value(u"waba_id"_s).toString(), u"WABA-PN1"_s);
    }

    void closingMetasWindowIsACancel() {
        auto client = clientFor(u"pat"_s);
        QVERIFY(client);
        EmbeddedSignupDialog dialog(client.get(), m_world.relay->tenantId, u"en"_s);
        dialog.show();
        QVERIFY(openMetasWindow(dialog));
        dialog.popupWindow()->close();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.popupWindow() == nullptr, 5000);
        QCOMPARE(dialog.progress().last(),
                 u"Cancelled: Meta's window was closed before the signup was finished"_s);
        QVERIFY(dialog.isVisible());
        // The page's button opens Meta's window again.
        evaluate(dialog.page(), u"document.getElementById('start').click(); true"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.popupPage() != nullptr, 15000);
        dialog.reject();
        QVERIFY(dialog.popupWindow() == nullptr);
        QCOMPARE(firstNumberId(relayConnection(client->token())), u"PN1"_s);
    }

    void staffCannotStartASignup() {
        auto client = clientFor(u"sam"_s);
        QVERIFY(client);
        EmbeddedSignupDialog dialog(client.get(), m_world.relay->tenantId, u"en"_s);
        QSignalSpy steps(&dialog, &EmbeddedSignupDialog::stepReported);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isRetryOffered(), 15000);
        QVERIFY2(
            dialog.statusText().startsWith(u"You cannot connect a number for this business:"_s),
            qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(u"Ask an owner or an admin."_s));
        // No WebEngine for a signup that never started.
        QVERIFY(dialog.page() == nullptr);
        QVERIFY(dialog.findChild<QWidget *>(u"signupView"_s) == nullptr);
        auto *retry = dialog.findChild<QPushButton *>(u"signupRetry"_s);
        QVERIFY(retry && !retry->accessibleName().isEmpty());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(dialog.statusText(), u"Starting…"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isRetryOffered(), 15000);
        QCOMPARE(steps.size(), 0);
    }

    void unreachableRelayThenRetry() {
        auto client = clientFor(u"pat"_s);
        QVERIFY(client);
        m_world.relay->stop();
        EmbeddedSignupDialog dialog(client.get(), m_world.relay->tenantId, u"en"_s);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isRetryOffered(), 15000);
        QVERIFY2(dialog.statusText().startsWith(u"The signup could not start: "_s),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(client->unreachableMessage()));
        QVERIFY(m_world.relay->start()); // same port
        dialog.retry();
        QVERIFY(openMetasWindow(dialog));
        dialog.reject();
    }

    void theConnectionPageConnectsThroughThePopup() {
        // The business let its old connection go; the owner opens the Connection page.
        auto client = clientFor(u"pat"_s);
        QVERIFY(client);
        const auto disconnected = m_world.relay->request(
            "POST", u"/api/v1/tenants/%1/connection/disconnect"_s.arg(m_world.relay->tenantId),
            "{}",
            {{"authorization", "Bearer " + client->token().toUtf8()},
             {"content-type", "application/json"}});
        QVERIFY2(disconnected.status == 200, disconnected.body.constData());
        ConnectionPage page(client.get(), m_world.relay->tenantId, true, u"en"_s);
        page.resize(980, 900);
        page.show();
        QSignalSpy refreshed(&page, &ConnectionPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(10000));
        auto *status = page.findChild<QLabel *>(u"connectionStatus"_s);
        QVERIFY(status);
        QCOMPARE(status->text(), u"Status: Disconnected"_s);

        QAbstractButton *connect = nullptr;
        for (auto *button : page.findChildren<QAbstractButton *>())
            if (button->isVisibleTo(&page) && QAccessible::queryAccessibleInterface(button)->text(
                                                  QAccessible::Name) == u"Connect WhatsApp"_s)
                connect = button;
        QVERIFY2(connect, "no visible button a screen reader calls “Connect WhatsApp”");
        QVERIFY(!page.findChild<QWebEngineView *>()); // WebEngine only once signup starts
        QTest::mouseClick(connect, Qt::LeftButton);
        auto *dialog = page.findChild<EmbeddedSignupDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        QWebEnginePage *popup = openMetasWindow(*dialog);
        QVERIFY2(popup, qPrintable(dialog->statusText()));
        finishInMetasWindow(popup, u"Trattoria Page"_s, u"+1 555-010-0078"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Status: Connected"_s, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<EmbeddedSignupDialog *>(), 10000);
        QCOMPARE(relayConnection(client->token()).value(u"status"_s).toString(), u"connected"_s);
    }
};

int main(int argc, char **argv) {
    // WebEngine shares GL contexts with the widgets; it has to be said before the application.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu");
    QApplication app(argc, argv);
    TestEmbeddedSignupDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_embeddedsignupdialog.moc"
