// SPDX-License-Identifier: GPL-3.0-or-later
// GET/POST /{phone}/whatsapp_business_profile, and Meta's unsupported-request error for edges a
// phone number does not have.
#include "tests/sandbox/sandboxharness.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;
using namespace Switchboard::Sandbox;
using namespace Switchboard::Test;

class TestBusinessProfileApi : public QObject {
    Q_OBJECT

private:
    static QString path(const SandboxHarness::Business &business, const QString &query = {}) {
        return u"/v25.0/%1/whatsapp_business_profile"_s.arg(business.phoneNumberId) + query;
    }

private Q_SLOTS:
    void profileIsStoredAndRead() {
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();

        const auto empty =
            sandbox.get(path(business, u"?fields=about,email,websites"_s), business.token);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json(),
                 (QJsonObject{{u"data"_s,
                               QJsonArray{QJsonObject{{u"messaging_product"_s, u"whatsapp"_s}}}}}));

        const auto posted = sandbox.post(
            path(business),
            {{u"messaging_product"_s, u"whatsapp"_s},
             {u"about"_s, u"Pizza al taglio ·  פיצה"_s},
             {u"address"_s, u"1 Via Roma, Tel Aviv"_s},
             {u"description"_s, u"Wood-fired since 1999."_s},
             {u"email"_s, u"hello@pizzeria.example"_s},
             {u"websites"_s, QJsonArray{u"https://pizzeria.example"_s, u"http://menu.example"_s}},
             {u"vertical"_s, u"RESTAURANT"_s},
             {u"profile_picture_handle"_s, u"4::aW1hZ2UvanBlZw==:ARb"_s}},
            business.token);
        QCOMPARE(posted.status, 200);
        QCOMPARE(posted.json(), (QJsonObject{{u"success"_s, true}}));

        const auto all = sandbox.get(path(business, u"?fields=about,address,description,email,"
                                                    "profile_picture_url,websites,vertical"_s),
                                     business.token);
        QCOMPARE(all.status, 200);
        const QJsonArray data = all.json().value(u"data"_s).toArray();
        QCOMPARE(data.size(), 1);
        const QJsonObject profile = data.first().toObject();
        QCOMPARE(profile.value(u"messaging_product"_s).toString(), u"whatsapp"_s);
        QCOMPARE(profile.value(u"about"_s).toString(), u"Pizza al taglio ·  פיצה"_s);
        QCOMPARE(profile.value(u"address"_s).toString(), u"1 Via Roma, Tel Aviv"_s);
        QCOMPARE(profile.value(u"description"_s).toString(), u"Wood-fired since 1999."_s);
        QCOMPARE(profile.value(u"email"_s).toString(), u"hello@pizzeria.example"_s);
        QCOMPARE(profile.value(u"websites"_s).toArray(),
                 (QJsonArray{u"https://pizzeria.example"_s, u"http://menu.example"_s}));
        QCOMPARE(profile.value(u"vertical"_s).toString(), u"RESTAURANT"_s);
        QVERIFY(profile.value(u"profile_picture_url"_s).toString().startsWith(u"https://"_s));

