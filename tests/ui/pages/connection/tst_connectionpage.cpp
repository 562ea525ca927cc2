// SPDX-License-Identifier: GPL-3.0-or-later
// The Connection page against a real relay whose Graph API is the in-process sandbox, driven the
// way a screen reader user drives it: controls found by their accessible names, texts read from
// the labels. Screenshots of each state, left to right and right to left, go to
// build/screenshots/connection-*.png.
#include "core/sync/relayclient.h"
#include "tests/relay/connections/sandboxedrelay.h"
#include "ui/pages/connection/connectionpage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::SandboxedRelay;

namespace {

QString accessibleName(QWidget *widget) {
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    QString name = accessible ? accessible->text(QAccessible::Name) : QString();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name;
}

//! The visible control of `root` a screen reader announces as `name`.
template <typename T = QWidget>
T *control(QWidget *root, const QString &name) {
    for (T *widget : root->findChildren<T *>())
        if (widget->isVisibleTo(root) && accessibleName(widget) == name)
            return widget;
    return nullptr;
}

//! Whether a visible label of `root` says `words`.
QLabel *saying(QWidget *root, const QString &words) {
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->isVisibleTo(root) && label->text().contains(words))
            return label;
    return nullptr;
}

//! The text of a value shown beside its caption (screen readers hear "Caption: value").
QString valueOf(QWidget *root, const QString &objectName) {
    auto *label = root->findChild<QLabel *>(objectName);
    if (!label || !label->isVisibleTo(root))
        return QStringLiteral("(not shown)");
    const QString heard = accessibleName(label).remove(QChar(0x2066)).remove(QChar(0x2069));
    return heard.section(QStringLiteral(": "), 1, -1);
}

QString statusOf(QWidget *root) {
    auto *status = root->findChild<QLabel *>(QStringLiteral("connectionStatus"));
    return status ? status->text() : QString();
}

