// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/customer.h"
#include "core/domain/tenant.h"

#include "recordchecks.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::RecordChecks;

Q_DECLARE_METATYPE(Switchboard::Customer)
Q_DECLARE_METATYPE(Switchboard::Tenant)

namespace {

// What data/customer.json says.
Customer dana() {
    Customer c;
    c.id = QStringLiteral("cus_0001");
    c.waId = QStringLiteral("972501234567");
    c.phone = QStringLiteral("+972501234567");
    c.name = QStringLiteral("דנה כהן");
    c.profileName = QStringLiteral("Dana 🌸");
    c.tags = {QStringLiteral("vip"), QStringLiteral("טבעונית")};
    c.notes = QStringLiteral("אלרגית לאגוזים");
    c.optIn = true;
    c.createdAt = utc(2026, 3, 2, 8, 0, 0);
    return c;
}

QJsonObject customerFixture() {
    return JsonFixture::load(QStringLiteral("customer.json"));
}

} // namespace

class TestCustomer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesContractFixture() {
        verifyFixture(QStringLiteral("customer.json"), dana(), customerFromJson);
    }

    void roundTrip_data() {
        QTest::addColumn<Customer>("customer");
        QTest::newRow("dana") << dana();

        Customer fresh;
        fresh.id = QStringLiteral("cus_0002");
        fresh.waId = QStringLiteral("15551234567");
        QTest::newRow("just created by ingest, no times") << fresh;

        Customer emoji = dana();
        emoji.name = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 "
                                    "משפחת לוי");
        emoji.profileName = QStringLiteral("🍕👍🏽");
        emoji.tags = {QStringLiteral("פיצה מרגריטה"), QStringLiteral("👍🏽"), QString()};
        emoji.optIn = false;
        emoji.createdAt = utc(2026, 11, 25, 15, 33, 26, 7);
        QTest::newRow("emoji and an empty tag") << emoji;
    }
    void roundTrip() {
        QFETCH(Customer, customer);
        verifyRoundTrip(customer, customerFromJson);
    }

    void nullTimesAreInvalidDateTimes() {
        QJsonObject json = customerFixture();
        json.remove(QLatin1String("created_at"));
        const Result<Customer> parsed = customerFromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
        QVERIFY(!parsed->createdAt.isValid());
        QVERIFY(toJson(*parsed).value(QLatin1String("created_at")).isNull());
    }

    void rejectsInvalidRecord_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("no id") << QStringLiteral("id") << absent << QStringLiteral("id");
        QTest::newRow("no wa_id") << QStringLiteral("wa_id") << absent << QStringLiteral("wa_id");
        QTest::newRow("wa_id a number")
            << QStringLiteral("wa_id") << QJsonValue(qint64(972501234567))
            << QStringLiteral("wa_id");
        QTest::newRow("tags a string")
            << QStringLiteral("tags") << QJsonValue(QStringLiteral("vip"))
            << QStringLiteral("tags");
        QTest::newRow("tag an object")
            << QStringLiteral("tags/1") << QJsonValue(QJsonObject()) << QStringLiteral("tags[1]");
        QTest::newRow("opt_in as text")
            << QStringLiteral("opt_in") << QJsonValue(QStringLiteral("true"))
            << QStringLiteral("opt_in");
        QTest::newRow("created_at a date")
            << QStringLiteral("created_at") << QJsonValue(QStringLiteral("2026-03-02"))
            << QStringLiteral("created_at");
        QTest::newRow("created_at unix") << QStringLiteral("created_at") << QJsonValue(1795620806)
                                         << QStringLiteral("created_at");
    }
    void rejectsInvalidRecord() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyRejected(JsonFixture::with(customerFixture(), path, value), customerFromJson, field);
    }

    void tenantMatchesContractFixture() {
        verifyFixture(QStringLiteral("tenant.json"),
                      Tenant{QStringLiteral("ten_0001"), QStringLiteral("פיצה נאפולי 🍕")},
                      tenantFromJson);
    }

    void tenantRoundTrip_data() {
        QTest::addColumn<Tenant>("tenant");
        QTest::newRow("Hebrew") << Tenant{QStringLiteral("t1"), QStringLiteral("פיצה מרגריטה")};
        QTest::newRow("ZWJ emoji")
            << Tenant{QStringLiteral("t2"),
                      QStringLiteral("Family \U0001F468\u200D\U0001F469\u200D\U0001F467 clinic")};
    }
    void tenantRoundTrip() {
        QFETCH(Tenant, tenant);
        verifyRoundTrip(tenant, tenantFromJson);
    }

    void tenantRejectsInvalidRecord_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("no id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined)
                               << QStringLiteral("id");
        QTest::newRow("empty name")
            << QStringLiteral("name") << QJsonValue(QString()) << QStringLiteral("name");
    }
    void tenantRejectsInvalidRecord() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyRejected(
            JsonFixture::with(JsonFixture::load(QStringLiteral("tenant.json")), path, value),
            tenantFromJson, field);
    }
};

QTEST_GUILESS_MAIN(TestCustomer)
#include "tst_customer.moc"
