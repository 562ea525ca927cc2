// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in and out, the throttle on guessing, and who may read or change which tenant: the
// client routes of the relay contract, against a real relay with two businesses.
#include "app/relay/accounts/loginthrottle.h"
#include "tests/relay/relayharness.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;

namespace {

QByteArray loginBody(const QString &username, const QString &password) {
    return QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                     {QStringLiteral("password"), password}})
        .toJson(QJsonDocument::Compact);
}

RelayHarness::Reply login(RelayHarness &relay, const QString &username, const QString &password) {
    return relay.request("POST", QStringLiteral("/api/v1/auth/login"),
                         loginBody(username, password));
}

QString errorCode(const RelayHarness::Reply &reply) {
    return reply.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QMap<QByteArray, QByteArray> bearer(const QString &token) {
    return {{"Authorization", "Bearer " + token.toUtf8()}};
}

QStringList keys(const QJsonObject &object) {
    QStringList names = object.keys();
    names.sort();
    return names;
}

//! Runs `sql` on a connection of its own to the relay's database.
bool exec(RelayHarness &relay, const QString &sql, const QVariantList &bindings) {
    auto db = relay.database().open();
    if (!db)
        return false;
    auto q = db->query(sql, bindings);
    if (!q)
        qWarning("%s", qPrintable(q.error().message));
    return q.ok();
}

QString tokenHashHex(const QByteArray &token) {
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

//! The id of the last record of `type` in a tenant's log.
QString lastId(RelayHarness &relay, const QString &tenant, const QString &type) {
    QString id;
    for (const QJsonObject &event : relay.events(tenant)) {
        if (event.value(QStringLiteral("type")).toString() == type)
            id = event[QStringLiteral("data")][QStringLiteral("id")].toString();
    }
    return id;
}

} // namespace

class TestAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loginAnswersTheContract() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const auto reply =
            login(relay, QStringLiteral("pat"), QLatin1String(RelayHarness::password));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
        const QJsonObject body = reply.json();
        QCOMPARE(keys(body), (QStringList{QStringLiteral("expires_at"), QStringLiteral("tenants"),
                                          QStringLiteral("token"), QStringLiteral("user")}));
        const QString token = body.value(QStringLiteral("token")).toString();
        QVERIFY(token.size() >= 32);
        const QDateTime expires =
            QDateTime::fromString(body.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        QVERIFY(expires.isValid());
        QCOMPARE(expires.timeSpec(), Qt::UTC);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addDays(1));
        const QJsonObject user = body.value(QStringLiteral("user")).toObject();
        QCOMPARE(keys(user), (QStringList{QStringLiteral("id"), QStringLiteral("username")}));
        QVERIFY(!user.value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("pat"));
        const QJsonArray tenants = body.value(QStringLiteral("tenants")).toArray();
        QCOMPARE(tenants.size(), 1);
        QCOMPARE(
            keys(tenants[0].toObject()),
            (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role")}));
        QCOMPARE(tenants[0][QStringLiteral("id")].toString(), relay.tenantId);
        QCOMPARE(tenants[0][QStringLiteral("name")].toString(), QStringLiteral("Pizzeria"));
        QCOMPARE(tenants[0][QStringLiteral("role")].toString(), QStringLiteral("owner"));

        // The token opens the caller's own tenant list, and only that.
        const auto listed = relay.get(QStringLiteral("/api/v1/tenants"), token);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json().value(QStringLiteral("tenants")).toArray(), tenants);
        const auto cleo =
            relay.get(QStringLiteral("/api/v1/tenants"), relay.login(QStringLiteral("cleo")));
        QCOMPARE(cleo.status, 200);
        const QJsonArray cleoTenants = cleo.json().value(QStringLiteral("tenants")).toArray();
        QCOMPARE(cleoTenants.size(), 1);
        QCOMPARE(cleoTenants[0][QStringLiteral("id")].toString(), relay.otherTenantId);
        QCOMPARE(relay.get(QStringLiteral("/api/v1/tenants")).status, 401);
    }

    void wrongCredentialsAnswer401() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const auto wrongPassword =
            login(relay, QStringLiteral("pat"), QStringLiteral("correct horse battery!"));
        QCOMPARE(wrongPassword.status, 401);
        QCOMPARE(errorCode(wrongPassword), QStringLiteral("invalid_credentials"));
        const auto unknownUser =
            login(relay, QStringLiteral("mallory"), QLatin1String(RelayHarness::password));
        QCOMPARE(unknownUser.status, 401);
        // Nothing tells whether the username exists.
        QCOMPARE(unknownUser.body, wrongPassword.body);
        QVERIFY(!wrongPassword.json().contains(QStringLiteral("token")));
    }

    void missingFieldsAnswer400_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("no password") << QByteArray("{\"username\":\"pat\"}");
        QTest::newRow("no username") << QByteArray("{\"password\":\"correct horse battery\"}");
        QTest::newRow("empty username")
            << QByteArray("{\"username\":\"\",\"password\":\"correct horse battery\"}");
        QTest::newRow("password not a string")
            << QByteArray("{\"username\":\"pat\",\"password\":12345}");
        QTest::newRow("not json") << QByteArray("username=pat&password=x");
        QTest::newRow("no body") << QByteArray();
    }
    void missingFieldsAnswer400() {
        QFETCH(QByteArray, body);
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const auto reply = relay.request("POST", QStringLiteral("/api/v1/auth/login"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("invalid_request"));
    }

    void repeatedFailuresAreRefused() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        // Guesses arrive in parallel, as from a script, each on a connection of its own: no more
        // of them are checked than the limit allows, however many are in flight at once (but
        // fewer than the per-address limit, so others at this address may still sign in).
        const int guesses = LoginThrottle::maxFailures * 5 / 2;
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < guesses; ++i) {
            clients.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest request(QUrl(relay.baseUrl() + QStringLiteral("/api/v1/auth/login")));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            replies.emplace_back(clients.back()->post(
                request, loginBody(QStringLiteral("pat"), QStringLiteral("guess %1").arg(i))));
        }
        const auto allFinished = [&replies] {
            return std::all_of(replies.cbegin(), replies.cend(),
                               [](const auto &reply) { return reply->isFinished(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 15000);
        int checked = 0, refusedGuesses = 0;
        for (const auto &reply : replies) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 401) {
                ++checked;
            } else {
                QCOMPARE(status, 429);
                QVERIFY(reply->rawHeader("Retry-After").toInt() > 0);
                ++refusedGuesses;
            }
        }
        QCOMPARE(checked, LoginThrottle::maxFailures);
        QCOMPARE(refusedGuesses, guesses - LoginThrottle::maxFailures);

        // Now even the right password is refused, with a time to come back.
        const auto refused =
            login(relay, QStringLiteral("pat"), QLatin1String(RelayHarness::password));
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorCode(refused), QStringLiteral("too_many_attempts"));
        QVERIFY(!refused.json().contains(QStringLiteral("token")));
        bool isNumber = false;
        const int retryAfter = refused.headers.value("retry-after").toInt(&isNumber);
        QVERIFY2(isNumber && retryAfter > 0, refused.headers.value("retry-after").constData());
        QVERIFY(retryAfter <= LoginThrottle::windowSeconds);
        // The username is what is throttled, however it is spelled.
        QCOMPARE(login(relay, QStringLiteral("PAT"), QLatin1String(RelayHarness::password)).status,
                 429);
        // Another user signing in from the same place is not affected.
        const auto cleo =
            login(relay, QStringLiteral("cleo"), QLatin1String(RelayHarness::password));
        QCOMPARE(cleo.status, 200);
        QVERIFY(!cleo.json().value(QStringLiteral("token")).toString().isEmpty());
    }

    void otherTenantsRoutesAreRefused_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // with {tid}, {cid} (conversation), {id} (customer)
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("ownStatus"); // what the tenant's own member gets
        const QString base = QStringLiteral("/api/v1/tenants/{tid}");
        QTest::newRow("events") << QByteArray("GET") << base + QStringLiteral("/events")
                                << QByteArray() << 200;
        QTest::newRow("connection")
            << QByteArray("GET") << base + QStringLiteral("/connection") << QByteArray() << 200;
        QTest::newRow("conversations")
            << QByteArray("GET") << base + QStringLiteral("/conversations") << QByteArray() << 200;
        QTest::newRow("conversation messages")
            << QByteArray("GET") << base + QStringLiteral("/conversations/{cid}/messages")
            << QByteArray() << 200;
        QTest::newRow("customers")
            << QByteArray("GET") << base + QStringLiteral("/customers") << QByteArray() << 200;
        QTest::newRow("customer") << QByteArray("GET") << base + QStringLiteral("/customers/{id}")
                                  << QByteArray() << 200;
        QTest::newRow("customer patch")
            << QByteArray("PATCH") << base + QStringLiteral("/customers/{id}")
            << QByteArray("{\"notes\":\"changed by someone\"}") << 200;
        QTest::newRow("members") << QByteArray("GET") << base + QStringLiteral("/members")
                                 << QByteArray() << 200;
        QTest::newRow("stream as plain GET")
            << QByteArray("GET") << base + QStringLiteral("/stream") << QByteArray() << 400;
    }
    void otherTenantsRoutesAreRefused() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, ownStatus);
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        // The Clinic has a customer and a conversation: real ids of another business.
        QCOMPARE(relay
                     .postWebhook(RelayHarness::textDelivery(
                         QStringLiteral("PN2"), QStringLiteral("wamid.clinic"),
                         QStringLiteral("972500000009"), QStringLiteral("appointment?")))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        const QString url =
            QString(path)
                .replace(QStringLiteral("{tid}"), relay.otherTenantId)
                .replace(QStringLiteral("{cid}"),
                         lastId(relay, relay.otherTenantId, QStringLiteral("conversation")))
                .replace(QStringLiteral("{id}"),
                         lastId(relay, relay.otherTenantId, QStringLiteral("customer")));
        const auto clinicLog = relay.events(relay.otherTenantId);
        const QString pat = relay.login(QStringLiteral("pat"));
        QVERIFY(!pat.isEmpty());

        const auto foreign = relay.request(method, url, body, bearer(pat));
        QCOMPARE(foreign.status, 403);
        QCOMPARE(errorCode(foreign), QStringLiteral("forbidden"));
        QVERIFY(!foreign.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        const auto anonymous = relay.request(method, url, body);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(errorCode(anonymous), QStringLiteral("unauthenticated"));
        const auto garbage = relay.request(method, url, body,
                                           bearer(QStringLiteral("not-a-token-anyone-was-given")));
        QCOMPARE(garbage.status, 401);
        QCOMPARE(errorCode(garbage), QStringLiteral("unauthenticated"));
        const auto queryGarbage =
            relay.request(method, url + QStringLiteral("?access_token=not-a-token-either"), body);
        QCOMPARE(queryGarbage.status, 401);
        // None of it changed the Clinic's records.
        QCOMPARE(relay.events(relay.otherTenantId), clinicLog);

        // The route is real: the Clinic's own member gets through.
        const auto own =
            relay.request(method, url, body, bearer(relay.login(QStringLiteral("cleo"))));
        QVERIFY2(own.status == ownStatus, qPrintable(url + QString::fromUtf8(own.body)));
    }

    void membersAreTheTenantsUsers() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const auto answer =
            relay.request("GET", QStringLiteral("/api/v1/tenants/%1/members").arg(relay.tenantId),
                          {}, bearer(relay.login(QStringLiteral("sam"))));
        QCOMPARE(answer.status, 200);
        QStringList names;
        for (const QJsonValue &member : answer.json().value(QStringLiteral("members")).toArray()) {
            names << member[QStringLiteral("username")].toString() + QLatin1Char(':') +
                         member[QStringLiteral("role")].toString();
            QVERIFY(!member[QStringLiteral("id")].toString().isEmpty());
        }
        // The Pizzeria's owner and staff member; nobody of the Clinic.
        QCOMPARE(names, (QStringList{QStringLiteral("pat:owner"), QStringLiteral("sam:staff")}));
    }

    void logoutEndsTheSession() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString token = relay.login(QStringLiteral("pat"));
        const QString otherDevice = relay.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty() && !otherDevice.isEmpty() && token != otherDevice);
        QCOMPARE(relay.get(QStringLiteral("/api/v1/tenants"), token).status, 200);
        QCOMPARE(relay.request("POST", QStringLiteral("/api/v1/auth/logout"), {}).status, 401);

        const auto out =
            relay.request("POST", QStringLiteral("/api/v1/auth/logout"), {}, bearer(token));
        QCOMPARE(out.status, 200);
        QCOMPARE(relay.get(QStringLiteral("/api/v1/tenants"), token).status, 401);
        QCOMPARE(relay.get(QStringLiteral("/api/v1/tenants/%1/events").arg(relay.tenantId), token)
                     .status,
                 401);
        QCOMPARE(
            relay.request("POST", QStringLiteral("/api/v1/auth/logout"), {}, bearer(token)).status,
            401);
        // Signing out on one device leaves the others signed in.
        QCOMPARE(relay.get(QStringLiteral("/api/v1/tenants"), otherDevice).status, 200);
    }

    void logoutRevokesTheTokenItWasSentWith() {
        // The relay accepts a token in the header or, for WebSockets, as ?access_token=: either
        // way, the request that signs out revokes exactly the token it used.
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString token = relay.login(QStringLiteral("pat"));
        const QString otherDevice = relay.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty() && !otherDevice.isEmpty());
        const QString events = QStringLiteral("/api/v1/tenants/%1/events").arg(relay.tenantId);
        QCOMPARE(relay.get(events + QStringLiteral("?access_token=") + token).status, 200);

        const auto out =
            relay.request("POST", QStringLiteral("/api/v1/auth/logout?access_token=") + token, {});
        QCOMPARE(out.status, 200);
        QCOMPARE(out.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("signed_out"));
        QCOMPARE(relay.get(events + QStringLiteral("?access_token=") + token).status, 401);
        QCOMPARE(relay.get(events, token).status, 401);
        QCOMPARE(relay.get(events, otherDevice).status, 200);
    }

    void expiredSessionIsRefused() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString userId =
            login(relay, QStringLiteral("pat"), QLatin1String(RelayHarness::password))
                .json()[QStringLiteral("user")][QStringLiteral("id")]
                .toString();
        QVERIFY(!userId.isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto addSession = [&](const QByteArray &token, const QDateTime &expires) {
            return exec(relay,
                        QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, "
                                       "expires_at) VALUES (?, ?, ?, ?)"),
                        {tokenHashHex(token), userId, now.addDays(-8).toString(Qt::ISODateWithMs),
                         expires.toString(Qt::ISODateWithMs)});
        };
        QVERIFY(addSession("expired-session-token", now.addSecs(-60)));
        QVERIFY(addSession("live-session-token", now.addSecs(3600)));

        const auto expired =
            relay.get(QStringLiteral("/api/v1/tenants"), QStringLiteral("expired-session-token"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(errorCode(expired), QStringLiteral("unauthenticated"));
        QCOMPARE(relay
                     .get(QStringLiteral("/api/v1/tenants/%1/events").arg(relay.tenantId),
                          QStringLiteral("expired-session-token"))
                     .status,
                 401);
        // The same kind of row, not yet expired, is a working session.
        QCOMPARE(relay.get(QStringLiteral("/api/v1/tenants"), QStringLiteral("live-session-token"))
                     .status,
                 200);
    }

    void customersAreFoundAndEdited_data() { Test::TestDatabase::addBackendRows(); }
    void customersAreFoundAndEdited() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        for (const auto &[number, wamid, from, name] :
             {std::tuple{"PN1", "wamid.c1", "972500000001", QStringLiteral("Dana Levi")},
              std::tuple{"PN1", "wamid.c2", "972500000002", QStringLiteral("יוסי כהן")},
              std::tuple{"PN2", "wamid.c3", "972500000003", QStringLiteral("Dana Clinic")}})
            QCOMPARE(relay
                         .postWebhook(RelayHarness::textDelivery(
                             QLatin1String(number), QLatin1String(wamid), QLatin1String(from),
                             QStringLiteral("hi"), name))
                         .status,
                     200);
        QVERIFY(relay.waitIngested());
        const QString token = relay.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty());
        const QString customers =
            QStringLiteral("/api/v1/tenants/%1/customers").arg(relay.tenantId);
        const auto search = [&](const QString &term) {
            QStringList found;
            const auto reply = relay.get(customers + QStringLiteral("?q=") +
                                             QString::fromLatin1(QUrl::toPercentEncoding(term)),
                                         token);
            if (reply.status != 200)
                return QStringList{QStringLiteral("status %1").arg(reply.status)};
            for (const QJsonValue customer :
                 reply.json().value(QStringLiteral("customers")).toArray())
                found << customer[QStringLiteral("wa_id")].toString();
            found.sort();
            return found;
        };
        QCOMPARE(search(QStringLiteral("levi")), QStringList{QStringLiteral("972500000001")});
        QCOMPARE(search(QStringLiteral("DANA")), QStringList{QStringLiteral("972500000001")});
        QCOMPARE(search(QStringLiteral("כהן")), QStringList{QStringLiteral("972500000002")});
        QCOMPARE(search(QStringLiteral("00000002")), QStringList{QStringLiteral("972500000002")});
        QCOMPARE(search(QStringLiteral("clinic")), QStringList{});
        QCOMPARE(search(QString()),
                 (QStringList{QStringLiteral("972500000001"), QStringLiteral("972500000002")}));

        const auto found = relay.get(customers + QStringLiteral("?q=levi"), token);
        const QJsonObject dana =
            found.json().value(QStringLiteral("customers")).toArray()[0].toObject();
        QCOMPARE(dana.value(QStringLiteral("profile_name")).toString(),
                 QStringLiteral("Dana Levi"));
        const QString danaUrl =
            customers + QLatin1Char('/') + dana.value(QStringLiteral("id")).toString();
        const auto logBefore = relay.events(relay.tenantId);

        const QByteArray patch =
            QJsonDocument(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("דנה (VIP)")},
                            {QStringLiteral("tags"),
                             QJsonArray{QStringLiteral("vip"), QStringLiteral("gluten-free")}},
                            {QStringLiteral("notes"), QStringLiteral("Ring twice; 3rd floor")},
                            {QStringLiteral("opt_in"), true}})
                .toJson(QJsonDocument::Compact);
        const auto patched = relay.request("PATCH", danaUrl, patch, bearer(token));
        QCOMPARE(patched.status, 200);
        const QJsonObject updated = patched.json();
        QCOMPARE(updated.value(QStringLiteral("id")), dana.value(QStringLiteral("id")));
        QCOMPARE(updated.value(QStringLiteral("wa_id")).toString(), QStringLiteral("972500000001"));
        QCOMPARE(updated.value(QStringLiteral("name")).toString(), QStringLiteral("דנה (VIP)"));
        QCOMPARE(updated.value(QStringLiteral("profile_name")).toString(),
                 QStringLiteral("Dana Levi"));
        QCOMPARE(updated.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray{QStringLiteral("vip"), QStringLiteral("gluten-free")}));
        QCOMPARE(updated.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Ring twice; 3rd floor"));
        QCOMPARE(updated.value(QStringLiteral("opt_in")).toBool(), true);
        // Consoles learn of it from the log.
        const auto logAfter = relay.events(relay.tenantId);
        QCOMPARE(logAfter.size(), logBefore.size() + 1);
        QCOMPARE(logAfter.last().value(QStringLiteral("type")).toString(),
                 QStringLiteral("customer"));
        QCOMPARE(logAfter.last().value(QStringLiteral("data")).toObject(), updated);
        const auto reread = relay.get(danaUrl, token);
        QCOMPARE(reread.status, 200);
        QCOMPARE(reread.json(), updated);
        QCOMPARE(search(QStringLiteral("vip")), QStringList{QStringLiteral("972500000001")});

        // Fields staff may not change, or values of the wrong type, change nothing.
        for (const QByteArray &refused : {QByteArray("{\"wa_id\":\"972599999999\"}"),
                                          QByteArray("{\"email\":\"d@example.com\"}"),
                                          QByteArray("{\"notes\":\"fine\",\"phone\":\"+1555\"}"),
                                          QByteArray("{\"opt_in\":\"yes\"}")}) {
            const auto reply = relay.request("PATCH", danaUrl, refused, bearer(token));
            QVERIFY2(reply.status == 422, refused.constData());
            QCOMPARE(errorCode(reply), QStringLiteral("invalid_field"));
        }
        QCOMPARE(relay.events(relay.tenantId).size(), logAfter.size());
        QCOMPARE(relay.get(danaUrl, token).json(), updated);
        // A customer that is not there.
        QCOMPARE(
            relay.request("PATCH", customers + QStringLiteral("/cu_nope"), patch, bearer(token))
                .status,
            404);
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_authendpoint.moc"
