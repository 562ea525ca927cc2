// SPDX-License-Identifier: GPL-3.0-or-later
// The Graph calls a relay makes after Embedded Signup: code exchange, debug_token, WABA and
// number reads, subscription, registration and verification, and Meta's token errors.
#include "app/sandbox/state/sandboxstate.h"
#include "tests/sandbox/sandboxharness.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;
using namespace Switchboard::Sandbox;
using namespace Switchboard::Test;

class TestOnboardingApi : public QObject {
    Q_OBJECT

private:
    static QString
    exchangePath(const QString &code,
                 const QString &secret = QString::fromLatin1(SandboxHarness::appSecret)) {
        return u"/v25.0/oauth/access_token?client_id=%1&client_secret=%2&code=%3"_s.arg(
            QString::fromLatin1(SandboxHarness::appId), secret, code);
    }
    static QJsonObject signup(SandboxHarness &sandbox, const QString &phone = u"+1 555 0100 22"_s) {
        return sandbox
            .post(u"/_sandbox/signup"_s, {{u"app_id"_s, QString::fromLatin1(SandboxHarness::appId)},
                                          {u"config_id"_s, u"cfg"_s},
                                          {u"business_name"_s, u"Pizzeria Napoli"_s},
                                          {u"display_phone_number"_s, phone}})
            .json();
    }

private Q_SLOTS:
    void codeIsExchangedOnceForABusinessToken() {
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const QJsonObject created = signup(sandbox);
        QVERIFY(!created.value(u"code"_s).toString().isEmpty());
        QVERIFY(!created.value(u"waba_id"_s).toString().isEmpty());

        const auto first = sandbox.get(exchangePath(created.value(u"code"_s).toString()));
        QCOMPARE(first.status, 200);
        QVERIFY(first.json().value(u"access_token"_s).toString().startsWith(u"EAA"_s));
        QCOMPARE(first.json().value(u"token_type"_s).toString(), u"bearer"_s);

        const auto second = sandbox.get(exchangePath(created.value(u"code"_s).toString()));
        QCOMPARE(second.status, 400);
        QCOMPARE(second.metaCode(), 100);
        QCOMPARE(second.json()[u"error"_s][u"type"_s].toString(), u"OAuthException"_s);
        QVERIFY(!second.json()[u"error"_s][u"fbtrace_id"_s].toString().isEmpty());
    }

    void codeRefusedWithWrongSecretOrAfterItsLifetime() {
        SandboxHarness sandbox;
        const QString code = signup(sandbox).value(u"code"_s).toString();
        const auto wrongSecret = sandbox.get(exchangePath(code, u"nope"_s));
        QCOMPARE(wrongSecret.status, 400);
        QCOMPARE(wrongSecret.metaCode(), 1);

        const QString late = signup(sandbox, u"+1 555 0100 23"_s).value(u"code"_s).toString();
        sandbox.server().state().clock().advance(31 * 1000);
        const auto expired = sandbox.get(exchangePath(late));
        QCOMPARE(expired.status, 400);
        QCOMPARE(expired.metaCode(), 100);
        QCOMPARE(expired.json()[u"error"_s][u"error_subcode"_s].toInt(), 36007);
    }

    void debugTokenListsTheGrantedWaba() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const QString appToken = u"%1|%2"_s.arg(QString::fromLatin1(SandboxHarness::appId),
                                                QString::fromLatin1(SandboxHarness::appSecret));
        const auto reply =
            sandbox.get(u"/v25.0/debug_token?input_token="_s + business.token, appToken);
        QCOMPARE(reply.status, 200);
        const QJsonObject data = reply.json().value(u"data"_s).toObject();
        QCOMPARE(data.value(u"is_valid"_s).toBool(), true);
        QCOMPARE(data.value(u"app_id"_s).toString(), QString::fromLatin1(SandboxHarness::appId));
        QVERIFY(data.value(u"expires_at"_s).toInteger() > QDateTime::currentSecsSinceEpoch());
        QVERIFY(data.value(u"scopes"_s).toArray().contains(u"whatsapp_business_messaging"_s));
        bool found = false;
        for (const auto &scope : data.value(u"granular_scopes"_s).toArray())
            if (scope[u"scope"_s].toString() == u"whatsapp_business_management"_s)
                found = scope[u"target_ids"_s].toArray().contains(business.wabaId);
        QVERIFY(found);

