// SPDX-License-Identifier: GPL-3.0-or-later
// The control API of the relay contract: customers who write (signed webhooks, retries),
// the outbox, fault injection and signup without a browser.
#include "app/sandbox/simulation/webhookemitter.h"
#include "app/sandbox/state/sandboxstate.h"
#include "tests/sandbox/sandboxharness.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;
using namespace Switchboard::Sandbox;
using namespace Switchboard::Test;

class TestControlApi : public QObject {
    Q_OBJECT

private:
    static QJsonObject valueOf(const WebhookReceiver::Delivery &delivery) {
        return delivery.json()[u"entry"_s][0][u"changes"_s][0][u"value"_s].toObject();
    }

private Q_SLOTS:
    void inboundMessages_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("text") << QJsonObject{
            {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"body"_s, u"שלום, פיצה"_s}}}};
        QTest::newRow("image") << QJsonObject{
            {u"type"_s, u"image"_s}, {u"image"_s, QJsonObject{{u"caption"_s, u"this one"_s}}}};
        QTest::newRow("location") << QJsonObject{
            {u"type"_s, u"location"_s},
            {u"location"_s, QJsonObject{{u"latitude"_s, 32.1}, {u"longitude"_s, 34.8}}}};
        QTest::newRow("button reply")
            << QJsonObject{{u"type"_s, u"interactive"_s},
                           {u"interactive"_s,
                            QJsonObject{{u"type"_s, u"button_reply"_s},
                                        {u"button_reply"_s, QJsonObject{{u"id"_s, u"yes"_s},
                                                                        {u"title"_s, u"Yes"_s}}}}}};
        QTest::newRow("order") << QJsonObject{
            {u"type"_s, u"order"_s},
            {u"order"_s,
             QJsonObject{{u"catalog_id"_s, u"1"_s},
                         {u"product_items"_s,
                          QJsonArray{QJsonObject{{u"product_retailer_id"_s, u"margherita"_s},
                                                 {u"quantity"_s, 2},
                                                 {u"item_price"_s, 42.5},
                                                 {u"currency"_s, u"ILS"_s}}}}}}};
    }
    void inboundMessages() {
        QFETCH(QJsonObject, body);
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        body.insert(u"phone_number_id"_s, business.phoneNumberId);
        body.insert(u"name"_s, u"Dana"_s);
        const auto reply = sandbox.post(u"/_sandbox/customers/972501234567/messages"_s, body);
        QCOMPARE(reply.status, 200);
        const QString wamid = reply.json()[u"wamid"_s].toString();
        QVERIFY(wamid.startsWith(u"wamid."_s));
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().deliveries.size(), 1, 5000);
        const auto &delivery = sandbox.receiver().deliveries.first();
        QCOMPARE(delivery.signature, SandboxHarness::sign(delivery.body));
        QCOMPARE(delivery.json()[u"object"_s].toString(), u"whatsapp_business_account"_s);
        QCOMPARE(delivery.json()[u"entry"_s][0][u"id"_s].toString(), business.wabaId);
        QCOMPARE(delivery.json()[u"entry"_s][0][u"changes"_s][0][u"field"_s].toString(),
                 u"messages"_s);
        const QJsonObject value = valueOf(delivery);
        QCOMPARE(value[u"messaging_product"_s].toString(), u"whatsapp"_s);
        QCOMPARE(value[u"metadata"_s][u"phone_number_id"_s].toString(), business.phoneNumberId);
        QCOMPARE(value[u"contacts"_s][0][u"wa_id"_s].toString(), u"972501234567"_s);
        QCOMPARE(value[u"contacts"_s][0][u"profile"_s][u"name"_s].toString(), u"Dana"_s);
        const QJsonObject message = value[u"messages"_s][0].toObject();
        QCOMPARE(message[u"from"_s].toString(), u"972501234567"_s);
        QCOMPARE(message[u"id"_s].toString(), wamid);
        QVERIFY(message[u"timestamp"_s].isString());
        const QString type = body[u"type"_s].toString();
        QCOMPARE(message[u"type"_s].toString(), type);
        QVERIFY(message[type].isObject());
        QVERIFY(!message.contains(u"phone_number_id"_s));
        if (type == u"image"_s) {
            QCOMPARE(message[u"image"_s][u"mime_type"_s].toString(), u"image/jpeg"_s);
            QVERIFY(!message[u"image"_s][u"id"_s].toString().isEmpty());
            QCOMPARE(message[u"image"_s][u"sha256"_s].toString().size(), 64);
        }
    }

    void signatureCoversExactBytes() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, u"15550001111"_s, u"Ünïcode ✓ עברית"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().deliveries.size(), 1, 5000);
        const auto &delivery = sandbox.receiver().deliveries.first();
        QVERIFY(delivery.signature.startsWith("sha256="));
        QCOMPARE(delivery.signature.size(), 7 + 64);
        QCOMPARE(delivery.signature, SandboxHarness::sign(delivery.body));
        QByteArray tampered = delivery.body;
        tampered.replace("hello", "hellO");
        tampered.append(' ');
        QVERIFY(SandboxHarness::sign(tampered) != delivery.signature);
    }

    void retriesWhileReceiverRefuses() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        sandbox.receiver().answerStatus = 500;
        sandbox.customerWrites(business, u"15550001111"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.receiver().attempts >= 3, 5000);
        QCOMPARE(sandbox.receiver().deliveries.size(), 0);
        sandbox.receiver().answerStatus = 200;
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().deliveries.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.server().emitter().pending(), 0, 5000);
        QTest::qWait(300);
        QCOMPARE(sandbox.receiver().deliveries.size(), 1); // no duplicate after success
    }

    void customerErrors() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        auto reply = sandbox.post(u"/_sandbox/customers/15550001111/messages"_s,
                                  {{u"phone_number_id"_s, u"1"_s},
                                   {u"type"_s, u"text"_s},
                                   {u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json()[u"error"_s][u"code"_s].toString(), u"unknown_phone_number"_s);
        reply =
            sandbox.post(u"/_sandbox/customers/15550001111/messages"_s,
                         {{u"phone_number_id"_s, business.phoneNumberId}, {u"type"_s, u"text"_s}});
        QCOMPARE(reply.status, 400);
        reply = sandbox.post(u"/_sandbox/customers/abc/messages"_s,
                             {{u"phone_number_id"_s, business.phoneNumberId},
                              {u"type"_s, u"text"_s},
                              {u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(sandbox.get(u"/_sandbox/customers/1/messages"_s).status, 405);
    }

    void outboxListsSendsInOrder() {
        SandboxHarness sandbox;
        const auto pizzeria = sandbox.onboard();
        const auto clinic = sandbox.onboard(u"Clinic"_s, u"+972 3-555-0101"_s);
        sandbox.customerWrites(pizzeria, u"15550001111"_s);
        QStringList sent;
        for (const QString &text : {u"one"_s, u"two"_s, u"three"_s})
            sent.append(sandbox
                            .post(u"/v25.0/%1/messages"_s.arg(pizzeria.phoneNumberId),
                                  {{u"messaging_product"_s, u"whatsapp"_s},
                                   {u"to"_s, u"15550001111"_s},
                                   {u"type"_s, u"text"_s},
                                   {u"text"_s, QJsonObject{{u"body"_s, text}}}},
                                  pizzeria.token)
                            .json()[u"messages"_s][0][u"id"_s]
                            .toString());
        sandbox.post(u"/v25.0/%1/messages"_s.arg(clinic.phoneNumberId),
                     {{u"messaging_product"_s, u"whatsapp"_s},
                      {u"to"_s, u"15550002222"_s},
                      {u"type"_s, u"text"_s},
                      {u"text"_s, QJsonObject{{u"body"_s, u"outside"_s}}}},
                     clinic.token);
        const auto outbox =
            sandbox.get(u"/_sandbox/outbox?phone_number_id="_s + pizzeria.phoneNumberId).json();
        const QJsonArray messages = outbox[u"messages"_s].toArray();
        QCOMPARE(messages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(messages[i][u"wamid"_s].toString(), sent[i]);
            QCOMPARE(messages[i][u"status"_s].toString(), u"read"_s);
            QCOMPARE(messages[i][u"to"_s].toString(), u"15550001111"_s);
        }
        QCOMPARE(messages[1][u"request"_s][u"text"_s][u"body"_s].toString(), u"two"_s);
        const auto clinicOutbox =
            sandbox.get(u"/_sandbox/outbox?phone_number_id="_s + clinic.phoneNumberId).json();
        QCOMPARE(clinicOutbox[u"messages"_s][0][u"status"_s].toString(), u"failed"_s);
        QCOMPARE(clinicOutbox[u"messages"_s][0][u"error"_s][u"code"_s].toInt(), 131047);
        QCOMPARE(sandbox.get(u"/_sandbox/outbox"_s).json()[u"messages"_s].toArray().size(), 4);
    }

    void faults_data() {
        QTest::addColumn<int>("metaCode");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expectedStatus");
        QTest::newRow("expired token") << 190 << 0 << 401;
        QTest::newRow("rate limit") << 130429 << 0 << 400;
        QTest::newRow("service unavailable") << 131016 << 0 << 500;
        QTest::newRow("custom status") << 2 << 503 << 503;
    }
    void faults() {
        QFETCH(int, metaCode);
        QFETCH(int, status);
        QFETCH(int, expectedStatus);
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, u"15550001111"_s);
        const auto created =
            sandbox.post(u"/_sandbox/faults"_s, {{u"path_regex"_s, u"/messages$"_s},
                                                 {u"status"_s, status},
                                                 {u"meta_code"_s, metaCode},
                                                 {u"count"_s, 2}});
        QCOMPARE(created.status, 201);
        const QJsonObject body{{u"messaging_product"_s, u"whatsapp"_s},
                               {u"to"_s, u"15550001111"_s},
                               {u"type"_s, u"text"_s},
                               {u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}}};
        const QString path = u"/v25.0/%1/messages"_s.arg(business.phoneNumberId);
        // Other paths are untouched.
        QCOMPARE(sandbox.get(u"/v25.0/"_s + business.wabaId, business.token).status, 200);
        for (int i = 0; i < 2; ++i) {
            const auto reply = sandbox.post(path, body, business.token);
            QCOMPARE(reply.status, expectedStatus);
            QCOMPARE(reply.metaCode(), metaCode);
            QVERIFY(!reply.json()[u"error"_s][u"fbtrace_id"_s].toString().isEmpty());
        }
        QCOMPARE(sandbox.post(path, body, business.token).status, 200);
    }

    void undeliverableFaultFailsInAStatus() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, u"15550001111"_s);
        sandbox.post(u"/_sandbox/faults"_s,
                     {{u"path_regex"_s, u"messages"_s}, {u"meta_code"_s, 131026}, {u"count"_s, 1}});
        const auto reply = sandbox.post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                                        {{u"messaging_product"_s, u"whatsapp"_s},
                                         {u"to"_s, u"15550001111"_s},
                                         {u"type"_s, u"text"_s},
                                         {u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}}},
                                        business.token);
        QCOMPARE(reply.status, 200);
        const QString wamid = reply.json()[u"messages"_s][0][u"id"_s].toString();
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().statusesOf(wamid).size(), 1, 5000);
        const auto failed = sandbox.receiver().statusesOf(wamid).first();
        QCOMPARE(failed[u"status"_s].toString(), u"failed"_s);
        QCOMPARE(failed[u"errors"_s][0][u"code"_s].toInt(), 131026);
    }

    void signupValidation() {
        SandboxHarness sandbox;
        QCOMPARE(sandbox
                     .post(u"/_sandbox/signup"_s, {{u"app_id"_s, u"other"_s},
                                                   {u"business_name"_s, u"X"_s},
                                                   {u"display_phone_number"_s, u"+15550100"_s}})
                     .status,
                 422);
        QCOMPARE(sandbox
                     .post(u"/_sandbox/signup"_s,
                           {{u"business_name"_s, u"X"_s}, {u"display_phone_number"_s, u"12"_s}})
                     .status,
                 400);
        QCOMPARE(sandbox.get(u"/_sandbox/signup"_s).status, 405);
        QCOMPARE(sandbox.get(u"/_sandbox/healthz"_s).status, 200);
    }

    void subscriptionCanBeRequired() {
        SandboxHarness sandbox({u"--require-subscription"_s});
        const auto business = sandbox.onboard();
        sandbox.request("DELETE", u"/v25.0/%1/subscribed_apps"_s.arg(business.wabaId), {},
                        business.token);
        sandbox.customerWrites(business, u"15550001111"_s);
        QTest::qWait(200);
        QCOMPARE(sandbox.receiver().attempts, 0);
        sandbox.post(u"/v25.0/%1/subscribed_apps"_s.arg(business.wabaId), {}, business.token);
        sandbox.customerWrites(business, u"15550001111"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().deliveries.size(), 1, 5000);
    }
};

QTEST_GUILESS_MAIN(TestControlApi)
#include "tst_controlapi.moc"
