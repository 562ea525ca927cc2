// SPDX-License-Identifier: GPL-3.0-or-later
// Message templates: create → PENDING → APPROVED/REJECTED with the status webhook, list with
// filters and fields, delete by name, and sending once approved.
#include "tests/sandbox/sandboxharness.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;
using namespace Switchboard::Sandbox;
using namespace Switchboard::Test;

namespace {

QJsonObject templateBody(const QString &name, const QString &body,
                         const QString &category = u"UTILITY"_s) {
    return QJsonObject{
        {u"name"_s, name},
        {u"language"_s, u"en_US"_s},
        {u"category"_s, category},
        {u"components"_s,
         QJsonArray{QJsonObject{{u"type"_s, u"HEADER"_s},
                                {u"format"_s, u"TEXT"_s},
                                {u"text"_s, u"Order update"_s}},
                    QJsonObject{{u"type"_s, u"BODY"_s}, {u"text"_s, body}},
                    QJsonObject{{u"type"_s, u"FOOTER"_s}, {u"text"_s, u"Pizzeria"_s}}}}};
}

QList<QJsonObject> templateEvents(WebhookReceiver &receiver) {
    QList<QJsonObject> events;
    for (const auto &delivery : receiver.deliveries) {
        const QJsonObject entry = delivery.json()[u"entry"_s][0].toObject();
        const QJsonObject change = entry[u"changes"_s][0].toObject();
        if (change[u"field"_s].toString() == u"message_template_status_update"_s) {
            QJsonObject value = change[u"value"_s].toObject();
            value.insert(u"_entry_time"_s, entry[u"time"_s]);
            value.insert(u"_entry_id"_s, entry[u"id"_s]);
            events.append(value);
        }
    }
    return events;
}

} // namespace

class TestTemplateApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void review_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("reason");
        QTest::newRow("approved") << u"order_ready"_s << u"Hi {{1}}, order {{2}} is ready."_s
                                  << u"UTILITY"_s << u"APPROVED"_s << u"NONE"_s;
        QTest::newRow("adjacent parameters")
            << u"order_ready"_s << u"Hi {{1}} {{2}}, ready."_s << u"UTILITY"_s << u"REJECTED"_s
            << u"INVALID_FORMAT"_s;
        QTest::newRow("rejected by name") << u"reject_me"_s << u"Hello there."_s << u"UTILITY"_s
                                          << u"REJECTED"_s << u"ABUSIVE_CONTENT"_s;
        QTest::newRow("promotional utility")
            << u"weekend"_s << u"Get 20% off this weekend."_s << u"UTILITY"_s << u"REJECTED"_s
            << u"INCORRECT_CATEGORY"_s;
        QTest::newRow("promotional marketing") << u"weekend"_s << u"Get 20% off this weekend."_s
                                               << u"MARKETING"_s << u"APPROVED"_s << u"NONE"_s;
    }
    void review() {
        QFETCH(QString, name);
        QFETCH(QString, body);
        QFETCH(QString, category);
        QFETCH(QString, event);
        QFETCH(QString, reason);
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        const QString path = u"/v25.0/%1/message_templates"_s.arg(business.wabaId);
        const auto created = sandbox.post(path, templateBody(name, body, category), business.token);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json()[u"status"_s].toString(), u"PENDING"_s);
        QCOMPARE(created.json()[u"category"_s].toString(), category);
        const QString id = created.json()[u"id"_s].toString();
        QCOMPARE(sandbox.get(path + u"?name="_s + name, business.token)
                     .json()[u"data"_s][0][u"status"_s]
                     .toString(),
                 u"PENDING"_s);

        QTRY_COMPARE_WITH_TIMEOUT(templateEvents(sandbox.receiver()).size(), 1, 5000);
        const QJsonObject value = templateEvents(sandbox.receiver()).first();
        QCOMPARE(value[u"event"_s].toString(), event);
        QCOMPARE(value[u"reason"_s].toString(), reason);
        QVERIFY(value[u"message_template_id"_s].isDouble()); // a JSON number, as Meta sends it
        QCOMPARE(QString::number(value[u"message_template_id"_s].toInteger()), id);
        QCOMPARE(value[u"message_template_name"_s].toString(), name);
        QCOMPARE(value[u"message_template_language"_s].toString(), u"en_US"_s);
        QCOMPARE(value[u"message_template_category"_s].toString(), category);
        QVERIFY(value[u"_entry_time"_s].isDouble());
        QCOMPARE(value[u"_entry_id"_s].toString(), business.wabaId);
        if (reason == u"INVALID_FORMAT"_s)
            QVERIFY(value[u"rejection_info"_s][u"recommendation"_s].isString());
        for (const auto &delivery : sandbox.receiver().deliveries)
            QCOMPARE(delivery.signature, SandboxHarness::sign(delivery.body));

        const auto listed = sandbox.get(
            path + u"?fields=name,status,language&status="_s + event.toLower(), business.token);
        QCOMPARE(listed.json()[u"data"_s].toArray().size(), 1);
        QCOMPARE(listed.json()[u"data"_s][0].toObject().keys(),
                 (QStringList{u"id"_s, u"language"_s, u"name"_s, u"status"_s}));
    }

    void creationErrors_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("subcode");
        QTest::newRow("bad name") << templateBody(u"Order Ready"_s, u"Hi."_s) << 0;
        QTest::newRow("bad category") << templateBody(u"x"_s, u"Hi."_s, u"SPAM"_s) << 0;
        QTest::newRow("variable at end") << templateBody(u"x"_s, u"Hi {{1}}"_s) << 2388299;
        QTest::newRow("variable at start") << templateBody(u"x"_s, u"{{1}} hi there"_s) << 2388299;
        QTest::newRow("long body") << templateBody(u"x"_s, QString(1025, u'a')) << 2388040;
        QJsonObject noBody = templateBody(u"x"_s, u"Hi."_s);
        noBody.insert(u"components"_s,
                      QJsonArray{QJsonObject{{u"type"_s, u"FOOTER"_s}, {u"text"_s, u"f"_s}}});
        QTest::newRow("no body") << noBody << 0;
    }
    void creationErrors() {
        QFETCH(QJsonObject, body);
        QFETCH(int, subcode);
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const auto reply = sandbox.post(u"/v25.0/%1/message_templates"_s.arg(business.wabaId), body,
                                        business.token);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.metaCode(), 100);
        QCOMPARE(reply.json()[u"error"_s][u"error_subcode"_s].toInt(), subcode);
    }

    void duplicateDeleteAndSend() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const QString path = u"/v25.0/%1/message_templates"_s.arg(business.wabaId);
        const QJsonObject body = templateBody(u"order_ready"_s, u"Hi {{1}}, it is ready."_s);
        QCOMPARE(sandbox.post(path, body, business.token).status, 200);
        const auto duplicate = sandbox.post(path, body, business.token);
        QCOMPARE(duplicate.json()[u"error"_s][u"error_subcode"_s].toInt(), 2388024);
        QTRY_COMPARE_WITH_TIMEOUT(templateEvents(sandbox.receiver()).size(), 1, 5000);

        const QJsonObject send{
            {u"messaging_product"_s, u"whatsapp"_s},
            {u"to"_s, u"+16505551234"_s},
            {u"type"_s, u"template"_s},
            {u"template"_s,
             QJsonObject{
                 {u"name"_s, u"order_ready"_s},
                 {u"language"_s, QJsonObject{{u"code"_s, u"en_US"_s}}},
                 {u"components"_s,
                  QJsonArray{QJsonObject{
                      {u"type"_s, u"body"_s},
                      {u"parameters"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s},
                                                               {u"text"_s, u"Dana"_s}}}}}}}}}};
        const QString messages = u"/v25.0/%1/messages"_s.arg(business.phoneNumberId);
        QCOMPARE(sandbox.post(messages, send, business.token).status, 200);

        // A test can pause it; sends then fail with 132015.
        const QString id = sandbox.get(path + u"?name=order_ready"_s, business.token)
                               .json()[u"data"_s][0][u"id"_s]
                               .toString();
        QCOMPARE(
            sandbox.post(u"/_sandbox/templates/%1/status"_s.arg(id), {{u"status"_s, u"PAUSED"_s}})
                .status,
            200);
        QCOMPARE(sandbox.post(messages, send, business.token).metaCode(), 132015);
        QTRY_COMPARE_WITH_TIMEOUT(templateEvents(sandbox.receiver()).size(), 2, 5000);
        QCOMPARE(templateEvents(sandbox.receiver()).last()[u"event"_s].toString(), u"PAUSED"_s);

        QCOMPARE(
            sandbox.request("DELETE", path + u"?name=order_ready"_s, {}, business.token).status,
            200);
        QCOMPARE(sandbox.get(path, business.token).json()[u"data"_s].toArray().size(), 0);
        QCOMPARE(
            sandbox.request("DELETE", path + u"?name=order_ready"_s, {}, business.token).metaCode(),
            100);
        QCOMPARE(sandbox.post(messages, send, business.token).metaCode(), 132001);
    }

    void paging() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const QString path = u"/v25.0/%1/message_templates"_s.arg(business.wabaId);
        for (int i = 0; i < 5; ++i)
            sandbox.post(path, templateBody(u"t%1"_s.arg(i), u"Hello there."_s), business.token);
        const auto first = sandbox.get(path + u"?limit=2"_s, business.token).json();
        QCOMPARE(first[u"data"_s].toArray().size(), 2);
        const QString after = first[u"paging"_s][u"cursors"_s][u"after"_s].toString();
        QVERIFY(first[u"paging"_s][u"next"_s].isString());
        QSet<QString> names;
        QString cursor = after;
        for (const auto &t : first[u"data"_s].toArray())
            names.insert(t[u"name"_s].toString());
        while (!cursor.isEmpty()) {
            const auto page =
                sandbox.get(path + u"?limit=2&after="_s + cursor, business.token).json();
            for (const auto &t : page[u"data"_s].toArray())
                names.insert(t[u"name"_s].toString());
            cursor = page[u"paging"_s][u"next"_s].isString()
                         ? page[u"paging"_s][u"cursors"_s][u"after"_s].toString()
                         : QString();
        }
        QCOMPARE(names.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestTemplateApi)
#include "tst_templateapi.moc"
