// SPDX-License-Identifier: GPL-3.0-or-later
// Onboarding routes of the relay that need no Graph answer: the signup state is issued to owners
// and admins only, for their own tenant, and completes at most one signup, of that tenant.
#include "tests/relay/relayharness.h"

#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;

namespace {

QMap<QByteArray, QByteArray> bearer(const QString &token) {
    return {{"Authorization", "Bearer " + token.toUtf8()}, {"Content-Type", "application/json"}};
}

QByteArray completion(const QString &state) {
    return QJsonDocument(QJsonObject{{QStringLiteral("state"), state},
                                     {QStringLiteral("code"), QStringLiteral("code-1")},
                                     {QStringLiteral("waba_id"), QStringLiteral("W1")},
                                     {QStringLiteral("phone_number_id"), QStringLiteral("P1")},
                                     {QStringLiteral("business_id"), QStringLiteral("B1")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSignup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    //! The page the console's popup opens: it loads the configured SDK with this relay's app,
    //! and is neither cached nor framed.
    void signupPageCarriesTheRelaysSettings() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const auto page = relay.get(QStringLiteral("/signup"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));
        QCOMPARE(page.headers.value("cache-control"), QByteArray("no-store"));
        QCOMPARE(page.headers.value("x-frame-options"), QByteArray("DENY"));
        QVERIFY(page.body.contains("\"app_id\":\"1001\""));
        QVERIFY(page.body.contains("\"sdk_url\":\"https://connect.facebook.net/en_US/sdk.js\""));
        QVERIFY(page.body.contains(
            QByteArray("\"graph_version\":\"" + relay.config().graphVersion.toUtf8())));
        QVERIFY(page.body.contains("FB.login"));
        QVERIFY(page.body.contains("WA_EMBEDDED_SIGNUP"));
        QVERIFY(!page.body.contains("{{SETTINGS}}"));
        // In Hebrew when the console asks for it (lang=he in the fragment), right to left.
        QVERIFY(page.body.contains(QStringLiteral("חיבור מספר הוואטסאפ שלכם").toUtf8()));
        QVERIFY(page.body.contains("\"rtl\""));
    }

    void startIssuesAStateForTheCallersTenant() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString pat = relay.login(QStringLiteral("pat"));
        const auto started = relay.request(
            "POST", QStringLiteral("/api/v1/tenants/%1/signup/start").arg(relay.tenantId), {},
            bearer(pat));
        QCOMPARE(started.status, 200);
        const QJsonObject json = started.json();
        QCOMPARE(json.value(QStringLiteral("app_id")).toString(), relay.config().appId);
        QCOMPARE(json.value(QStringLiteral("graph_version")).toString(),
                 relay.config().graphVersion);
        QVERIFY(json.contains(QStringLiteral("config_id")));
        QVERIFY(!json.value(QStringLiteral("sdk_url")).toString().isEmpty());
        QVERIFY(json.value(QStringLiteral("state")).toString().size() > 40);

        // Another tenant's signup cannot be started.
        const auto foreign = relay.request(
            "POST", QStringLiteral("/api/v1/tenants/%1/signup/start").arg(relay.otherTenantId), {},
            bearer(pat));
        QCOMPARE(foreign.status, 403);
        const auto anonymous = relay.request(
            "POST", QStringLiteral("/api/v1/tenants/%1/signup/start").arg(relay.tenantId));
        QCOMPARE(anonymous.status, 401);
    }

    void completeRefusesBadForeignAndSpentStates() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString pat = relay.login(QStringLiteral("pat"));
        const QString cleo = relay.login(QStringLiteral("cleo"));
        const QString path = QStringLiteral("/api/v1/tenants/%1/signup/complete");

        const auto forged = relay.request("POST", path.arg(relay.tenantId),
                                          completion(QStringLiteral("x.y")), bearer(pat));
        QCOMPARE(forged.status, 400);
        QVERIFY(forged.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("Start the signup again")));

        // Cleo's state, used by Cleo for the Pizzeria (where she is no member) and by Pat.
        const QString cleoState =
            relay
                .request("POST",
                         QStringLiteral("/api/v1/tenants/%1/signup/start").arg(relay.otherTenantId),
                         {}, bearer(cleo))
                .json()
                .value(QStringLiteral("state"))
                .toString();
        QVERIFY(!cleoState.isEmpty());
        QCOMPARE(
            relay.request("POST", path.arg(relay.tenantId), completion(cleoState), bearer(cleo))
                .status,
            403);

        const QString patState =
            relay
                .request("POST",
                         QStringLiteral("/api/v1/tenants/%1/signup/start").arg(relay.tenantId), {},
                         bearer(pat))
                .json()
                .value(QStringLiteral("state"))
                .toString();
        // The first use spends the state (Meta is unreachable here: graph_url points nowhere,
        // so the signup itself fails, 502 with a reason); a second use is a replay.
        const auto first =
            relay.request("POST", path.arg(relay.tenantId), completion(patState), bearer(pat));
        QVERIFY2(first.status == 502, first.body.constData());
        const auto second =
            relay.request("POST", path.arg(relay.tenantId), completion(patState), bearer(pat));
        QCOMPARE(second.status, 400);
        QCOMPARE(second.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("replayed_state"));

        // The failed signup left a clear status and reason, not a connected tenant.
        const auto connection =
            relay.get(QStringLiteral("/api/v1/tenants/%1/connection").arg(relay.tenantId), pat);
        QCOMPARE(connection.status, 200);
        QVERIFY(connection.json().value(QStringLiteral("status")).toString() !=
                QStringLiteral("connected"));
        QVERIFY(!connection.json().value(QStringLiteral("reason")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignup)
#include "tst_signupendpoints.moc"
