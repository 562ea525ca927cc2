// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted demo customers: a restaurant's and a clinic's, in English and Hebrew.
#include "tests/sandbox/sandboxharness.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;
using namespace Switchboard::Sandbox;
using namespace Switchboard::Test;

class TestDemoScript : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scenarios_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("restaurant en") << u"restaurant"_s << u"en"_s << u"1555"_s;
        QTest::newRow("restaurant he") << u"restaurant"_s << u"he"_s << u"972"_s;
        QTest::newRow("clinic en") << u"clinic"_s << u"en"_s << u"1555"_s;
        QTest::newRow("clinic he") << u"clinic"_s << u"he"_s << u"972"_s;
    }
    void scenarios() {
        QFETCH(QString, scenario);
        QFETCH(QString, language);
        QFETCH(QString, prefix);
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        const auto reply =
            sandbox.post(u"/_sandbox/demo"_s, {{u"phone_number_id"_s, business.phoneNumberId},
                                               {u"scenario"_s, scenario},
                                               {u"language"_s, language},
                                               {u"interval_ms"_s, 10}});
        QCOMPARE(reply.status, 200);
        const int messages = reply.json()[u"messages"_s].toInt();
        QVERIFY(messages >= 3);
        QCOMPARE(reply.json()[u"customers"_s].toArray().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().deliveries.size(), messages, 5000);
        for (const auto &delivery : sandbox.receiver().deliveries) {
            QCOMPARE(delivery.signature, SandboxHarness::sign(delivery.body));
            const QJsonObject message =
                delivery.json()[u"entry"_s][0][u"changes"_s][0][u"value"_s][u"messages"_s][0]
                    .toObject();
            QVERIFY(message[u"from"_s].toString().startsWith(prefix));
            const QString text = message[u"text"_s][u"body"_s].toString();
            QVERIFY(!text.isEmpty());
            if (language == u"he"_s) {
                bool hebrew = false;
                for (const QChar c : text)
                    hebrew = hebrew || (c.unicode() >= 0x05D0 && c.unicode() <= 0x05EA);
                QVERIFY2(hebrew, qPrintable(text));
            }
        }
        // The customers' windows are open: the business may answer free-form.
        const QString waId = reply.json()[u"customers"_s][0].toString();
        const auto answer = sandbox.post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                                         {{u"messaging_product"_s, u"whatsapp"_s},
                                          {u"to"_s, waId},
                                          {u"type"_s, u"text"_s},
                                          {u"text"_s, QJsonObject{{u"body"_s, u"Sure!"_s}}}},
                                         business.token);
        QCOMPARE(answer.status, 200);
        const QString wamid = answer.json()[u"messages"_s][0][u"id"_s].toString();
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().statusesOf(wamid).size(), 3, 5000);
    }

    void aRepeatingScriptKeepsWritingUntilStopped() {
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        const auto reply =
            sandbox.post(u"/_sandbox/demo"_s, {{u"phone_number_id"_s, business.phoneNumberId},
                                               {u"scenario"_s, u"clinic"_s},
                                               {u"language"_s, u"en"_s},
                                               {u"interval_ms"_s, 200},
                                               {u"repeat"_s, true}});
        QCOMPARE(reply.status, 200);
        const int messages = reply.json()[u"messages"_s].toInt();
        // More than one pass through the script: the customers keep writing.
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.receiver().deliveries.size() > messages + 1, 10000);
        const auto stopped = sandbox.request("DELETE", u"/_sandbox/demo"_s);
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.json()[u"stopped"_s].toInt(), 1);
        QTest::qWait(300); // a delivery already on its way may still land
        const auto after = sandbox.receiver().deliveries.size();
        QTest::qWait(800);
        QCOMPARE(sandbox.receiver().deliveries.size(), after);
    }

    void unknownScenario() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        QCOMPARE(sandbox
                     .post(u"/_sandbox/demo"_s, {{u"phone_number_id"_s, business.phoneNumberId},
                                                 {u"scenario"_s, u"garage"_s}})
                     .status,
                 400);
        QCOMPARE(sandbox
                     .post(u"/_sandbox/demo"_s,
                           {{u"phone_number_id"_s, u"1"_s}, {u"scenario"_s, u"clinic"_s}})
                     .status,
                 404);
    }

    //! The demo and customer routes are the relay contract's, not Meta's: their errors carry the
    //! contract's body and nothing of Meta's envelope.
    void errorsUseTheContractBody_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("interval");
        QTest::addColumn<bool>("knownNumber");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown scenario")
            << u"garage"_s << 10 << true << 400 << u"unknown_scenario"_s;
        QTest::newRow("negative interval")
            << u"clinic"_s << -1 << true << 400 << u"invalid_interval"_s;
        QTest::newRow("unknown number")
            << u"clinic"_s << 10 << false << 404 << u"unknown_phone_number"_s;
    }
    void errorsUseTheContractBody() {
        QFETCH(QString, scenario);
        QFETCH(int, interval);
        QFETCH(bool, knownNumber);
        QFETCH(int, status);
        QFETCH(QString, code);
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        const auto reply =
            sandbox.post(u"/_sandbox/demo"_s,
                         {{u"phone_number_id"_s, knownNumber ? business.phoneNumberId : u"1"_s},
                          {u"scenario"_s, scenario},
                          {u"interval_ms"_s, interval}});
        QCOMPARE(reply.status, status);
        const QJsonObject body = reply.json();
        QCOMPARE(body.keys(), QStringList{u"error"_s});
        const QJsonObject error = body[u"error"_s].toObject();
        QCOMPARE(error.keys(), (QStringList{u"code"_s, u"message"_s}));
        QCOMPARE(error[u"code"_s].toString(), code);
        QVERIFY(!error[u"message"_s].toString().isEmpty());
        QCOMPARE(sandbox.receiver().deliveries.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoScript)
#include "tst_demoscript.moc"
