// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/product.h"

#include "recordchecks.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::RecordChecks;

Q_DECLARE_METATYPE(Switchboard::Product)

namespace {

// What data/product.json says.
Product margherita() {
    Product p;
    p.id = QStringLiteral("prd_margherita");
    p.sku = QStringLiteral("PZ-MAR");
    p.name = QStringLiteral("Margherita pizza");
    p.nameHe = QStringLiteral("פיצה מרגריטה");
    p.category = QStringLiteral("Pizza");
    p.price = 5490;
    p.currency = QStringLiteral("ILS");
    p.aliases = {QStringLiteral("מרגריטה"), QStringLiteral("margarita"), QStringLiteral("🍕")};
    p.variants = {
        Product::Variant{QStringLiteral("Size"),
                         true,
                         {
                             {QStringLiteral("Personal"), QStringLiteral("אישית"), -1250},
                             {QStringLiteral("Family"), QStringLiteral("משפחתית"), 0},
                             {QStringLiteral("Large"), QStringLiteral("גדולה"), 760},
                         }},
        Product::Variant{QStringLiteral("Extras"),
                         false,
                         {{QStringLiteral("extra cheese"), QStringLiteral("תוספת גבינה"), 600}}},
    };
    p.available = true;
    return p;
}

QJsonObject fixture() {
    return JsonFixture::load(QStringLiteral("product.json"));
}

} // namespace

