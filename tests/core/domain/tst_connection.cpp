// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/connection.h"

#include "recordchecks.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::RecordChecks;

Q_DECLARE_METATYPE(Switchboard::Connection)
Q_DECLARE_METATYPE(Switchboard::ConnectionStatus)
Q_DECLARE_METATYPE(Switchboard::ConnectionStep)

namespace {

PhoneNumber napoliNumber() {
    return PhoneNumber{QStringLiteral("106540352242922"), QStringLiteral("+972 3-555-0100"),
                       QStringLiteral("פיצה נאפולי"),     QStringLiteral("GREEN"),
                       QStringLiteral("TIER_1K"),         QStringLiteral("CONNECTED"),
                       QStringLiteral("APPROVED")};
}

// What data/connection_connected.json says.
Connection connected() {
    Connection c;
    c.status = ConnectionStatus::Connected;
    c.wabaId = QStringLiteral("102290129340398");
    c.businessId = QStringLiteral("1906385232743451");
    c.numbers = {napoliNumber()};
    return c;
}

// What data/connection_pending.json says.
Connection awaitingCode() {
    Connection c;
    c.status = ConnectionStatus::Pending;
    c.wabaId = QStringLiteral("102290129340398");
    c.businessId = QStringLiteral("1906385232743451");
    c.step = ConnectionStep::AwaitingCode;
    return c;
}

QJsonObject connectedFixture() {
    return JsonFixture::load(QStringLiteral("connection_connected.json"));
}

} // namespace

class TestConnection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesContractFixture_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<Connection>("expected");
        QTest::newRow("connected, one number, no step")
            << QStringLiteral("connection_connected.json") << connected();
        QTest::newRow("pending, awaiting the code")
            << QStringLiteral("connection_pending.json") << awaitingCode();
    }
    void matchesContractFixture() {
        QFETCH(QString, fixture);
        QFETCH(Connection, expected);
        verifyFixture(fixture, expected, connectionFromJson);
    }

    void phoneNumberStandsAlone() {
        const QJsonObject json =
            connectedFixture().value(QLatin1String("numbers")).toArray().first().toObject();
        const Result<PhoneNumber> parsed = phoneNumberFromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
        QVERIFY(*parsed == napoliNumber());
        QVERIFY(toJson(napoliNumber()) == json);
        verifyRejected(JsonFixture::with(json, QStringLiteral("id"), QJsonValue::Undefined),
                       phoneNumberFromJson, QStringLiteral("id"));
    }

    void roundTrip_data() {
        QTest::addColumn<Connection>("connection");
        QTest::newRow("connected") << connected();
        QTest::newRow("awaiting code") << awaitingCode();
        QTest::newRow("never connected") << Connection();

        Connection lost = connected();
        lost.status = ConnectionStatus::NeedsReconnect;
        lost.reason =
            QStringLiteral("ההרשאה של Meta פגה. יש להתחבר מחדש 👍🏽");
        PhoneNumber second = napoliNumber();
        second.id = QStringLiteral("106540352242923");
        second.verifiedName = QStringLiteral(
            "Family \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 Pizza");
        second.qualityRating = QStringLiteral("YELLOW");
        lost.numbers.append(second);
        QTest::newRow("needs reconnect, two numbers, Hebrew reason") << lost;

        Connection gone = connected();
        gone.status = ConnectionStatus::Disconnected;
        gone.numbers.clear();
        QTest::newRow("disconnected") << gone;
    }
    void roundTrip() {
        QFETCH(Connection, connection);
        verifyRoundTrip(connection, connectionFromJson);
    }

    void statusStrings_data() {
        QTest::addColumn<ConnectionStatus>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("not_connected")
            << ConnectionStatus::NotConnected << QStringLiteral("not_connected");
        QTest::newRow("pending") << ConnectionStatus::Pending << QStringLiteral("pending");
        QTest::newRow("connected") << ConnectionStatus::Connected << QStringLiteral("connected");
        QTest::newRow("needs_reconnect")
            << ConnectionStatus::NeedsReconnect << QStringLiteral("needs_reconnect");
        QTest::newRow("disconnected")
            << ConnectionStatus::Disconnected << QStringLiteral("disconnected");
    }
    void statusStrings() {
        QFETCH(ConnectionStatus, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseConnectionStatus(text), std::optional(value));
    }

    void stepStrings_data() {
        QTest::addColumn<ConnectionStep>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("exchanging_code")
            << ConnectionStep::ExchangingCode << QStringLiteral("exchanging_code");
        QTest::newRow("reading_account")
            << ConnectionStep::ReadingAccount << QStringLiteral("reading_account");
        QTest::newRow("subscribing_webhooks")
            << ConnectionStep::SubscribingWebhooks << QStringLiteral("subscribing_webhooks");
        QTest::newRow("registering_number")
            << ConnectionStep::RegisteringNumber << QStringLiteral("registering_number");
        QTest::newRow("awaiting_code")
            << ConnectionStep::AwaitingCode << QStringLiteral("awaiting_code");
    }
    void stepStrings() {
        QFETCH(ConnectionStep, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseConnectionStep(text), std::optional(value));
    }

    void unknownEnumStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("Meta's spelling") << QStringLiteral("CONNECTED");
        QTest::newRow("camel case") << QStringLiteral("needsReconnect");
        QTest::newRow("dash") << QStringLiteral("not-connected");
    }
    void unknownEnumStrings() {
        QFETCH(QString, text);
        QCOMPARE(parseConnectionStatus(text), std::optional<ConnectionStatus>());
        QCOMPARE(parseConnectionStep(text), std::optional<ConnectionStep>());
    }

    void rejectsInvalidRecord_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("no status")
            << QStringLiteral("status") << absent << QStringLiteral("status");
        QTest::newRow("Meta's status spelling")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("CONNECTED"))
            << QStringLiteral("status");
        QTest::newRow("unknown step")
            << QStringLiteral("step") << QJsonValue(QStringLiteral("dancing"))
            << QStringLiteral("step");
        QTest::newRow("numbers an object")
            << QStringLiteral("numbers") << QJsonValue(QJsonObject()) << QStringLiteral("numbers");
        QTest::newRow("number without id")
            << QStringLiteral("numbers/0/id") << absent << QStringLiteral("numbers[0].id");
        QTest::newRow("quality a number")
            << QStringLiteral("numbers/0/quality_rating") << QJsonValue(1)
            << QStringLiteral("numbers[0].quality_rating");
        QTest::newRow("waba_id a number")
            << QStringLiteral("waba_id") << QJsonValue(qint64(102290129340398))
            << QStringLiteral("waba_id");
    }
    void rejectsInvalidRecord() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyRejected(JsonFixture::with(connectedFixture(), path, value), connectionFromJson,
                       field);
    }

    void absentOptionalFieldsTakeDefaults() {
        const QJsonObject minimal{{QStringLiteral("status"), QStringLiteral("not_connected")}};
        const Result<Connection> parsed = connectionFromJson(minimal);
        QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
        QVERIFY(*parsed == Connection());
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
