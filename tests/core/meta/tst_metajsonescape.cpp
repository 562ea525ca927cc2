// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's escaped form of a webhook body: the exact bytes a verifier following Meta's rule
// hashes, and that the sandbox sends.
#include "core/meta/metajsonescape.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Switchboard;

class TestMetaJsonEscape : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapesExactly_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        // Meta's own example (reference §6.2).
        QTest::newRow("äöå") << QByteArray("{\"t\":\"\xc3\xa4\xc3\xb6\xc3\xa5\"}")
                             << QByteArray("{\"t\":\"\\u00e4\\u00f6\\u00e5\"}");
        QTest::newRow("hebrew") << QByteArray("\"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\"")
                                << QByteArray("\"\\u05e9\\u05dc\\u05d5\\u05dd\"");
        QTest::newRow("emoji, surrogate pair")
            << QByteArray("\"\xf0\x9f\x98\x80\"") << QByteArray("\"\\ud83d\\ude00\"");
        QTest::newRow("pizza and euro") << QByteArray("\"\xf0\x9f\x8d\x95 5\xe2\x82\xac\"")
                                        << QByteArray("\"\\ud83c\\udf55 5\\u20ac\"");
        QTest::newRow("highest code point")
            << QByteArray("\"\xf4\x8f\xbf\xbf\"") << QByteArray("\"\\udbff\\udfff\"");
        QTest::newRow("hex digits lower case")
            << QByteArray("\"\xef\xbf\xbd\xc3\x89\"") << QByteArray("\"\\ufffd\\u00c9\"");
        QTest::newRow("ASCII untouched")
            << QByteArray("{\"a\":\"b\\\"c\\\\d\\/e\\u00e4\",\"n\":[1,2.5,true,null]}")
            << QByteArray("{\"a\":\"b\\\"c\\\\d\\/e\\u00e4\",\"n\":[1,2.5,true,null]}");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("truncated sequence at the end")
            << QByteArray("\"a\xd7") << QByteArray("\"a\\ufffd");
        QTest::newRow("lone continuation byte")
            << QByteArray("\"\x80x\"") << QByteArray("\"\\ufffdx\"");
        QTest::newRow("overlong slash")
            << QByteArray("\"\xc0\xaf\"") << QByteArray("\"\\ufffd\\ufffd\"");
        QTest::newRow("encoded surrogate")
            << QByteArray("\"\xed\xa0\x80\"") << QByteArray("\"\\ufffd\\ufffd\\ufffd\"");
        QTest::newRow("above U+10FFFF")
            << QByteArray("\"\xf4\x90\x80\x80\"") << QByteArray("\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
        QTest::newRow("lead byte then ASCII")
            << QByteArray("\"\xe2\x82z\"") << QByteArray("\"\\ufffd\\ufffdz\"");
    }
    void escapesExactly() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(escapeNonAscii(input), expected);
    }

    void resultIsAsciiJsonWithTheSameMeaning() {
        const QJsonObject original{
            {QStringLiteral("text"), QString::fromUtf8("\xd7\xa4\xd7\x99\xd7\xa6\xd7\x94 "
                                                       "\xf0\x9f\x8d\x95 J'ai mang\xc3\xa9")}};
        const QByteArray raw = QJsonDocument(original).toJson(QJsonDocument::Compact);
        const QByteArray escaped = escapeNonAscii(raw);
        QVERIFY(escaped != raw);
        for (const char c : escaped)
            QVERIFY2(uchar(c) < 0x80, escaped.constData());
        QCOMPARE(QJsonDocument::fromJson(escaped).object(), original);
    }
};

QTEST_APPLESS_MAIN(TestMetaJsonEscape)
#include "tst_metajsonescape.moc"
