// SPDX-License-Identifier: GPL-3.0-or-later
// The one reader of request bodies: each problem names its field, the first one wins.
#include "app/relay/http/requestfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;

namespace {

QJsonObject json(const char *text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestRequestFields : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requiredFieldsNameWhatIsWrong_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("all there")
            << QByteArray(R"({"waba_id":"W","pin":"123456"})") << QString() << QString();
        QTest::newRow("missing") << QByteArray(R"({"pin":"123456"})")
                                 << QStringLiteral("invalid_request")
                                 << QStringLiteral("waba_id is required.");
        QTest::newRow("null") << QByteArray(R"({"waba_id":null,"pin":"1"})")
                              << QStringLiteral("invalid_request")
                              << QStringLiteral("waba_id is required.");
        QTest::newRow("empty") << QByteArray(R"({"waba_id":"","pin":"1"})")
                               << QStringLiteral("invalid_request")
                               << QStringLiteral("waba_id is required.");
        QTest::newRow("a number") << QByteArray(R"({"waba_id":42,"pin":"1"})")
                                  << QStringLiteral("invalid_request")
                                  << QStringLiteral("waba_id must be a string.");
        QTest::newRow("first problem wins")
            << QByteArray(R"({"pin":7})") << QStringLiteral("invalid_request")
            << QStringLiteral("waba_id is required.");
        QTest::newRow("optional of the wrong type")
            << QByteArray(R"({"waba_id":"W","pin":["1"]})") << QStringLiteral("invalid_request")
            << QStringLiteral("pin must be a string.");
    }
    void requiredFieldsNameWhatIsWrong() {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        RequestFields fields(QJsonDocument::fromJson(body).object());
        const QString waba = fields.required("waba_id");
        const QString pin = fields.optional("pin", QStringLiteral("none"));
        if (code.isEmpty()) {
            QVERIFY(!fields.error());
            QCOMPARE(waba, QStringLiteral("W"));
            QCOMPARE(pin, QStringLiteral("123456"));
            return;
        }
        QVERIFY(fields.error());
        QCOMPARE(fields.error()->code, code);
        QCOMPARE(fields.error()->message, message);
    }

    void passwordsKeepTheirSpaces() {
        RequestFields fields(json(R"({"password":"  two words  "})"));
        QCOMPARE(fields.required("password"), QStringLiteral("  two words  "));
        QVERIFY(!fields.error());
    }

    void optionalFallsBackWhenAbsent() {
        RequestFields fields(json(R"({"language":null})"));
        QCOMPARE(fields.optional("language", QStringLiteral("en_US")), QStringLiteral("en_US"));
        QCOMPARE(fields.optional("other", QStringLiteral("x")), QStringLiteral("x"));
        QVERIFY(!fields.has("language"));
        QVERIFY(!fields.error());
    }

    void booleansAndLists() {
        RequestFields fields(json(R"({"opt_in":true,"tags":[" vip ","vip","",  "late"]})"));
        QCOMPARE(fields.boolean("opt_in"), std::optional<bool>(true));
        QCOMPARE(fields.strings("tags"),
                 std::optional<QStringList>({QStringLiteral("vip"), QStringLiteral("late")}));
        QCOMPARE(fields.boolean("absent"), std::nullopt);
        QVERIFY(!fields.error());

        RequestFields wrong(json(R"({"opt_in":"yes","tags":["a",1]})"));
        QCOMPARE(wrong.boolean("opt_in"), std::nullopt);
        QCOMPARE(wrong.strings("tags"), std::nullopt);
        QCOMPARE(wrong.error()->message, QStringLiteral("opt_in must be true or false."));
    }

    void onlyRefusesFieldsTheRouteDoesNotTake() {
        RequestFields fields(json(R"({"name":"Dana","colour":"blue"})"));
        fields.only({"name", "notes"});
        QVERIFY(fields.error());
        QCOMPARE(fields.error()->code, QStringLiteral("invalid_field"));
        QVERIFY(fields.error()->message.startsWith(QLatin1String("colour is not a field")));
        QVERIFY(fields.error()->message.contains(QLatin1String("name, notes")));
    }
};

QTEST_GUILESS_MAIN(TestRequestFields)
#include "tst_requestfields.moc"
