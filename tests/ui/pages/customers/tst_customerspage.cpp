// SPDX-License-Identifier: GPL-3.0-or-later
// The Customers page against a real relay whose Meta is the in-process sandbox, with a
// Workspace signed in as the Pizzeria's staff and live: two customers write (one orders twice,
// one only asks), both are listed with their numbers, the one who ordered with the count, total
// and average of their orders and their history; the search finds a customer by Hebrew name
// and by the local form of their number; an edit of name, tags, notes and opt-in reaches the
// relay; the CSV export opens with a UTF-8 byte order mark and holds the Hebrew name.
// Screenshots in English and Hebrew go to build/screenshots/.
#include "core/session/workspace.h"
#include "core/sync/outbox.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"
#include "tests/relay/connections/sandboxedrelay.h"
#include "ui/language.h"
#include "ui/models/customerlistmodel.h"
#include "ui/pages/customers/customerspage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Test::RelayHarness;
using Test::SandboxedRelay;

namespace {
const QString dana = u"972501234567"_s;
const QString eli = u"972529876543"_s;
} // namespace

class TestCustomersPage : public QObject {
    Q_OBJECT

    SandboxedRelay m_world;
    SandboxedRelay::Account m_account;
    Language m_language;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<RelayClient> m_client;
    std::unique_ptr<Workspace> m_workspace;
    QString m_token;