bool click(QWidget *root, const QString &name) {
    auto *button = control<QAbstractButton>(root, name);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool type(QWidget *root, const QString &name, const QString &text) {
    auto *edit = control<QLineEdit>(root, name);
    if (!edit)
        return false;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    return edit->text() == text;
}

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestConnectionPage : public QObject {
    Q_OBJECT

    SandboxedRelay m_world;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<RelayClient>> m_clients;
    std::vector<std::unique_ptr<ConnectionPage>> m_pages;

    //! A page for `user` (a member of `tenantId`), shown and refreshed.
    ConnectionPage *page(const QString &user, const QString &tenantId, bool canAdminister,
                         const QString &language = QStringLiteral("en")) {
        const QString token = m_world.relay->login(user);
        if (token.isEmpty())
            return nullptr;
        m_clients.push_back(
            std::make_unique<RelayClient>(&m_network, QUrl(m_world.relay->baseUrl()), token));
        m_pages.push_back(std::make_unique<ConnectionPage>(m_clients.back().get(), tenantId,
                                                           canAdminister, language));
        ConnectionPage *shown = m_pages.back().get();
        shown->resize(980, 1500);
        shown->show();
        QSignalSpy refreshed(shown, &ConnectionPage::refreshed);
        shown->refresh();
        if (!refreshed.wait(10000))
            return nullptr;
        QTest::qWait(0);
        return shown;
    }

    //! Waits until the page has nothing in flight.
    static bool settle(ConnectionPage *page) {
        QDeadlineTimer deadline(15000);
        while (page->isBusy() && !deadline.hasExpired())
            QTest::qWait(10);
        QTest::qWait(20);
        return !page->isBusy();
    }

    static void screenshot(QWidget *page, const QString &name) {
        const QString dir = QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(page->grab().save(dir + QStringLiteral("/connection-%1.png").arg(name)));
    }

    //! The same page right to left (the mirror check) and back.
    void screenshotRightToLeft(const QString &user, const QString &tenantId, bool admin,
                               const QString &name) {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        ConnectionPage *mirrored = page(user, tenantId, admin, QStringLiteral("he"));
        QVERIFY(mirrored);
        QVERIFY(settle(mirrored));
        screenshot(mirrored, name + QStringLiteral("-he"));
        mirrored->hide();
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    //! Connects the Pizzeria through the relay's API (not the page) and registers its number.
    SandboxedRelay::Account connectPizzeria() {
        const auto account = m_world.signedUpAccount(QStringLiteral("Pizzeria Napoli"),
                                                     QStringLiteral("+1 555-010-0042"));
        const QString pat = m_world.relay->login(QStringLiteral("pat"));
        const QMap<QByteArray, QByteArray> headers{{"Authorization", "Bearer " + pat.toUtf8()},
                                                   {"Content-Type", "application/json"}};
        const QString base = QStringLiteral("/api/v1/tenants/%1").arg(m_world.relay->tenantId);
        const QString number = base + QStringLiteral("/numbers/%1/").arg(account.phoneNumberId);
        const bool ok =
            m_world.relay
                    ->request("POST", base + QStringLiteral("/connection/manual"),
                              json({{QStringLiteral("waba_id"), account.wabaId},
                                    {QStringLiteral("phone_number_id"), account.phoneNumberId},
                                    {QStringLiteral("access_token"), account.token}}),
                              headers)
                    .status == 200 &&
            m_world.relay
                    ->request("POST", number + QStringLiteral("request-code"),
                              json({{QStringLiteral("method"), QStringLiteral("SMS")}}), headers)
                    .status == 200 &&
            m_world.relay
                    ->request("POST", number + QStringLiteral("verify-code"),
                              json({{QStringLiteral("code"), QStringLiteral("123456")}}), headers)
                    .status == 200 &&
            m_world.relay
                    ->request("POST", number + QStringLiteral("register"),
                              json({{QStringLiteral("pin"), QStringLiteral("246810")}}), headers)
                    .status == 200;
        return ok ? account : SandboxedRelay::Account{};
    }

private Q_SLOTS:
    void init() { QVERIFY2(m_world.start(), qPrintable(m_world.error())); }
    void cleanup() {
        m_pages.clear();
        m_clients.clear();
        m_world.relay.reset();
        m_world.sandbox.reset();
    }

    void notConnectedOffersSignupToOwnersAndAsksStaffToFindAnAdmin() {
        const QString bakery = m_world.addTenant(QStringLiteral("Bakery"), QStringLiteral("bea"),
                                                 QStringLiteral("stu"));
        QVERIFY(!bakery.isEmpty());
        ConnectionPage *owner = page(QStringLiteral("bea"), bakery, true);
        QVERIFY(owner);
        QCOMPARE(statusOf(owner), QStringLiteral("Status: Not connected"));
        QVERIFY(control<QAbstractButton>(owner, QStringLiteral("Connect WhatsApp")));
        QVERIFY(control<QAbstractButton>(owner, QStringLiteral("Connect manually")));
        QVERIFY(!saying(owner, QStringLiteral("Ask an admin")));
        QVERIFY(saying(owner, QStringLiteral("customers' WhatsApp messages")));
        screenshot(owner, QStringLiteral("not-connected"));

        ConnectionPage *staff = page(QStringLiteral("stu"), bakery, false);
        QVERIFY(staff);
        QVERIFY(!control<QAbstractButton>(staff, QStringLiteral("Connect WhatsApp")));
        QVERIFY(!control<QAbstractButton>(staff, QStringLiteral("Connect manually")));
        QVERIFY(saying(staff, QStringLiteral("Ask an admin of your business to connect WhatsApp")));
        screenshot(staff, QStringLiteral("not-connected-staff"));
        screenshotRightToLeft(QStringLiteral("bea"), bakery, true, QStringLiteral("not-connected"));
    }

    void manualConnectionAndRegistrationEndConnected() {
        const QString bakery = m_world.addTenant(QStringLiteral("Bakery"), QStringLiteral("bea"),
                                                 QStringLiteral("stu"));
        const auto account = m_world.signedUpAccount(QStringLiteral("Bakery Ben-Ami"),
                                                     QStringLiteral("+972 3-555-0100"));
        ConnectionPage *owner = page(QStringLiteral("bea"), bakery, true);
        QVERIFY(owner);
        QVERIFY(click(owner, QStringLiteral("Connect manually")));
        QVERIFY(type(owner, QStringLiteral("Access token"), account.token));
        QCOMPARE(control<QLineEdit>(owner, QStringLiteral("Access token"))->echoMode(),
                 QLineEdit::Password);
        QVERIFY(type(owner, QStringLiteral("WhatsApp Business account ID"), account.wabaId));
        QVERIFY(type(owner, QStringLiteral("Phone number ID"), account.phoneNumberId));
        screenshot(owner, QStringLiteral("manual-form"));
        QVERIFY(click(owner, QStringLiteral("Connect with this token")));
        QVERIFY(owner->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(owner), QStringLiteral("Status: Connected"), 15000);
        QVERIFY(settle(owner));
        // Meta has the number but it is not registered yet: the steps show.
        QVERIFY(saying(owner, QStringLiteral("Register +972 3-555-0100 for WhatsApp")));
        QVERIFY(saying(owner, QStringLiteral("Not registered yet")));
        screenshot(owner, QStringLiteral("pending"));

        QVERIFY(click(owner, QStringLiteral("Send the code")));
        QVERIFY(settle(owner));
        QVERIFY(saying(owner, QStringLiteral("Meta sent the code by text message.")));
        QCOMPARE(statusOf(owner), QStringLiteral("Status: Being set up"));
        QVERIFY(type(owner, QStringLiteral("Six-digit code"),
                     m_world.sandboxNumber(account.phoneNumberId)->pendingCode));
        QVERIFY(click(owner, QStringLiteral("Verify the code")));
        QVERIFY(settle(owner));
        QVERIFY(saying(owner, QStringLiteral("The code is right.")));
        QVERIFY(type(owner, QStringLiteral("Six-digit PIN"), QStringLiteral("246810")));
        QVERIFY(click(owner, QStringLiteral("Register the number")));
        QVERIFY(settle(owner));
        QCOMPARE(m_world.sandboxNumber(account.phoneNumberId)->status, QStringLiteral("CONNECTED"));

        QCOMPARE(statusOf(owner), QStringLiteral("Status: Connected"));
        QVERIFY(!control(owner, QStringLiteral("Six-digit PIN")));
        QCOMPARE(valueOf(owner, QStringLiteral("displayNumber")),
                 QStringLiteral("+972 3-555-0100"));
        QVERIFY(
            valueOf(owner, QStringLiteral("quality")).startsWith(QStringLiteral("High (green)")));
        QCOMPARE(valueOf(owner, QStringLiteral("numberStatus")), QStringLiteral("Connected"));
        QCOMPARE(valueOf(owner, QStringLiteral("messagingLimit")),
                 QStringLiteral("250 customers a day"));
        QVERIFY(!valueOf(owner, QStringLiteral("verifiedName")).isEmpty());
        QCOMPARE(valueOf(owner, QStringLiteral("nameReview")), QStringLiteral("Approved"));
        screenshot(owner, QStringLiteral("connected"));
    }

    void registrationRefusedByMetaSaysWhyInWords() {
        const QString bakery = m_world.addTenant(QStringLiteral("Bakery"), QStringLiteral("bea"),
                                                 QStringLiteral("stu"));
        const auto account = m_world.signedUpAccount(QStringLiteral("Bakery Ben-Ami"),
                                                     QStringLiteral("+972 3-555-0100"));
        ConnectionPage *owner = page(QStringLiteral("bea"), bakery, true);
        QVERIFY(owner);
        QVERIFY(click(owner, QStringLiteral("Connect manually")));
        QVERIFY(type(owner, QStringLiteral("Access token"), account.token));
        QVERIFY(type(owner, QStringLiteral("WhatsApp Business account ID"), account.wabaId));
        QVERIFY(type(owner, QStringLiteral("Phone number ID"), account.phoneNumberId));
        QVERIFY(click(owner, QStringLiteral("Connect with this token")));
        QVERIFY(settle(owner));
        m_world.fault(QStringLiteral("/register$"), 133005);
        QVERIFY(type(owner, QStringLiteral("Six-digit PIN"), QStringLiteral("111111")));
        QVERIFY(click(owner, QStringLiteral("Register the number")));
        QVERIFY(settle(owner));
        QVERIFY(saying(owner, QStringLiteral("The PIN does not match the two-step verification "
                                             "PIN this number already has.")));
        screenshot(owner, QStringLiteral("registration-error"));
        // A code that is not six digits is caught before anything is sent.
        QVERIFY(type(owner, QStringLiteral("Six-digit code"), QStringLiteral("12")));
        QVERIFY(click(owner, QStringLiteral("Verify the code")));
        QVERIFY(saying(owner, QStringLiteral("The code has six digits.")));
    }

    void adminsEditTheBusinessProfileStaffReadIt() {
        const auto account = connectPizzeria();
        QVERIFY(!account.phoneNumberId.isEmpty());
        m_world.sandboxNumber(account.phoneNumberId)->profile.address =
            QStringLiteral("Via Roma 1, Napoli");
        ConnectionPage *owner = page(QStringLiteral("pat"), m_world.relay->tenantId, true);
        QVERIFY(owner);
        QVERIFY(settle(owner));
        QCOMPARE(control<QLineEdit>(owner, QStringLiteral("Address"))->text(),
                 QStringLiteral("Via Roma 1, Napoli"));
        QVERIFY(type(owner, QStringLiteral("About"), QStringLiteral("Pizza al taglio since 1984")));
        QVERIFY(click(owner, QStringLiteral("Save the profile")));
        QVERIFY(settle(owner));
        QCOMPARE(m_world.sandboxNumber(account.phoneNumberId)->profile.about,
                 QStringLiteral("Pizza al taglio since 1984"));
        QVERIFY(saying(owner, QStringLiteral("Saved.")));

        // Too long for Meta: said at once, and nothing is sent.
        QVERIFY(type(owner, QStringLiteral("About"), QString(150, u'a')));
        QVERIFY(click(owner, QStringLiteral("Save the profile")));
        QVERIFY(
            saying(owner, QStringLiteral("About can have at most 139 characters; it has 150.")));
        QVERIFY(!owner->isBusy());
        QCOMPARE(m_world.sandboxNumber(account.phoneNumberId)->profile.about,
                 QStringLiteral("Pizza al taglio since 1984"));
        screenshot(owner, QStringLiteral("profile-validation"));

        ConnectionPage *staff = page(QStringLiteral("sam"), m_world.relay->tenantId, false);
        QVERIFY(staff);
        QVERIFY(settle(staff));
        auto *about = control<QLineEdit>(staff, QStringLiteral("About"));
        QVERIFY(about && about->isReadOnly());
        QCOMPARE(about->text(), QStringLiteral("Pizza al taglio since 1984"));
        QVERIFY(!control<QAbstractButton>(staff, QStringLiteral("Save the profile")));
        QVERIFY(!control<QAbstractButton>(staff, QStringLiteral("Disconnect")));
        screenshot(staff, QStringLiteral("connected-staff"));
        screenshotRightToLeft(QStringLiteral("pat"), m_world.relay->tenantId, true,
                              QStringLiteral("connected"));
    }

    void historyAndTestMessageOutsideTheWindow() {
        const auto account = connectPizzeria();
        QVERIFY(!account.phoneNumberId.isEmpty());
        // Meta flags the number (a webhook): the history says so, in words and dates.
        const QJsonObject value{{QStringLiteral("display_phone_number"),
                                 m_world.sandboxNumber(account.phoneNumberId)->displayDigits()},
                                {QStringLiteral("event"), QStringLiteral("FLAGGED")},
                                {QStringLiteral("current_limit"), QStringLiteral("TIER_1K")}};
        const QJsonObject delivery{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), account.wabaId},
                 {QStringLiteral("changes"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("field"), QStringLiteral("phone_number_quality_update")},
                      {QStringLiteral("value"), value}}}}}}}};
        QCOMPARE(m_world.relay->postWebhook(json(delivery)).status, 200);
        QVERIFY(m_world.relay->waitIngested());

        ConnectionPage *owner = page(QStringLiteral("pat"), m_world.relay->tenantId, true);
        QVERIFY(owner);
        QVERIFY(settle(owner));
        QVERIFY(valueOf(owner, QStringLiteral("quality")).startsWith(QStringLiteral("Low (red)")));
        QCOMPARE(valueOf(owner, QStringLiteral("messagingLimit")),
                 QStringLiteral("1,000 customers a day"));
        auto *history = control<QTableWidget>(owner, QStringLiteral("Changes of quality, limit "
                                                                    "and status"));
        QVERIFY(history);
        QStringList rows;
        for (int row = 0; row < history->rowCount(); ++row)
            rows << history->item(row, 2)->text() + QLatin1Char(':') +
                        history->item(row, 3)->text() + QStringLiteral("→") +
                        history->item(row, 4)->text();
        QVERIFY2(rows.contains(QStringLiteral("Quality:High→Low")), qPrintable(rows.join(u',')));
        QVERIFY2(rows.contains(QStringLiteral("Messaging limit:250 customers a day→1,000 "
                                              "customers a day")),
                 qPrintable(rows.join(u',')));
        QCOMPARE(history->item(0, 1)->text().remove(QChar(0x2066)).remove(QChar(0x2069)),
                 QStringLiteral("+1 555-010-0042"));
        QVERIFY(!history->item(0, 0)->text().isEmpty());

        // Nobody wrote to the business: a test message cannot go out, and the page says why.
        QVERIFY(type(owner, QStringLiteral("Test message to"), QStringLiteral("972501234567")));
        QVERIFY(click(owner, QStringLiteral("Send a test message")));
        QVERIFY(settle(owner));
        QVERIFY(saying(owner, QStringLiteral("within 24 hours of the customer's last message")));
        screenshot(owner, QStringLiteral("history-and-test"));
    }

    void disconnectAsksFirstAndSaysWhatStops() {
        QVERIFY(!connectPizzeria().phoneNumberId.isEmpty());
        ConnectionPage *owner = page(QStringLiteral("pat"), m_world.relay->tenantId, true);
        QVERIFY(owner);
        QVERIFY(settle(owner));
        QString asked;
        bool answer = false;
        owner->setConfirmation([&](const QString &question, const QString &detail) {
            asked = question + QLatin1Char(' ') + detail;
            return answer;
        });
        QVERIFY(click(owner, QStringLiteral("Disconnect")));
        QVERIFY(asked.contains(QStringLiteral("messages stop arriving")));
        QVERIFY(asked.contains(QStringLiteral("until an admin connects the number again")));
        QVERIFY(!owner->isBusy()); // declined: nothing sent
        QCOMPARE(statusOf(owner), QStringLiteral("Status: Connected"));

        answer = true;
        QVERIFY(click(owner, QStringLiteral("Disconnect")));
        QVERIFY(settle(owner));
        QCOMPARE(statusOf(owner), QStringLiteral("Status: Disconnected"));
        QVERIFY(control<QAbstractButton>(owner, QStringLiteral("Connect WhatsApp")));
        QVERIFY(saying(owner, QStringLiteral("It was disconnected:")));
        screenshot(owner, QStringLiteral("disconnected"));
    }

    void needsReconnectExplainsWhyAndWhatToDo() {
        QVERIFY(!connectPizzeria().phoneNumberId.isEmpty());
        ConnectionPage *owner = page(QStringLiteral("pat"), m_world.relay->tenantId, true);
        QVERIFY(owner);
        QVERIFY(settle(owner));
        // What the live sync delivers when Meta refuses the token.
        QJsonObject connection = owner->connection();
        connection.insert(QStringLiteral("status"), QStringLiteral("needs_reconnect"));
        connection.insert(QStringLiteral("reason"),
                          QStringLiteral("Meta error 190: the access token has expired."));
        owner->setConnection(connection);
        QCOMPARE(statusOf(owner), QStringLiteral("Status: Needs to be reconnected"));
        QVERIFY(saying(owner, QStringLiteral("WhatsApp needs to be reconnected")));
        QVERIFY(saying(owner, QStringLiteral("the access token has expired")));
        QVERIFY(control<QAbstractButton>(owner, QStringLiteral("Reconnect WhatsApp")));
        screenshot(owner, QStringLiteral("needs-reconnect"));

        ConnectionPage *staff = page(QStringLiteral("sam"), m_world.relay->tenantId, false);
        QVERIFY(staff);
        QVERIFY(settle(staff));
        staff->setConnection(connection);
        QVERIFY(!control<QAbstractButton>(staff, QStringLiteral("Reconnect WhatsApp")));
        QVERIFY(saying(staff, QStringLiteral("Ask an admin of your business to reconnect")));

        QApplication::setLayoutDirection(Qt::RightToLeft);
        ConnectionPage *mirrored =
            page(QStringLiteral("pat"), m_world.relay->tenantId, true, QStringLiteral("he"));
        QVERIFY(mirrored);
        QVERIFY(settle(mirrored));
        mirrored->setConnection(connection);
        screenshot(mirrored, QStringLiteral("needs-reconnect-he"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestConnectionPage)
#include "tst_connectionpage.moc"
