// SPDX-License-Identifier: GPL-3.0-or-later
// The Analytics page against a real relay whose Meta is the in-process sandbox, with a
// Workspace signed in and live: two customers order on WhatsApp; the page counts them in this
// hour, adds their totals to today's revenue, ranks the products by quantity, shows both as
// free-text orders, and once the business answers (an order confirmed sends the customer a
// message) has a first response time for today. In Hebrew the time axes run right to left and
// the product names stand on the right. Screenshots in English and Hebrew go to build/screenshots/.
#include "core/session/workspace.h"
#include "core/sync/outbox.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"
#include "tests/relay/connections/sandboxedrelay.h"
#include "ui/language.h"
#include "ui/pages/analytics/analyticspage.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Test::RelayHarness;
using Test::SandboxedRelay;

class TestAnalyticsPage : public QObject {
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
    QJsonArray orders() { return call("GET", u"/orders"_s).json().value(u"orders"_s).toArray(); }
    void save(QWidget *widget, const QString &name) {
        QTest::qWait(300);
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
        writes(u"972501234567"_s, u"דנה"_s, u"שלום, אפשר 2 פיצה קלאסית גדולה וקולה"_s);
        writes(u"972529876543"_s, u"Eli"_s, u"3 fries and a classic pizza for pickup"_s);
        QTRY_COMPARE_WITH_TIMEOUT(orders().size(), 2, 15000);
    }
    void cleanup() {
        m_workspace.reset();
        m_client.reset();
        m_home.reset();
        m_world.relay.reset();
        m_world.sandbox.reset();
        m_language.apply(u"en"_s);
    }

    void chartsReadTheReplica() {
        QVERIFY(m_language.apply(u"en"_s));
        AnalyticsPage page(m_workspace.get());
        page.resize(1200, 900);
        double total = 0;
        for (const QJsonValue &order : orders())
            total += order.toObject().value(u"total"_s).toDouble();
        // The replica has both orders once the stream brought them.
        QTRY_VERIFY_WITH_TIMEOUT(
            (page.refresh(), page.data().ordersBySource.value(u"whatsapp"_s) == 2), 10000);
        page.show();
        const AnalyticsData &data = page.data();
        QCOMPARE(data.ordersByHour.at(QTime::currentTime().hour()) +
                     (QTime::currentTime().minute() == 0 && QTime::currentTime().hour() > 0
                          ? data.ordersByHour.at(QTime::currentTime().hour() - 1)
                          : 0),
                 2);
        QCOMPARE(data.revenueByDay.last(), total);
        QCOMPARE(data.currency, u"ILS"_s);
        QVERIFY(!data.topProducts.isEmpty());
        // Three classic pizzas (2 + 1) and three fries: the pizza comes first by name on a tie.
        QCOMPARE(data.topProducts.first().quantity, 3);
        QCOMPARE(data.medianResponseByDay.last(), std::nullopt);
        QCOMPARE(page.charts().size(), 5);
        QCOMPARE(page.charts().at(0)->series().size(), 1);

        // Confirming Dana's order messages her: today has a first response time now.
        QString danas;
        for (const QJsonValue &order : orders()) {
            if (order.toObject().value(u"customer"_s).toObject().value(u"name"_s).toString() ==
                u"דנה"_s)
                danas = order.toObject().value(u"id"_s).toString();
        }
        QVERIFY(!danas.isEmpty());
        QCOMPARE(call("POST", u"/orders/%1/status"_s.arg(danas),
                      QJsonDocument(QJsonObject{{u"status"_s, u"confirmed"_s}}).toJson())
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT((page.refresh(), page.data().medianResponseByDay.last()), 40000);
        QVERIFY(*page.data().medianResponseByDay.last() >= 0);
        save(&page, u"analytics-en"_s);
    }

    void chartsMirrorInHebrew() {
        QVERIFY(m_language.apply(u"he"_s));
        AnalyticsPage page(m_workspace.get());
        page.resize(1200, 900);
        QTRY_VERIFY_WITH_TIMEOUT(
            (page.refresh(), page.data().ordersBySource.value(u"whatsapp"_s) == 2), 10000);
        page.show();
        QCOMPARE(page.layoutDirection(), Qt::RightToLeft);
        page.refresh();
        auto *hours =
            qobject_cast<QBarCategoryAxis *>(page.charts().at(0)->axes(Qt::Horizontal).value(0));
        // Time runs right to left: the last hour first, the value axis on the right.
        QVERIFY(hours);
        QCOMPARE(hours->categories().first(), u"23"_s);
        QCOMPARE(hours->categories().last(), u"0"_s);
        QCOMPARE(page.charts().at(0)->axes(Qt::Vertical).value(0)->alignment(), Qt::AlignRight);
        auto *days =
            qobject_cast<QBarCategoryAxis *>(page.charts().at(1)->axes(Qt::Horizontal).value(0));
        QVERIFY(days);
        QCOMPARE(days->categories().first(),
                 QLocale().toString(QDate::currentDate(),
                                    QDate::currentDate().day() == 1 ? u"d/M"_s : u"d"_s));
        // The products in their Hebrew names.
        auto *names =
            qobject_cast<QBarCategoryAxis *>(page.charts().at(2)->axes(Qt::Vertical).value(0));
        QVERIFY(names && names->categories().contains(u"פיצה קלאסית"_s));
        QCOMPARE(names->alignment(), Qt::AlignRight);
        save(&page, u"analytics-he"_s);
    }
};

QTEST_MAIN(TestAnalyticsPage)
#include "tst_analyticspage.moc"