class TestProduct : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesContractFixture() {
        verifyFixture(QStringLiteral("product.json"), margherita(), productFromJson);
    }

    void roundTrip_data() {
        QTest::addColumn<Product>("product");
        QTest::newRow("margherita") << margherita();

        Product bare;
        bare.id = QStringLiteral("prd_water");
        bare.name = QStringLiteral("מים מינרליים");
        bare.price = 0;
        bare.currency = QStringLiteral("ILS");
        bare.available = false;
        QTest::newRow("free, unavailable, no variants") << bare;

        Product emoji = margherita();
        emoji.name = QStringLiteral("Family feast \U0001F468\u200D\U0001F469\u200D\U0001F467"
                                    "\u200D\U0001F466");
        emoji.nameHe = QStringLiteral("ארוחה משפחתית 🍕👍🏽");
        emoji.price = 1999;
        emoji.currency = QStringLiteral("USD");
        emoji.variants[0].options[2].labelHe = QString();
        QTest::newRow("ZWJ emoji in names, cents") << emoji;

        Product large = margherita();
        large.price = 99999999999;
        large.variants[1].options[0].priceDelta = -99999999999;
        QTest::newRow("a billion, both signs") << large;
    }
    void roundTrip() {
        QFETCH(Product, product);
        verifyRoundTrip(product, productFromJson);
    }

    void priceRoundsToMinorUnits_data() {
        QTest::addColumn<QJsonValue>("price");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<double>("written");
        QTest::newRow("19.99") << QJsonValue(19.99) << qint64(1999) << 19.99;
        QTest::newRow("whole number") << QJsonValue(42) << qint64(4200) << 42.0;
        QTest::newRow("one decimal") << QJsonValue(42.5) << qint64(4250) << 42.5;
        QTest::newRow("0.1 + 0.2") << QJsonValue(0.1 + 0.2) << qint64(30) << 0.3;
        QTest::newRow("1.005 rounds up") << QJsonValue(1.005) << qint64(101) << 1.01;
        QTest::newRow("2.675 rounds up") << QJsonValue(2.675) << qint64(268) << 2.68;
        QTest::newRow("2.674 rounds down") << QJsonValue(2.674) << qint64(267) << 2.67;
        QTest::newRow("a thousandth") << QJsonValue(0.001) << qint64(0) << 0.0;
        QTest::newRow("zero") << QJsonValue(0) << qint64(0) << 0.0;
    }
    void priceRoundsToMinorUnits() {
        QFETCH(QJsonValue, price);
        QFETCH(qint64, minor);
        QFETCH(double, written);
        const Result<Product> parsed =
            productFromJson(JsonFixture::with(fixture(), QStringLiteral("price"), price));
        QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
        QCOMPARE(parsed->price, minor);
        QCOMPARE(toJson(*parsed).value(QLatin1String("price")).toDouble(), written);
    }

    void negativePriceDeltaIsAllowed() {
        const Result<Product> parsed = productFromJson(fixture());
        QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
        QCOMPARE(parsed->variants.at(0).options.at(0).priceDelta, qint64(-1250));
    }

    void absentOptionalFieldsTakeDefaults() {
        const QJsonObject minimal{
            {QStringLiteral("id"), QStringLiteral("p")},
            {QStringLiteral("name"), QStringLiteral("פלאפל")},
            {QStringLiteral("price"), 18},
            {QStringLiteral("currency"), QStringLiteral("ILS")},
            {QStringLiteral("allergens"), QStringLiteral("ignored: not in the contract")},
        };
        const Result<Product> parsed = productFromJson(minimal);
        QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
        QVERIFY(parsed->available); // absent means on the menu
        QVERIFY(parsed->aliases.isEmpty());
        QVERIFY(parsed->variants.isEmpty());
        QVERIFY(parsed->nameHe.isEmpty());

        const Result<Product> option = productFromJson(JsonFixture::with(
            fixture(), QStringLiteral("variants/1/options/0/price_delta"), QJsonValue::Undefined));
        QVERIFY2(option.ok(), qPrintable(problemOf(option)));
        QCOMPARE(option->variants.at(1).options.at(0).priceDelta, qint64(0));
        const Result<Product> required = productFromJson(JsonFixture::with(
            fixture(), QStringLiteral("variants/0/required"), QJsonValue::Undefined));
        QVERIFY2(required.ok(), qPrintable(problemOf(required)));
        QVERIFY(!required->variants.at(0).required);
    }

    void rejectsInvalidRecord_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("no id") << QStringLiteral("id") << absent << QStringLiteral("id");
        QTest::newRow("no name") << QStringLiteral("name") << absent << QStringLiteral("name");
        QTest::newRow("empty name")
            << QStringLiteral("name") << QJsonValue(QString()) << QStringLiteral("name");
        QTest::newRow("no price") << QStringLiteral("price") << absent << QStringLiteral("price");
        QTest::newRow("price as text")
            << QStringLiteral("price") << QJsonValue(QStringLiteral("54.90"))
            << QStringLiteral("price");
        QTest::newRow("negative price")
            << QStringLiteral("price") << QJsonValue(-0.01) << QStringLiteral("price");
        QTest::newRow("price beyond range")
            << QStringLiteral("price") << QJsonValue(1e300) << QStringLiteral("price");
        QTest::newRow("no currency")
            << QStringLiteral("currency") << absent << QStringLiteral("currency");
        QTest::newRow("aliases a string")
            << QStringLiteral("aliases") << QJsonValue(QStringLiteral("מרגריטה"))
            << QStringLiteral("aliases");
        QTest::newRow("alias a number")
            << QStringLiteral("aliases/2") << QJsonValue(7) << QStringLiteral("aliases[2]");
        QTest::newRow("variant without name")
            << QStringLiteral("variants/1/name") << absent << QStringLiteral("variants[1].name");
        QTest::newRow("required as text")
            << QStringLiteral("variants/0/required") << QJsonValue(QStringLiteral("yes"))
            << QStringLiteral("variants[0].required");
        QTest::newRow("option without label")
            << QStringLiteral("variants/0/options/2/label") << absent
            << QStringLiteral("variants[0].options[2].label");
        QTest::newRow("price delta as text")
            << QStringLiteral("variants/0/options/1/price_delta") << QJsonValue(QStringLiteral("0"))
            << QStringLiteral("variants[0].options[1].price_delta");
        QTest::newRow("available as number")
            << QStringLiteral("available") << QJsonValue(1) << QStringLiteral("available");
    }
    void rejectsInvalidRecord() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyRejected(JsonFixture::with(fixture(), path, value), productFromJson, field);
    }
};

QTEST_GUILESS_MAIN(TestProduct)
#include "tst_product.moc"