        // Only the fields asked for; a POST changes only the fields it gives.
        QVERIFY(sandbox
                    .post(path(business),
                          {{u"messaging_product"_s, u"whatsapp"_s}, {u"about"_s, u"Closed Mon"_s}},
                          business.token)
                    .status == 200);
        const auto some = sandbox.get(path(business, u"?fields=about,vertical"_s), business.token);
        QCOMPARE(some.json()[u"data"_s][0].toObject(),
                 (QJsonObject{{u"about"_s, u"Closed Mon"_s},
                              {u"vertical"_s, u"RESTAURANT"_s},
                              {u"messaging_product"_s, u"whatsapp"_s}}));
    }

    //! Form-encoded, product in the query string, websites as a JSON string: as Graph reads it.
    void formEncodedUpdate() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const auto reply =
            sandbox.request("POST", path(business, u"?messaging_product=whatsapp"_s),
                            "about=Open+late&websites=%5B%22https%3A%2F%2Fa.example%22%5D",
                            business.token, "application/x-www-form-urlencoded");
        QCOMPARE(reply.status, 200);
        const auto read = sandbox.get(path(business, u"?fields=about,websites"_s), business.token);
        QCOMPARE(read.json()[u"data"_s][0][u"about"_s].toString(), u"Open late"_s);
        QCOMPARE(read.json()[u"data"_s][0][u"websites"_s].toArray(),
                 (QJsonArray{u"https://a.example"_s}));
    }

    void validation_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("message");
        const auto with = [](const QString &name, const QJsonValue &value) {
            return QJsonObject{{u"messaging_product"_s, u"whatsapp"_s}, {name, value}};
        };
        QTest::newRow("no product") << QJsonObject{{u"about"_s, u"x"_s}}
                                    << u"The parameter messaging_product is required"_s;
        QTest::newRow("about too long") << with(u"about"_s, QString(140, u'a')) << u"about"_s;
        QTest::newRow("about empty") << with(u"about"_s, u""_s) << u"about"_s;
        QTest::newRow("address too long") << with(u"address"_s, QString(257, u'a')) << u"address"_s;
        QTest::newRow("description too long")
            << with(u"description"_s, QString(513, u'a')) << u"description"_s;
        QTest::newRow("email not an address") << with(u"email"_s, u"pizzeria"_s) << u"email"_s;
        QTest::newRow("three websites")
            << with(u"websites"_s, QJsonArray{u"https://a.example"_s, u"https://b.example"_s,
                                              u"https://c.example"_s})
            << u"websites"_s;
        QTest::newRow("website without http")
            << with(u"websites"_s, QJsonArray{u"ftp://a.example"_s}) << u"websites"_s;
        QTest::newRow("websites not an array")
            << with(u"websites"_s, u"https://a.example"_s) << u"websites"_s;
        QTest::newRow("unknown vertical") << with(u"vertical"_s, u"PIZZA"_s) << u"vertical"_s;
    }
    void validation() {
        QFETCH(QJsonObject, body);
        QFETCH(QString, message);
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const auto reply = sandbox.post(path(business), body, business.token);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.metaCode(), 100);
        const QJsonObject error = reply.json().value(u"error"_s).toObject();
        const QString text = error.value(u"message"_s).toString() + u" "_s +
                             error.value(u"error_data"_s).toObject().value(u"details"_s).toString();
        QVERIFY2(text.contains(message), qPrintable(text));
        // Nothing was stored.
        const auto read = sandbox.get(path(business, u"?fields=about"_s), business.token);
        QVERIFY(!read.json()[u"data"_s][0].toObject().contains(u"about"_s));
    }

    void unknownFieldAndForeignToken() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const auto other = sandbox.onboard(u"Clinic"_s, u"+1 555-010-0002"_s);
        const auto field =
            sandbox.get(path(business, u"?fields=about,opening_hours"_s), business.token);
        QCOMPARE(field.metaCode(), 100);
        QVERIFY(field.json()[u"error"_s][u"message"_s].toString().contains(u"opening_hours"_s));
        const auto foreign = sandbox.get(path(business, u"?fields=about"_s), other.token);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.metaCode(), 200);
    }

    //! An edge a phone number does not have: 100/33 GraphMethodException naming the number, not
    //! "unknown path" and not "object does not exist".
    void unknownEdgesAreUnsupportedRequests_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("edge");
        QTest::newRow("GET unknown edge") << QByteArray("GET") << u"nonsense"_s;
        QTest::newRow("POST unknown edge") << QByteArray("POST") << u"nonsense"_s;
        QTest::newRow("GET a POST-only edge") << QByteArray("GET") << u"messages"_s;
        QTest::newRow("DELETE the profile")
            << QByteArray("DELETE") << u"whatsapp_business_profile"_s;
    }
    void unknownEdgesAreUnsupportedRequests() {
        QFETCH(QByteArray, method);
        QFETCH(QString, edge);
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const auto reply =
            sandbox.request(method, u"/v25.0/%1/%2"_s.arg(business.phoneNumberId, edge),
                            method == "POST" ? QByteArray("{}") : QByteArray(), business.token);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.metaCode(), 100);
        const QJsonObject error = reply.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"error_subcode"_s).toInt(), 33);
        QCOMPARE(error.value(u"type"_s).toString(), u"GraphMethodException"_s);
        QVERIFY2(
            error.value(u"message"_s)
                .toString()
                .startsWith(u"Unsupported %1 request. Object with ID '%2' does not exist, "
                            "cannot be loaded due to missing permissions, or does not "
                            "support this operation"_s.arg(QString::fromLatin1(method).toLower(),
                                                           business.phoneNumberId)),
            qPrintable(error.value(u"message"_s).toString()));
    }
};

QTEST_GUILESS_MAIN(TestBusinessProfileApi)
#include "tst_businessprofileapi.moc"