        sandbox.server().state().clock().advance(61LL * 24 * 60 * 60 * 1000);
        const auto expired =
            sandbox.get(u"/v25.0/debug_token?input_token="_s + business.token, appToken);
        QCOMPARE(expired.json()[u"data"_s][u"is_valid"_s].toBool(), false);
        QCOMPARE(expired.json()[u"data"_s][u"error"_s][u"code"_s].toInt(), 190);
    }

    void tokenErrors_data() {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("subcode");
        QTest::newRow("missing") << QString() << 401 << 190 << 0;
        QTest::newRow("invalid") << u"EAAnotatoken"_s << 401 << 190 << 467;
        QTest::newRow("expired") << u"expired"_s << 401 << 190 << 463;
        QTest::newRow("other business") << u"other"_s << 403 << 200 << 0;
    }
    void tokenErrors() {
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(int, subcode);
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const auto other = sandbox.onboard(u"Clinic"_s, u"+1 555 010 0002"_s);
        if (token == u"other"_s)
            token = other.token;
        if (token == u"expired"_s) {
            token = business.token;
            sandbox.server().state().clock().advance(61LL * 24 * 60 * 60 * 1000);
        }
        for (const QString &path : {u"/v25.0/%1"_s.arg(business.wabaId),
                                    u"/v25.0/%1/phone_numbers"_s.arg(business.wabaId),
                                    u"/v21.0/%1"_s.arg(business.phoneNumberId)}) {
            const auto reply = sandbox.get(path, token);
            QCOMPARE(reply.status, status);
            QCOMPARE(reply.metaCode(), code);
            QCOMPARE(reply.json()[u"error"_s][u"error_subcode"_s].toInt(), subcode);
            QVERIFY(!reply.json()[u"error"_s][u"fbtrace_id"_s].toString().isEmpty());
            QVERIFY(!reply.json()[u"error"_s][u"message"_s].toString().isEmpty());
        }
    }

    void unknownObjectAndEdge() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const auto unknown = sandbox.get(u"/v25.0/999999999999999"_s, business.token);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.metaCode(), 100);
        QCOMPARE(unknown.json()[u"error"_s][u"error_subcode"_s].toInt(), 33);
        QCOMPARE(unknown.json()[u"error"_s][u"type"_s].toString(), u"GraphMethodException"_s);
        const auto wrongMethod =
            sandbox.request("DELETE", u"/v25.0/"_s + business.wabaId, {}, business.token);
        QCOMPARE(wrongMethod.metaCode(), 100);
        const auto edge = sandbox.get(u"/v25.0/%1/nonsense"_s.arg(business.wabaId), business.token);
        QCOMPARE(edge.metaCode(), 2500);
    }

    void readsWabaAndNumbersWithFieldSelection() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard(u"Pizzeria"_s, u"+1 555-010-0001"_s, false);
        const auto waba = sandbox.get(u"/v25.0/%1"_s.arg(business.wabaId), business.token);
        QCOMPARE(waba.status, 200);
        QCOMPARE(waba.json().value(u"name"_s).toString(), u"Pizzeria"_s);
        QVERIFY(waba.json().contains(u"timezone_id"_s));
        QVERIFY(!waba.json().contains(u"currency"_s));
        const auto selected = sandbox.get(
            u"/v25.0/%1?fields=id,currency,account_review_status"_s.arg(business.wabaId),
            business.token);
        QCOMPARE(selected.json().keys(),
                 (QStringList{u"account_review_status"_s, u"currency"_s, u"id"_s}));
        const auto badField =
            sandbox.get(u"/v25.0/%1?fields=colour"_s.arg(business.wabaId), business.token);
        QCOMPARE(badField.metaCode(), 100);

        const auto list = sandbox.get(
            u"/v25.0/%1/phone_numbers?fields=id,display_phone_number,status,throughput,"
            "messaging_limit_tier,quality_rating,code_verification_status,platform_type"_s.arg(
                business.wabaId),
            business.token);
        QCOMPARE(list.status, 200);
        const QJsonArray data = list.json().value(u"data"_s).toArray();
        QCOMPARE(data.size(), 1);
        const QJsonObject number = data.first().toObject();
        QCOMPARE(number[u"id"_s].toString(), business.phoneNumberId);
        QCOMPARE(number[u"status"_s].toString(), u"PENDING"_s);
        QCOMPARE(number[u"quality_rating"_s].toString(), u"GREEN"_s);
        QCOMPARE(number[u"throughput"_s][u"level"_s].toString(), u"STANDARD"_s);
        QCOMPARE(number[u"platform_type"_s].toString(), u"NOT_APPLICABLE"_s);
        QVERIFY(list.json()[u"paging"_s][u"cursors"_s].isObject());

        QCOMPARE(sandbox
                     .post(u"/v25.0/%1/register"_s.arg(business.phoneNumberId),
                           {{u"messaging_product"_s, u"whatsapp"_s}, {u"pin"_s, u"654321"_s}},
                           business.token)
                     .status,
                 200);
        const auto after = sandbox.get(
            u"/v25.0/%1?fields=status,platform_type"_s.arg(business.phoneNumberId), business.token);
        QCOMPARE(after.json()[u"status"_s].toString(), u"CONNECTED"_s);
        QCOMPARE(after.json()[u"platform_type"_s].toString(), u"CLOUD_API"_s);
    }

    void registerRules_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("code");
        const QJsonObject ok{{u"messaging_product"_s, u"whatsapp"_s}, {u"pin"_s, u"111111"_s}};
        QTest::newRow("ok") << ok << 0;
        QTest::newRow("five digits")
            << QJsonObject{{u"messaging_product"_s, u"whatsapp"_s}, {u"pin"_s, u"12345"_s}} << 100;
        QTest::newRow("letters") << QJsonObject{{u"messaging_product"_s, u"whatsapp"_s},
                                                {u"pin"_s, u"12a456"_s}}
                                 << 100;
        QTest::newRow("no product") << QJsonObject{{u"pin"_s, u"123456"_s}} << 100;
        QTest::newRow("no pin") << QJsonObject{{u"messaging_product"_s, u"whatsapp"_s}} << 100;
    }
    void registerRules() {
        QFETCH(QJsonObject, body);
        QFETCH(int, code);
        SandboxHarness sandbox;
        const auto business = sandbox.onboard(u"Pizzeria"_s, u"+1 555-010-0001"_s, false);
        const auto reply =
            sandbox.post(u"/v25.0/%1/register"_s.arg(business.phoneNumberId), body, business.token);
        QCOMPARE(reply.metaCode(), code);
        QCOMPARE(reply.status, code == 0 ? 200 : 400);
        if (code == 0)
            QCOMPARE(reply.json().value(u"success"_s).toBool(), true);
    }

    //! A parameter not given is not a null one: POST /{phone} with only webhook_configuration
    //! changes the webhooks and leaves the PIN alone; register without a PIN says the PIN is
    //! required, with a given but null PIN that it is not six digits.
    void missingParameterIsNotNull_data() {
        QTest::addColumn<QString>("edge");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QJsonObject removeOverride{
            {u"webhook_configuration"_s, QJsonObject{{u"override_callback_uri"_s, u""_s}}}};
        QTest::newRow("node: only webhook_configuration")
            << QString() << removeOverride << 0 << QString();
        QTest::newRow("node: only pin")
            << QString() << QJsonObject{{u"pin"_s, u"123456"_s}} << 0 << QString();
        QTest::newRow("node: null pin")
            << QString() << QJsonObject{{u"pin"_s, QJsonValue::Null}} << 100 << u"6-digit"_s;
        QTest::newRow("node: nothing") << QString() << QJsonObject{} << 100 << u"Nothing"_s;
        QTest::newRow("register: no pin")
            << u"/register"_s << QJsonObject{{u"messaging_product"_s, u"whatsapp"_s}} << 100
            << u"(#100) The parameter pin is required"_s;
        QTest::newRow("register: null pin")
            << u"/register"_s
            << QJsonObject{{u"messaging_product"_s, u"whatsapp"_s}, {u"pin"_s, QJsonValue::Null}}
            << 100 << u"6-digit"_s;
    }
    void missingParameterIsNotNull() {
        QFETCH(QString, edge);
        QFETCH(QJsonObject, body);
        QFETCH(int, code);
        QFETCH(QString, message);
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard(u"Pizzeria"_s, u"+1 555-010-0001"_s, false);
        const auto reply =
            sandbox.post(u"/v25.0/%1"_s.arg(business.phoneNumberId) + edge, body, business.token);
        QCOMPARE(reply.metaCode(), code);
        QCOMPARE(reply.status, code == 0 ? 200 : 400);
        if (code == 0) {
            QCOMPARE(reply.json().value(u"success"_s).toBool(), true);
            return;
        }
        const QJsonObject error = reply.json().value(u"error"_s).toObject();
        const QString text = error.value(u"message"_s).toString() + u" "_s +
                             error.value(u"error_data"_s).toObject().value(u"details"_s).toString();
        QVERIFY2(text.contains(message), qPrintable(text));
    }

    void pinMismatchAndRegistrationLimit() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard(); // registered with 123456
        const QString path = u"/v25.0/%1/register"_s.arg(business.phoneNumberId);
        const auto mismatch =
            sandbox.post(path, {{u"messaging_product"_s, u"whatsapp"_s}, {u"pin"_s, u"999999"_s}},
                         business.token);
        QCOMPARE(mismatch.metaCode(), 133005);
        int lastCode = 0;
        for (int i = 0; i < 10; ++i)
            lastCode =
                sandbox
                    .post(path, {{u"messaging_product"_s, u"whatsapp"_s}, {u"pin"_s, u"123456"_s}},
                          business.token)
                    .metaCode();
        QCOMPARE(lastCode, 133016);
    }

    void requestAndVerifyCode() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard(u"Pizzeria"_s, u"+1 555-010-0001"_s, false);
        const QString base = u"/v25.0/%1/"_s.arg(business.phoneNumberId);
        QCOMPARE(sandbox
                     .post(base + u"request_code"_s,
                           {{u"code_method"_s, u"FAX"_s}, {u"language"_s, u"en_US"_s}},
                           business.token)
                     .metaCode(),
                 100);
        QCOMPARE(sandbox
                     .post(base + u"request_code"_s,
                           {{u"code_method"_s, u"SMS"_s}, {u"language"_s, u"en_US"_s}},
                           business.token)
                     .status,
                 200);
        QCOMPARE(sandbox.post(base + u"verify_code"_s, {{u"code"_s, u"000000"_s}}, business.token)
                     .metaCode(),
                 100);
        QCOMPARE(sandbox.post(base + u"verify_code"_s, {{u"code"_s, u"123456"_s}}, business.token)
                     .status,
                 200);
    }

    //! Setting an override URL sends Meta's verification GET to it; the setting is kept only
    //! when the endpoint echoes the challenge, else refused with 2200 and nothing changes.
    void overrideUrlIsVerified_data() {
        QTest::addColumn<bool>("onPhone");
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("failure");
        const int echo = int(WebhookReceiver::ChallengeAnswer::Echo);
        const int wrong = int(WebhookReceiver::ChallengeAnswer::WrongBody);
        const int forbidden = int(WebhookReceiver::ChallengeAnswer::Forbidden);
        for (const bool onPhone : {false, true}) {
            const char *node = onPhone ? "phone" : "waba";
            QTest::addRow("%s: challenge echoed", node)
                << onPhone << echo << u"s3cret"_s << 0 << QString();
            QTest::addRow("%s: wrong body", node) << onPhone << wrong << u"s3cret"_s << 2200
                                                  << u"Response does not match challenge"_s;
            QTest::addRow("%s: endpoint refuses", node)
                << onPhone << forbidden << u"s3cret"_s << 2200 << u"HTTP Status Code = 403"_s;
            QTest::addRow("%s: wrong verify token", node)
                << onPhone << echo << u"other"_s << 2200 << u"HTTP Status Code = 403"_s;
        }
    }
    void overrideUrlIsVerified() {
        QFETCH(bool, onPhone);
        QFETCH(int, answer);
        QFETCH(QString, token);
        QFETCH(int, code);
        QFETCH(QString, failure);
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        auto &receiver = sandbox.receiver();
        receiver.challengeAnswer = WebhookReceiver::ChallengeAnswer(answer);
        const QString override = u"http://127.0.0.1:%1/override/%2"_s.arg(receiver.port())
                                     .arg(onPhone ? business.phoneNumberId : business.wabaId);
        const auto reply =
            onPhone
                ? sandbox.post(u"/v25.0/%1"_s.arg(business.phoneNumberId),
                               {{u"webhook_configuration"_s,
                                 QJsonObject{{u"override_callback_uri"_s, override},
                                             {u"verify_token"_s, token}}},
                                {u"pin"_s, u"654321"_s}},
                               business.token)
                : sandbox.post(u"/v25.0/%1/subscribed_apps"_s.arg(business.wabaId),
                               {{u"override_callback_uri"_s, override}, {u"verify_token"_s, token}},
                               business.token);

        QCOMPARE(receiver.verifications.size(), 1);
        const auto &verification = receiver.verifications.first();
        QCOMPARE(verification.path, QUrl(override).path());
        QCOMPARE(verification.query.queryItemValue(u"hub.mode"_s), u"subscribe"_s);
        QCOMPARE(verification.query.queryItemValue(u"hub.verify_token"_s), token);
        QVERIFY(!verification.query.queryItemValue(u"hub.challenge"_s).isEmpty());

        QCOMPARE(reply.metaCode(), code);
        QCOMPARE(reply.status, code == 0 ? 200 : 400);
        const auto number = sandbox.get(
            u"/v25.0/%1?fields=webhook_configuration,is_pin_enabled"_s.arg(business.phoneNumberId),
            business.token);
        const QJsonObject webhooks = number.json().value(u"webhook_configuration"_s).toObject();
        const QString key = onPhone ? u"phone_number"_s : u"whatsapp_business_account"_s;
        if (code != 0) {
            const QString message = reply.json()[u"error"_s][u"message"_s].toString();
            QVERIFY2(message.startsWith(u"(#2200) Callback verification failed"_s),
                     qPrintable(message));
            QVERIFY2(message.contains(failure), qPrintable(message));
            QVERIFY(!webhooks.contains(key));
            // The PIN given with the refused override was not kept either: 123456 still is.
            QCOMPARE(sandbox
                         .post(u"/v25.0/%1/register"_s.arg(business.phoneNumberId),
                               {{u"messaging_product"_s, u"whatsapp"_s}, {u"pin"_s, u"123456"_s}},
                               business.token)
                         .status,
                     200);
            return;
        }
        QCOMPARE(reply.json().value(u"success"_s).toBool(), true);
        QCOMPARE(webhooks.value(key).toString(), override);
        // Messages webhooks now go to the override URL.
        receiver.deliveries.clear();
        sandbox.customerWrites(business, u"15550001111"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 1, 5000);
    }

    //! Removing an override (empty URL) needs no verification.
    void removingAnOverrideSendsNoVerification() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const auto reply = sandbox.post(
            u"/v25.0/%1"_s.arg(business.phoneNumberId),
            {{u"webhook_configuration"_s, QJsonObject{{u"override_callback_uri"_s, u""_s}}}},
            business.token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(sandbox.receiver().verifications.size(), 0);
    }

    void subscribedApps() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard(); // subscribes
        const QString path = u"/v25.0/%1/subscribed_apps"_s.arg(business.wabaId);
        auto list = sandbox.get(path, business.token);
        QCOMPARE(list.json()[u"data"_s].toArray().size(), 1);
        QCOMPARE(list.json()[u"data"_s][0][u"whatsapp_business_api_data"_s][u"id"_s].toString(),
                 QString::fromLatin1(SandboxHarness::appId));
        QCOMPARE(sandbox.request("DELETE", path, {}, business.token).status, 200);
        QCOMPARE(sandbox.get(path, business.token).json()[u"data"_s].toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOnboardingApi)
#include "tst_onboardingapi.moc"
