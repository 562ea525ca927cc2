// SPDX-License-Identifier: GPL-3.0-or-later
// The menu's spreadsheet format alone: RFC 4180 quoting (commas, quotes and line breaks in
// cells), Hebrew, the variants column syntax both ways, a byte order mark, and errors that name
// the row and the column.
#include "app/relay/menu/productcsv.h"

#include <QJsonArray>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

class TestProductCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip() {
        const QJsonObject product{
            {u"id"_s, u"pr_1"_s},
            {u"sku"_s, u"P1"_s},
            {u"name"_s, u"Pizza \"Napoli\", large"_s},
            {u"name_he"_s, u"פיצה נפוליטנה"_s},
            {u"category"_s, u"Pizza\nspecial"_s},
            {u"price"_s, 42.5},
            {u"currency"_s, u"ILS"_s},
            {u"aliases"_s, QJsonArray{u"napoli"_s, u"נפולי"_s}},
            {u"variants"_s, QJsonArray{QJsonObject{
                                {u"name"_s, u"Size"_s},
                                {u"required"_s, true},
                                {u"options"_s, QJsonArray{QJsonObject{{u"label"_s, u"Small"_s},
                                                                      {u"price_delta"_s, -2}},
                                                          QJsonObject{{u"label"_s, u"Large"_s},
                                                                      {u"label_he"_s, u"גדולה"_s},
                                                                      {u"price_delta"_s, 8.5}}}}}}},
            {u"available"_s, false},
            {u"display_order"_s, 7}};
        const QByteArray csv = ProductCsv::write({product});
        QVERIFY(csv.startsWith("id,sku,name,name_he,category,price,currency,aliases,variants,"
                               "available,display_order\r\n"));
        QVERIFY2(csv.contains("\"Pizza \"\"Napoli\"\", large\""), csv.constData());
        QVERIFY(QString::fromUtf8(csv).contains(u"Size*: Small=-2 | Large/גדולה=+8.50"_s));
        auto read = ProductCsv::read(csv);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read->size(), 1);
        const QJsonObject back = read->first();
        for (const char *key : {"id", "sku", "name", "name_he", "category", "price", "currency",
                                "aliases", "available", "display_order"})
            QCOMPARE(back.value(QLatin1String(key)), product.value(QLatin1String(key)));
        const QJsonArray options =
            back.value(u"variants"_s).toArray().first().toObject().value(u"options"_s).toArray();
        QCOMPARE(options.at(0).toObject().value(u"price_delta"_s).toDouble(), -2.0);
        QCOMPARE(options.at(1).toObject().value(u"label_he"_s).toString(), u"גדולה"_s);
        QCOMPARE(options.at(1).toObject().value(u"price_delta"_s).toDouble(), 8.5);
        QCOMPARE(back.value(u"variants"_s).toArray().first().toObject().value(u"required"_s),
                 QJsonValue(true));
    }

    void variantsSyntax_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("options");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << 0 << 0 << true;
        QTest::newRow("one") << u"Size: Small"_s << 1 << 1 << true;
        QTest::newRow("two groups")
            << u"Size*: S | L=+5; Extras: Olives/זיתים=+3"_s << 2 << 2 << true;
        QTest::newRow("no colon") << u"Size Small"_s << 0 << 0 << false;
        QTest::newRow("bad delta") << u"Size: Small=cheap"_s << 0 << 0 << false;
    }
    void variantsSyntax() {
        QFETCH(QString, text);
        QFETCH(int, groups);
        QFETCH(int, options);
        QFETCH(bool, valid);
        auto parsed = ProductCsv::parseVariants(text);
        QCOMPARE(parsed.ok(), valid);
        if (!valid)
            return;
        QCOMPARE(parsed->size(), groups);
        if (groups > 0)
            QCOMPARE(parsed->first().toObject().value(u"options"_s).toArray().size(), options);
    }

    void spreadsheetQuirks() {
        // A byte order mark, LF line ends, a blank line, columns in another order, no id.
        const QByteArray csv = "\xEF\xBB\xBF"
                               "Name,Price,Currency\n"
                               "קולה,9,ILS\n"
                               "\n"
                               "\"Water, still\",5.5,ILS";
        auto read = ProductCsv::read(csv);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).value(u"name"_s).toString(), u"קולה"_s);
        QCOMPARE(read->at(1).value(u"name"_s).toString(), u"Water, still"_s);
        QCOMPARE(read->at(1).value(u"price"_s).toDouble(), 5.5);
        QVERIFY(!read->at(0).contains(u"id"_s));
    }

    void errorsNameRowAndColumn_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("named");
        QTest::newRow("price") << QByteArray("name,price\nCola,free\n") << u"row 2, price"_s;
        QTest::newRow("available")
            << QByteArray("name,price,available\nA,1,true\nB,1,maybe\n") << u"row 3, available"_s;
        QTest::newRow("variants") << QByteArray("name,price,variants\nA,1,Size Small\n")
                                  << u"row 2, variants"_s;
        QTest::newRow("unknown column") << QByteArray("name,price,colour\n") << u"colour"_s;
        QTest::newRow("no price column") << QByteArray("name\nA\n") << u"price"_s;
        QTest::newRow("too many cells") << QByteArray("name,price\nA,1,2\n") << u"row 2"_s;
        QTest::newRow("nothing") << QByteArray() << u"header"_s;
    }
    void errorsNameRowAndColumn() {
        QFETCH(QByteArray, csv);
        QFETCH(QString, named);
        auto read = ProductCsv::read(csv);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, u"invalid_field"_s);
        QVERIFY2(read.error().message.contains(named), qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestProductCsv)
#include "tst_productcsv.moc"
