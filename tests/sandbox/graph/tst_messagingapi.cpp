// SPDX-License-Identifier: GPL-3.0-or-later
// POST /{phone}/messages: validation, answer shape, service window, templates, limits, and the
// signed status webhooks that follow a send.
#include "app/sandbox/state/sandboxstate.h"
#include "tests/sandbox/sandboxharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;
using namespace Switchboard::Sandbox;
using namespace Switchboard::Test;

namespace {

QJsonObject message(const QString &type, const QJsonValue &payload,
                    const QString &to = u"+1 (650) 555-1234"_s) {
    QJsonObject body{{u"messaging_product"_s, u"whatsapp"_s},
                     {u"recipient_type"_s, u"individual"_s},
                     {u"to"_s, to},
                     {u"type"_s, type}};
    if (!payload.isUndefined())
        body.insert(type, payload);
    return body;
}

const QString customer = u"16505551234"_s;

} // namespace

class TestMessagingApi : public QObject {
    Q_OBJECT

private:
    static void addTemplate(SandboxHarness &sandbox, const QString &wabaId, const QString &name,
                            const QString &status, const QString &body) {
        MessageTemplate t;
        t.wabaId = wabaId;
        t.name = name;
        t.language = u"en_US"_s;
        t.category = u"UTILITY"_s;
        t.status = status;
        t.components = QJsonArray{QJsonObject{{u"type"_s, u"BODY"_s}, {u"text"_s, body}}};
        sandbox.server().state().templates().add(t);
    }

private Q_SLOTS:
    void textInsideWindowIsSentDeliveredRead() {
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, customer);
        QJsonObject body = message(u"text"_s, QJsonObject{{u"body"_s, u"Your pizza is ready"_s}});
        body.insert(u"biz_opaque_callback_data"_s, u"order-7"_s);
        const auto reply =
            sandbox.post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId), body, business.token);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json[u"messaging_product"_s].toString(), u"whatsapp"_s);
        QCOMPARE(json[u"contacts"_s][0][u"input"_s].toString(), u"+1 (650) 555-1234"_s);
        QCOMPARE(json[u"contacts"_s][0][u"wa_id"_s].toString(), customer);
        const QString wamid = json[u"messages"_s][0][u"id"_s].toString();
        QVERIFY(wamid.startsWith(u"wamid."_s));

        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().statusesOf(wamid).size(), 3, 5000);
        const auto statuses = sandbox.receiver().statusesOf(wamid);
        QCOMPARE(statuses[0][u"status"_s].toString(), u"sent"_s);
        QCOMPARE(statuses[1][u"status"_s].toString(), u"delivered"_s);
        QCOMPARE(statuses[2][u"status"_s].toString(), u"read"_s);
        QCOMPARE(statuses[0][u"recipient_id"_s].toString(), customer);
        QCOMPARE(statuses[0][u"biz_opaque_callback_data"_s].toString(), u"order-7"_s);
        QVERIFY(statuses[0][u"timestamp"_s].isString());
        QCOMPARE(statuses[0][u"pricing"_s][u"type"_s].toString(), u"free_customer_service"_s);
        QCOMPARE(statuses[0][u"pricing"_s][u"category"_s].toString(), u"service"_s);
        QCOMPARE(statuses[0][u"pricing"_s][u"pricing_model"_s].toString(), u"PMP"_s);
        QVERIFY(!statuses[0].contains(u"conversation"_s)); // v24.0+ omits it
        QVERIFY(!statuses[2].contains(u"pricing"_s));
        for (const auto &delivery : sandbox.receiver().deliveries)
            QCOMPARE(delivery.signature, SandboxHarness::sign(delivery.body));
        const QJsonObject value = sandbox.receiver()
                                      .deliveries.last()
                                      .json()[u"entry"_s][0][u"changes"_s][0][u"value"_s]
                                      .toObject();
        QCOMPARE(value[u"metadata"_s][u"phone_number_id"_s].toString(), business.phoneNumberId);
        QCOMPARE(value[u"metadata"_s][u"display_phone_number"_s].toString(),
                 business.displayDigits);
    }

    void olderVersionsCarryConversation() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, customer);
        const auto reply =
            sandbox.post(u"/v23.0/%1/messages"_s.arg(business.phoneNumberId),
                         message(u"text"_s, QJsonObject{{u"body"_s, u"hi"_s}}), business.token);
        const QString wamid = reply.json()[u"messages"_s][0][u"id"_s].toString();
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().statusesOf(wamid).size(), 3, 5000);
        const auto sent = sandbox.receiver().statusesOf(wamid).first();
        QCOMPARE(sent[u"conversation"_s][u"origin"_s][u"type"_s].toString(), u"service"_s);
        QVERIFY(sent[u"conversation"_s][u"expiration_timestamp"_s].isString());
    }

    void freeFormOutsideWindowFailsAsynchronously() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const auto reply =
            sandbox.post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                         message(u"text"_s, QJsonObject{{u"body"_s, u"hello"_s}}), business.token);
        QCOMPARE(reply.status, 200); // accepted now, failed later (reference §8.4)
        const QString wamid = reply.json()[u"messages"_s][0][u"id"_s].toString();
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().statusesOf(wamid).size(), 1, 5000);
        const auto failed = sandbox.receiver().statusesOf(wamid).first();
        QCOMPARE(failed[u"status"_s].toString(), u"failed"_s);
        QCOMPARE(failed[u"errors"_s][0][u"code"_s].toInt(), 131047);
        QCOMPARE(failed[u"errors"_s][0][u"title"_s].toString(), u"Re-engagement message"_s);
        QVERIFY(failed[u"errors"_s][0][u"error_data"_s][u"details"_s].isString());
        // Absolute, as Meta's: a client that opens it must reach the page.
        QCOMPARE(failed[u"errors"_s][0][u"href"_s].toString(),
                 u"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"_s);

        // A window opened more than 24 h ago is closed again.
        sandbox.customerWrites(business, customer);
        sandbox.server().state().clock().advance(24LL * 60 * 60 * 1000 + 1000);
        const auto late =
            sandbox.post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                         message(u"text"_s, QJsonObject{{u"body"_s, u"late"_s}}), business.token);
        const QString lateId = late.json()[u"messages"_s][0][u"id"_s].toString();
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().statusesOf(lateId).size(), 1, 5000);
        QCOMPARE(sandbox.receiver().statusesOf(lateId).first()[u"status"_s].toString(),
                 u"failed"_s);
    }

    void templates_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QJsonArray>("parameters");
        QTest::addColumn<int>("code");
        const QJsonArray two{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"Pablo"_s}},
                             QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"566701"_s}}};
        QTest::newRow("approved") << u"APPROVED"_s << u"en_US"_s << two << 0;
        QTest::newRow("wrong language") << u"APPROVED"_s << u"en"_s << two << 132001;
        QTest::newRow("pending") << u"PENDING"_s << u"en_US"_s << two << 132001;
        QTest::newRow("paused") << u"PAUSED"_s << u"en_US"_s << two << 132015;
        QTest::newRow("disabled") << u"DISABLED"_s << u"en_US"_s << two << 132016;
        QTest::newRow("one parameter")
            << u"APPROVED"_s << u"en_US"_s << QJsonArray{two.first()} << 132000;
        QTest::newRow("image parameter")
            << u"APPROVED"_s << u"en_US"_s
            << QJsonArray{two.first(),
                          QJsonObject{
                              {u"type"_s, u"image"_s},
                              {u"image"_s, QJsonObject{{u"link"_s, u"https://x.test/a"_s}}}}}
            << 132012;
    }
    void templates() {
        QFETCH(QString, status);
        QFETCH(QString, language);
        QFETCH(QJsonArray, parameters);
        QFETCH(int, code);
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        addTemplate(sandbox, business.wabaId, u"order_confirmation"_s, status,
                    u"Hi {{1}}, your order #{{2}} is confirmed."_s);
        const QJsonObject payload{
            {u"name"_s, u"order_confirmation"_s},
            {u"language"_s, QJsonObject{{u"code"_s, language}}},
            {u"components"_s,
             QJsonArray{QJsonObject{{u"type"_s, u"body"_s}, {u"parameters"_s, parameters}}}}};
        const auto reply = sandbox.post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                                        message(u"template"_s, payload), business.token);
        QCOMPARE(reply.metaCode(), code);
        if (code == 132001)
            QCOMPARE(reply.status, 404);
        if (code != 0)
            return;
        // Templates go out without an open window and are billed.
        const QString wamid = reply.json()[u"messages"_s][0][u"id"_s].toString();
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().statusesOf(wamid).size(), 3, 5000);
        const auto sent = sandbox.receiver().statusesOf(wamid).first();
        QCOMPARE(sent[u"pricing"_s][u"billable"_s].toBool(), true);
        QCOMPARE(sent[u"pricing"_s][u"category"_s].toString(), u"utility"_s);
    }

    void validation_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("code");
        QTest::newRow("no product")
            << QJsonObject{{u"to"_s, customer}, {u"type"_s, u"text"_s}} << 100;
        QTest::newRow("no to") << QJsonObject{{u"messaging_product"_s, u"whatsapp"_s},
                                              {u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}}}
                               << 131008;
        QTest::newRow("bad to") << message(u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}, u"abc"_s)
                                << 131009;
        QTest::newRow("unknown type") << message(u"hologram"_s, QJsonObject{}) << 100;
        QTest::newRow("no body") << message(u"text"_s, QJsonObject{}) << 131008;
        QTest::newRow("long body")
            << message(u"text"_s, QJsonObject{{u"body"_s, QString(4097, u'a')}}) << 131009;
        QTest::newRow("image by link")
            << message(u"image"_s, QJsonObject{{u"link"_s, u"https://example.com/a.jpg"_s},
                                               {u"caption"_s, u"menu"_s}})
            << 0;
        QTest::newRow("image id and link")
            << message(u"image"_s,
                       QJsonObject{{u"link"_s, u"https://example.com/a.jpg"_s}, {u"id"_s, u"1"_s}})
            << 100;
        QTest::newRow("unknown media id")
            << message(u"document"_s, QJsonObject{{u"id"_s, u"424242"_s}}) << 131009;
        QTest::newRow("audio caption")
            << message(u"audio"_s,
                       QJsonObject{{u"link"_s, u"https://e.com/a.ogg"_s}, {u"caption"_s, u"x"_s}})
            << 100;
        QTest::newRow("sticker") << message(u"sticker"_s,
                                            QJsonObject{{u"link"_s, u"https://e.com/s.webp"_s}})
                                 << 0;
        QTest::newRow("location") << message(u"location"_s, QJsonObject{{u"latitude"_s, 32.08},
                                                                        {u"longitude"_s, 34.78},
                                                                        {u"name"_s, u"Clinic"_s}})
                                  << 0;
        QTest::newRow("location out of range")
            << message(u"location"_s, QJsonObject{{u"latitude"_s, 91}, {u"longitude"_s, 0}})
            << 131009;
        QTest::newRow("contacts") << message(u"contacts"_s,
                                             QJsonArray{QJsonObject{
                                                 {u"name"_s,
                                                  QJsonObject{{u"formatted_name"_s, u"Dana"_s}}}}})
                                  << 0;
        QTest::newRow("contacts without name")
            << message(u"contacts"_s, QJsonArray{QJsonObject{}}) << 131008;
        const auto buttons = [](int count, const QString &title) {
            QJsonArray list;
            for (int i = 0; i < count; ++i)
                list.append(QJsonObject{
                    {u"type"_s, u"reply"_s},
                    {u"reply"_s, QJsonObject{{u"id"_s, u"b%1"_s.arg(i)}, {u"title"_s, title}}}});
            return QJsonObject{{u"type"_s, u"button"_s},
                               {u"body"_s, QJsonObject{{u"text"_s, u"Confirm?"_s}}},
                               {u"action"_s, QJsonObject{{u"buttons"_s, list}}}};
        };
        QTest::newRow("buttons") << message(u"interactive"_s, buttons(3, u"Yes"_s)) << 0;
        QTest::newRow("four buttons") << message(u"interactive"_s, buttons(4, u"Yes"_s)) << 131009;
        QTest::newRow("long button title")
            << message(u"interactive"_s, buttons(1, QString(21, u'x'))) << 131009;
        const auto list = [](int rows) {
            QJsonArray rowList;
            for (int i = 0; i < rows; ++i)
                rowList.append(QJsonObject{{u"id"_s, u"r%1"_s.arg(i)}, {u"title"_s, u"Row"_s}});
            return QJsonObject{
                {u"type"_s, u"list"_s},
                {u"body"_s, QJsonObject{{u"text"_s, u"Pick"_s}}},
                {u"action"_s,
                 QJsonObject{{u"button"_s, u"Menu"_s},
                             {u"sections"_s, QJsonArray{QJsonObject{{u"title"_s, u"Pizzas"_s},
                                                                    {u"rows"_s, rowList}}}}}}};
        };
        QTest::newRow("list") << message(u"interactive"_s, list(10)) << 0;
        QTest::newRow("list of 11") << message(u"interactive"_s, list(11)) << 131009;
        QTest::newRow("reaction") << message(u"reaction"_s,
                                             QJsonObject{{u"message_id"_s, u"wamid.x"_s},
                                                         {u"emoji"_s, u"👍"_s}})
                                  << 0;
        QJsonObject reply = message(u"text"_s, QJsonObject{{u"body"_s, u"re"_s}});
        reply.insert(u"context"_s, QJsonObject{{u"message_id"_s, u"wamid.abc"_s}});
        QTest::newRow("context reply") << reply << 0;
        QJsonObject reactionReply = message(
            u"reaction"_s, QJsonObject{{u"message_id"_s, u"wamid.x"_s}, {u"emoji"_s, u""_s}});
        reactionReply.insert(u"context"_s, QJsonObject{{u"message_id"_s, u"wamid.abc"_s}});
        QTest::newRow("reaction as reply") << reactionReply << 100;
        QTest::newRow("to self") << message(u"text"_s, QJsonObject{{u"body"_s, u"x"_s}},
                                            u"+1 555-010-0001"_s)
                                 << 131021;
    }
    void validation() {
        QFETCH(QJsonObject, body);
        QFETCH(int, code);
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, customer);
        const auto reply =
            sandbox.post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId), body, business.token);
        QCOMPARE(reply.metaCode(), code);
        QCOMPARE(reply.status, code == 0 ? 200 : 400);
        if (code != 0) {
            const QJsonObject error = reply.json()[u"error"_s].toObject();
            QVERIFY(error[u"message"_s].toString().startsWith(u"(#%1)"_s.arg(code)));
            QCOMPARE(error[u"error_data"_s][u"messaging_product"_s].toString(), u"whatsapp"_s);
            QVERIFY(!error[u"fbtrace_id"_s].toString().isEmpty());
        }
    }

    //! Graph merges the query string and the body (the body wins), and decodes a JSON string
    //! given where an object or array is expected, in a JSON body or a form body alike.
    void parametersAsOtherClientsSendThem_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("code");
        const QByteArray json = "application/json";
        const QByteArray form = "application/x-www-form-urlencoded";
        QTest::newRow("product in the query string")
            << u"?messaging_product=whatsapp"_s << json
            << QByteArray(R"({"to":"16505551234","type":"text","text":{"body":"hi"}})") << u"text"_s
            << 0;
        QTest::newRow("body wins over the query string")
            << u"?messaging_product=sms&to=1"_s << json
            << QByteArray(R"({"messaging_product":"whatsapp","to":"16505551234","type":"text",)"
                          R"("text":{"body":"hi"}})")
            << u"text"_s << 0;
        QTest::newRow("wrong product in the body, right one in the query")
            << u"?messaging_product=whatsapp"_s << json
            << QByteArray(R"({"messaging_product":"sms","to":"16505551234","type":"text",)"
                          R"("text":{"body":"hi"}})")
            << u"text"_s << 100;
        const auto compact = [](const auto &value) {
            return QJsonDocument(value).toJson(QJsonDocument::Compact);
        };
        const QJsonArray contacts{
            QJsonObject{{u"name"_s, QJsonObject{{u"formatted_name"_s, u"Ada"_s}}},
                        {u"phones"_s, QJsonArray{QJsonObject{{u"phone"_s, u"+16505550000"_s}}}}}};
        QTest::newRow("contacts as a JSON string")
            << QString() << json
            << compact(QJsonObject{{u"messaging_product"_s, u"whatsapp"_s},
                                   {u"to"_s, customer},
                                   {u"type"_s, u"contacts"_s},
                                   {u"contacts"_s, QString::fromUtf8(compact(contacts))}})
            << u"contacts"_s << 0;
        QTest::newRow("text as a JSON string")
            << QString() << json
            << compact(QJsonObject{
                   {u"messaging_product"_s, u"whatsapp"_s},
                   {u"to"_s, customer},
                   {u"type"_s, u"text"_s},
                   {u"text"_s, QString::fromUtf8(compact(QJsonObject{{u"body"_s, u"hi"_s}}))}})
            << u"text"_s << 0;
        QTest::newRow("form-encoded text={body}")
            << QString() << form
            << QByteArray("messaging_product=whatsapp&to=16505551234&type=text&text=%7B%22body"
                          "%22%3A%22hi%20there%22%7D")
            << u"text"_s << 0;
        QTest::newRow("form-encoded, product in the query string")
            << u"?messaging_product=whatsapp"_s << form
            << QByteArray("to=16505551234&type=text&text=%7B%22body%22%3A%22hi%22%7D") << u"text"_s
            << 0;
        QTest::newRow("form-encoded interactive")
            << QString() << form
            << QByteArray("messaging_product=whatsapp&to=16505551234&type=interactive&"
                          "interactive=%7B%22type%22%3A%22button%22%2C%22body%22%3A%7B%22text%22"
                          "%3A%22Pick%22%7D%2C%22action%22%3A%7B%22buttons%22%3A%5B%7B%22type%22"
                          "%3A%22reply%22%2C%22reply%22%3A%7B%22id%22%3A%22a%22%2C%22title%22%3A"
                          "%22A%22%7D%7D%5D%7D%7D")
            << u"interactive"_s << 0;
        QTest::newRow("a string that is not JSON is still refused")
            << QString() << json
            << QByteArray(R"({"messaging_product":"whatsapp","to":"16505551234","type":"text",)"
                          R"("text":"hi"})")
            << u"text"_s << 131008;
    }
    void parametersAsOtherClientsSendThem() {
        QFETCH(QString, query);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, type);
        QFETCH(int, code);
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, customer);
        const auto reply =
            sandbox.request("POST", u"/v25.0/%1/messages"_s.arg(business.phoneNumberId) + query,
                            body, business.token, contentType);
        QVERIFY2(reply.metaCode() == code, reply.body.constData());
        if (code != 0)
            return;
        QCOMPARE(reply.status, 200);
        const QString wamid = reply.json()[u"messages"_s][0][u"id"_s].toString();
        QVERIFY(wamid.startsWith(u"wamid."_s));
        const QJsonArray sent =
            sandbox.get(u"/_sandbox/outbox"_s).json().value(u"messages"_s).toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0][u"type"_s].toString(), type);
        QCOMPARE(sent[0][u"to"_s].toString(), customer);
        QVERIFY(sent[0][u"request"_s][type].isObject() || sent[0][u"request"_s][type].isArray());
        QVERIFY(!sent[0][u"request"_s].toObject().contains(u"access_token"_s));
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().statusesOf(wamid).size(), 3, 5000);
    }

    //! Only parameters Graph types as objects are decoded: JSON inside a string parameter is
    //! echoed back as the string it was.
    void jsonInsideAStringParameterStaysText() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, customer);
        QJsonObject body = message(u"text"_s, QJsonObject{{u"body"_s, u"{\"a\":1}"_s}});
        body.insert(u"biz_opaque_callback_data"_s, u"{\"order\":7}"_s);
        const auto reply =
            sandbox.post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId), body, business.token);
        QCOMPARE(reply.status, 200);
        const QString wamid = reply.json()[u"messages"_s][0][u"id"_s].toString();
        QTRY_VERIFY_WITH_TIMEOUT(!sandbox.receiver().statusesOf(wamid).isEmpty(), 5000);
        const QJsonValue echoed =
            sandbox.receiver().statusesOf(wamid).first().value(u"biz_opaque_callback_data"_s);
        QVERIFY(echoed.isString());
        QCOMPARE(echoed.toString(), u"{\"order\":7}"_s);
    }

    void unregisteredNumberCannotSend() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard(u"Pizzeria"_s, u"+1 555-010-0001"_s, false);
        const auto reply =
            sandbox.post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                         message(u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}), business.token);
        QCOMPARE(reply.metaCode(), 133010);
    }

    void markAsRead() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const QString inbound = sandbox.customerWrites(business, customer);
        const QString path = u"/v25.0/%1/messages"_s.arg(business.phoneNumberId);
        const auto ok = sandbox.post(path,
                                     {{u"messaging_product"_s, u"whatsapp"_s},
                                      {u"status"_s, u"read"_s},
                                      {u"message_id"_s, inbound}},
                                     business.token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json(), (QJsonObject{{u"success"_s, true}}));
        const auto unknown = sandbox.post(path,
                                          {{u"messaging_product"_s, u"whatsapp"_s},
                                           {u"status"_s, u"read"_s},
                                           {u"message_id"_s, u"wamid.nope"_s}},
                                          business.token);
        QCOMPARE(unknown.metaCode(), 100);
        const auto outbox = sandbox.get(u"/_sandbox/outbox"_s).json();
        QCOMPARE(outbox[u"read_receipts"_s][0][u"message_id"_s].toString(), inbound);
    }

    void throughputLimit() {
        SandboxHarness sandbox({u"--throughput-mps"_s, u"5"_s});
        const auto business = sandbox.onboard();
        int refused = 0;
        int accepted = 0;
        for (int i = 0; i < 8; ++i) {
            const QString to = u"1650555%1"_s.arg(1000 + i);
            const auto reply = sandbox.post(
                u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                message(u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}, to), business.token);
            if (reply.metaCode() == 130429)
                ++refused;
            else if (reply.status == 200)
                ++accepted;
        }
        QVERIFY2(accepted <= 5 && refused >= 3, qPrintable(u"%1 %2"_s.arg(accepted).arg(refused)));
        QTest::qWait(1100);
        QCOMPARE(sandbox
                     .post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                           message(u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}), business.token)
                     .status,
                 200);
    }

    void pairRateLimit() {
        SandboxHarness sandbox({u"--pair-burst"_s, u"3"_s});
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, customer);
        QList<int> codes;
        for (int i = 0; i < 4; ++i)
            codes.append(sandbox
                             .post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                                   message(u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}),
                                   business.token)
                             .metaCode());
        QCOMPARE(codes, (QList<int>{0, 0, 0, 131056}));
        // Another user is unaffected; the same user again after one interval.
        QCOMPARE(sandbox
                     .post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                           message(u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}, u"+16505550000"_s),
                           business.token)
                     .metaCode(),
                 0);
        sandbox.server().state().clock().advance(6000);
        QCOMPARE(sandbox
                     .post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                           message(u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}), business.token)
                     .metaCode(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestMessagingApi)
#include "tst_messagingapi.moc"
