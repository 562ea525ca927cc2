// SPDX-License-Identifier: GPL-3.0-or-later
// Every route the table declares, tried as an outsider: generated from the table itself, so a
// route added later is covered without anyone remembering to add it here.
#include "app/relay/http/routetable.h"
#include "app/relay/relay.h"
#include "core/store/database.h"
#include "tests/relay/relayharness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;

namespace {

//! The route's path for `tenant`, with ids that exist nowhere for its other arguments.
QString concretePath(const RouteTable::Route &route, const QString &tenant) {
    QString path = route.path;
    path.replace(QStringLiteral("{tid}"), tenant);
    path.replace(QRegularExpression(QStringLiteral("\\{[a-z_]+\\}")), QStringLiteral("x0"));
    return path;
}

} // namespace

class TestRouteTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_relay.error().isEmpty() && m_relay.start(), qPrintable(m_relay.error()));
        m_owner = m_relay.login(QStringLiteral("pat"));
        m_staff = m_relay.login(QStringLiteral("sam"));
        QVERIFY(!m_owner.isEmpty() && !m_staff.isEmpty());
    }

    void everyTenantRouteIsGuarded_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("adminOnly");
        int tenantRoutes = 0;
        for (const auto &route : m_relay.relay()->routes()->routes()) {
            if (route.access != RouteTable::Access::Tenant)
                continue;
            ++tenantRoutes;
            QTest::addRow("%s %s", qPrintable(route.method), qPrintable(route.path))
                << route.method.toLatin1() << route.path
                << (route.minimum != RouteTable::Role::Staff);
        }
        // Events, stream, connection, signup, numbers, messages, media, customers: 18 today.
        QVERIFY(tenantRoutes >= 18);
    }
    void everyTenantRouteIsGuarded() {
        QFETCH(QByteArray, method);
        QFETCH(QString, route);
        QFETCH(bool, adminOnly);
        const RouteTable::Route declared{QString::fromLatin1(method), route, {}, {}};
        const QByteArray body = method == "GET" ? QByteArray() : QByteArrayLiteral("{}");
        auto call = [&](const QString &tenant, const QString &token) {
            QMap<QByteArray, QByteArray> headers{
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
            if (!token.isEmpty())
                headers.insert(QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8());
            return m_relay.request(method, concretePath(declared, tenant), body, headers);
        };
        const auto eventsBefore = m_relay.events(m_relay.otherTenantId).size();

        const auto anonymous = call(m_relay.tenantId, {});
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("unauthenticated"));
        QCOMPARE(call(m_relay.tenantId, QStringLiteral("not-a-token")).status, 401);

        // Pat owns Pizzeria, not the clinic: the clinic's routes are closed to pat, whatever
        // the route would do, and nothing of the clinic's changes.
        const auto outsider = call(m_relay.otherTenantId, m_owner);
        QCOMPARE(outsider.status, 403);
        QCOMPARE(outsider.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("forbidden"));
        QCOMPARE(m_relay.events(m_relay.otherTenantId).size(), eventsBefore);

        // Sam is staff at Pizzeria: let in to staff routes, kept out of the admins'.
        const auto staff = call(m_relay.tenantId, m_staff);
        if (adminOnly)
            QCOMPARE(staff.status, 403);
        else
            QVERIFY2(staff.status != 401 && staff.status != 403,
                     qPrintable(QString::number(staff.status) + QLatin1Char(' ') +
                                QString::fromUtf8(staff.body)));
    }

    void userRoutesNeedASession_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("route");
        for (const auto &route : m_relay.relay()->routes()->routes()) {
            if (route.access == RouteTable::Access::User)
                QTest::addRow("%s %s", qPrintable(route.method), qPrintable(route.path))
                    << route.method.toLatin1() << route.path;
        }
    }
    void userRoutesNeedASession() {
        QFETCH(QByteArray, method);
        QFETCH(QString, route);
        QCOMPARE(m_relay.request(method, route).status, 401);
    }

    void aConsoleThatHangsUpBeforeItsAnswerLeavesTheRelayRunning() {
        // A console closes its connection (killed, a dropped network) while its request is still
        // being worked on the API thread: the answer has nobody to go to and is dropped; the
        // relay goes on serving.
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString token = relay.login(QStringLiteral("pat"));
        const QString customer = customerWhoWrote(relay, token, QStringLiteral("wamid.hangup"));
        QVERIFY(!customer.isEmpty());
        auto blocker = Database::open(relay.database().databaseUrl());
        QVERIFY2(blocker, qPrintable(blocker.error().message));
        for (int round = 0; round < 3; ++round) {
            QVERIFY((*blocker)->exec(QStringLiteral("BEGIN IMMEDIATE")));
            QTcpSocket console;
            console.connectToHost(QHostAddress::LocalHost, relay.port());
            QVERIFY(console.waitForConnected(5000));
            const QByteArray body = "{\"notes\":\"hung up\"}";
            console.write("PATCH /api/v1/tenants/" + relay.tenantId.toUtf8() + "/customers/" +
                          customer.toUtf8() + " HTTP/1.1\r\nHost: relay\r\nAuthorization: Bearer " +
                          token.toUtf8() +
                          "\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QVERIFY(console.waitForBytesWritten(5000));
            QTest::qWait(200); // the edit waits for the lock on the API thread
            console.abort();   // the console is gone before its answer
            QTest::qWait(100); // the relay notices and frees the connection
            QVERIFY((*blocker)->exec(QStringLiteral("ROLLBACK")));
            QTest::qWait(300); // the edit is done and its answer finds no connection
        }
        QCOMPARE(relay.get(QStringLiteral("/healthz")).status, 200);
        QCOMPARE(
            relay
                .get(
                    QStringLiteral("/api/v1/tenants/%1/customers/%2").arg(relay.tenantId, customer),
                    token)
                .json()
                .value(QStringLiteral("notes"))
                .toString(),
            QStringLiteral("hung up"));
    }

    void aSlowApiQueryDoesNotDelayAcknowledgements() {
        // A console's request that waits on the database (here: a customer edit waiting for
        // another connection's write lock) runs on the API thread; Meta's deliveries are still
        // acknowledged at once, as soon as the inbox (a file of its own) has them.
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString token = relay.login(QStringLiteral("pat"));
        const QString customer = customerWhoWrote(relay, token, QStringLiteral("wamid.slow0"));
        QVERIFY(!customer.isEmpty());

        auto blocker = Database::open(relay.database().databaseUrl());
        QVERIFY2(blocker, qPrintable(blocker.error().message));
        QVERIFY((*blocker)->exec(QStringLiteral("BEGIN IMMEDIATE")));

        QNetworkAccessManager network;
        QNetworkRequest patch(
            QUrl(relay.baseUrl() +
                 QStringLiteral("/api/v1/tenants/%1/customers/%2").arg(relay.tenantId, customer)));
        patch.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        patch.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        std::unique_ptr<QNetworkReply> edit(
            network.sendCustomRequest(patch, "PATCH", QByteArrayLiteral("{\"notes\":\"VIP\"}")));
        QTest::qWait(200); // the edit is now waiting for the lock on the API thread
        QVERIFY(!edit->isFinished());

        QElapsedTimer clock;
        for (int i = 1; i <= 10; ++i) {
            clock.start();
            const auto ack = relay.postWebhook(RelayHarness::textDelivery(
                QStringLiteral("PN1"), QStringLiteral("wamid.slow%1").arg(i),
                QStringLiteral("972500000077"), QStringLiteral("still there?")));
            QCOMPARE(ack.status, 200);
            QVERIFY2(clock.elapsed() < 1000,
                     qPrintable(QStringLiteral("acknowledged after %1 ms").arg(clock.elapsed())));
        }
        QVERIFY(!edit->isFinished()); // the edit still waits: the acknowledgements did not

        QVERIFY((*blocker)->exec(QStringLiteral("ROLLBACK")));
        QSignalSpy finished(edit.get(), &QNetworkReply::finished);
        QVERIFY(edit->isFinished() || finished.wait(10000));
        QCOMPARE(edit->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(relay.waitIngested());
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ?"),
                             {relay.tenantId}),
                 11);
    }

private:
    //! A customer of the Pizzeria, made by a delivery from them with `wamid` (the number
    //! 972500000077); empty when that failed.
    static QString customerWhoWrote(RelayHarness &relay, const QString &token,
                                    const QString &wamid) {
        if (relay.postWebhook(RelayHarness::textDelivery(QStringLiteral("PN1"), wamid,
                                                         QStringLiteral("972500000077"),
                                                         QStringLiteral("hello")))
                    .status != 200 ||
            !relay.waitIngested())
            return {};
        return relay.get(QStringLiteral("/api/v1/tenants/%1/customers").arg(relay.tenantId), token)
            .json()
            .value(QStringLiteral("customers"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    RelayHarness m_relay;
    QString m_owner;
    QString m_staff;
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"