    RelayHarness::Reply call(const QByteArray &method, const QString &path,
                             const QByteArray &body = {}) {
        return m_world.relay->request(
            method, u"/api/v1/tenants/%1"_s.arg(m_world.relay->tenantId) + path, body,
            {{"Authorization", "Bearer " + m_token.toUtf8()},
             {"Content-Type", "application/json"}});
    }
    void writes(const QString &waId, const QString &name, const QString &text) {
        m_world.control(u"/_sandbox/customers/%1/messages"_s.arg(waId),
                        {{u"phone_number_id"_s, m_account.phoneNumberId},
                         {u"name"_s, name},
                         {u"type"_s, u"text"_s},
                         {u"text"_s, QJsonObject{{u"body"_s, text}}}});
    }
    int rowOf(CustomersPage &page, const QString &name) {
        for (int row = 0; row < page.customers()->rowCount(); ++row) {
            if (page.customers()->index(row, 0).data(CustomerListModel::NameRole).toString() ==
                name)
                return row;
        }
        return -1;
    }
    void save(QWidget *widget, const QString &name) {
        QTest::qWait(250);
        const QString file = QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR "/") + name + u".png"_s;
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR))); }

    void init() {
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
        m_account = m_world.connectRegistered(u"Pizzeria Napoli"_s, u"+1 555-010-0042"_s);
        QVERIFY(!m_account.phoneNumberId.isEmpty());
        m_token = m_world.relay->login(u"pat"_s);
        m_home = std::make_unique<QTemporaryDir>();
        m_client =
            std::make_unique<RelayClient>(&m_network, QUrl(m_world.relay->baseUrl()), m_token);
        m_workspace = std::make_unique<Workspace>(
            m_client.get(), Business{m_world.relay->tenantId, u"Pizzeria"_s, u"owner"_s},
            m_home->filePath(u"data"_s));
        QVERIFY(m_workspace->open());
        m_workspace->outbox()->setRetryDelays(50, 200);
        QFile file(QStringLiteral(SWITCHBOARD_PIZZERIA_MENU));
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonValue &value :
             QJsonDocument::fromJson(file.readAll()).object().value(u"products"_s).toArray()) {
            QJsonObject body = value.toObject();
            body.remove(u"id"_s);
            QCOMPARE(call("POST", u"/products"_s, QJsonDocument(body).toJson()).status, 201);
        }
        m_workspace->goLive();
        QVERIFY(QTest::qWaitFor(
            [&] { return m_workspace->sync()->state() == SyncEngine::State::Live; }, 15000));
        writes(dana, u"דנה"_s, u"שלום, אפשר 2 פיצה קלאסית גדולה וקולה"_s);
        writes(eli, u"Eli"_s, u"are you open on saturday?"_s);
        writes(dana, u"דנה"_s, u"and one calzone for pickup please"_s);
    }
    void cleanup() {
        m_workspace.reset();
        m_client.reset();
        m_home.reset();
        m_world.relay.reset();
        m_world.sandbox.reset();
        m_language.apply(u"en"_s);
    }

    void listsCustomersWithTheirOrders() {
        CustomersPage page(m_workspace.get());
        QAbstractItemModelTester tester(page.customers(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1200, 760);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.customers()->rowCount(), 2, 15000);
        const QJsonArray orders = call("GET", u"/orders"_s).json().value(u"orders"_s).toArray();
        QVERIFY(orders.size() >= 1);
        double total = 0;
        for (const QJsonValue &order : orders)
            total += order.toObject().value(u"total"_s).toDouble();
        const int danaRow = rowOf(page, u"דנה"_s);
        QVERIFY(danaRow >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(page.customers()
                                      ->index(rowOf(page, u"דנה"_s), 0)
                                      .data(CustomerListModel::OrderCountRole)
                                      .toInt(),
                                  int(orders.size()), 10000);
        const QModelIndex danaIndex = page.customers()->index(rowOf(page, u"דנה"_s), 0);
        QCOMPARE(danaIndex.data(CustomerListModel::SpentRole).toDouble(), total);
        QCOMPARE(danaIndex.data(CustomerListModel::AverageRole).toDouble(), total / orders.size());
        const QModelIndex eliIndex = page.customers()->index(rowOf(page, u"Eli"_s), 0);
        QCOMPARE(eliIndex.data(CustomerListModel::OrderCountRole).toInt(), 0);

        page.openCustomer(danaIndex.data(CustomerListModel::IdRole).toString());
        QCOMPARE(page.history()->count(), int(orders.size()));
        QVERIFY2(page.statsText().contains(u"+972501234567"_s), qPrintable(page.statsText()));
        QSignalSpy conversation(&page, &CustomersPage::conversationRequested);
        page.findChild<QPushButton *>(u"openCustomerConversation"_s)->click();
        QCOMPARE(conversation.size(), 1);
        QVERIFY(!conversation.first().first().toString().isEmpty());

        // Search by Hebrew name and by the number as Israelis write it.
        auto *search = page.findChild<QLineEdit *>(u"customerSearch"_s);
        search->setText(u"דנה"_s);
        QCOMPARE(page.filtered()->rowCount(), 1);
        search->setText(u"052-987-6543"_s);
        QCOMPARE(page.filtered()->rowCount(), 1);
        QCOMPARE(page.filtered()->index(0, 0).data(CustomerListModel::NameRole).toString(),
                 u"Eli"_s);
        search->clear();
        QCOMPARE(page.filtered()->rowCount(), 2);

        // The CSV: a byte order mark, a header, Hebrew as UTF-8.
        const QString path = m_home->filePath(u"customers.csv"_s);
        QVERIFY(page.exportCsv(path));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "name,phone,tags"));
        QVERIFY(QString::fromUtf8(bytes).contains(u"דנה,+972501234567"_s));
        QCOMPARE(bytes.count("\r\n"), 3);
        save(&page, u"customers-en"_s);
    }

    void editsReachTheRelay() {
        CustomersPage page(m_workspace.get());
        page.resize(1200, 760);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.customers()->rowCount(), 2, 15000);
        const QString id = page.customers()
                               ->index(rowOf(page, u"Eli"_s), 0)
                               .data(CustomerListModel::IdRole)
                               .toString();
        page.openCustomer(id);
        page.findChild<QLineEdit *>(u"customerName"_s)->setText(u"Eli Cohen"_s);
        page.findChild<QLineEdit *>(u"customerTags"_s)->setText(u"regular, vegan, regular"_s);
        page.findChild<QPlainTextEdit *>(u"customerNotes"_s)->setPlainText(u"Ring twice"_s);
        page.findChild<QCheckBox *>(u"customerOptIn"_s)->setChecked(true);
        QVERIFY(page.saveCustomer());
        QTRY_COMPARE_WITH_TIMEOUT(
            call("GET", u"/customers/"_s + id).json().value(u"name"_s).toString(), u"Eli Cohen"_s,
            10000);
        const QJsonObject stored = call("GET", u"/customers/"_s + id).json();
        QCOMPARE(stored.value(u"tags"_s).toArray(), (QJsonArray{u"regular"_s, u"vegan"_s}));
        QCOMPARE(stored.value(u"notes"_s).toString(), u"Ring twice"_s);
        QCOMPARE(stored.value(u"opt_in"_s).toBool(), true);
        // The relay's change comes back to the table.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page, u"Eli Cohen"_s) >= 0, 10000);
        QVERIFY(!page.saveCustomer()); // nothing left to send
    }

    void screenshotInHebrew() {
        QVERIFY(m_language.apply(u"he"_s));
        CustomersPage page(m_workspace.get());
        page.resize(1200, 760);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.customers()->rowCount(), 2, 15000);
        QTest::qWait(500);
        page.openCustomer(page.customers()
                              ->index(rowOf(page, u"דנה"_s), 0)
                              .data(CustomerListModel::IdRole)
                              .toString());
        save(&page, u"customers-he"_s);
    }
};

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
