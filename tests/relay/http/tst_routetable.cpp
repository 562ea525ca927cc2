// SPDX-License-Identifier: GPL-3.0-or-later
// Every route the table declares, tried as an outsider: generated from the table itself, so a
// route added later is covered without anyone remembering to add it here.
#include "app/relay/http/routetable.h"
#include "app/relay/relay.h"
#include "tests/relay/relayharness.h"

#include <QRegularExpression>
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

private:
    RelayHarness m_relay;
    QString m_owner;
    QString m_staff;
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"
