// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/hmac.h"

#include <QTest>

using namespace Switchboard;

//! HMAC-SHA256 against RFC 4231, and Meta's webhook signature header.
class TestHmac : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc4231_data();
    void rfc4231();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void hubSignature_data();
    void hubSignature();
};

void TestHmac::rfc4231_data() {
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected"); // hex; test case 5 is truncated to 128 bits

    const QByteArray largeKey(131, char(0xaa));
    QTest::newRow("test case 1") << QByteArray(20, char(0x0b)) << QByteArray("Hi There")
                                 << QByteArray("b0344c61d8db38535ca8afceaf0bf12b"
                                               "881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("test case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                 << QByteArray("5bdcc146bf60754e6a042426089575c7"
                                               "5a003f089d2739839dec58b964ec3843");
    QTest::newRow("test case 3") << QByteArray(20, char(0xaa)) << QByteArray(50, char(0xdd))
                                 << QByteArray("773ea91e36800e46854db8ebd09181a7"
                                               "2959098b3ef8c122d9635514ced565fe");
    QTest::newRow("test case 4")
        << QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819")
        << QByteArray(50, char(0xcd))
        << QByteArray("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("test case 5 (truncated)")
        << QByteArray(20, char(0x0c)) << QByteArray("Test With Truncation")
        << QByteArray("a3b6167473100ee06e0c796c2955552b");
    QTest::newRow("test case 6") << largeKey
                                 << QByteArray("Test Using Larger Than Block-Size Key - Hash Key "
                                               "First")
                                 << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f"
                                               "8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("test case 7")
        << largeKey
        << QByteArray("This is a test using a larger than block-size key and a larger than "
                      "block-size data. The key needs to be hashed before being used by the HMAC "
                      "algorithm.")
        << QByteArray("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

void TestHmac::rfc4231() {
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);

    const auto mac = Hmac::hmacSha256(key, data);
    QVERIFY(mac.ok());
    QCOMPARE(mac->size(), Hmac::Sha256Size);
    QCOMPARE(mac->toHex().left(expected.size()), expected);
}

void TestHmac::constantTimeEquals_data() {
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("same") << QByteArray("signature") << QByteArray("signature") << true;
    QTest::newRow("same binary") << QByteArray(32, '\0') << QByteArray(32, '\0') << true;
    QTest::newRow("first byte differs")
        << QByteArray("xignature") << QByteArray("signature") << false;
    QTest::newRow("last byte differs")
        << QByteArray("signaturf") << QByteArray("signature") << false;
    QTest::newRow("prefix") << QByteArray("sign") << QByteArray("signature") << false;
    QTest::newRow("one empty") << QByteArray() << QByteArray("x") << false;
    QTest::newRow("trailing zero") << QByteArray("abc", 3) << QByteArray("abc\0", 4) << false;
}

void TestHmac::constantTimeEquals() {
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    QCOMPARE(Hmac::constantTimeEquals(a, b), equal);
    QCOMPARE(Hmac::constantTimeEquals(b, a), equal);
}

void TestHmac::hubSignature_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("accepted");

    const QByteArray secret("app-secret-0123456789");
    const QByteArray body(R"({"object":"whatsapp_business_account","entry":[]})");
    const QByteArray hex = Hmac::hmacSha256(secret, body).value().toHex();
    const QByteArray header = "sha256=" + hex;

    QTest::newRow("valid") << header << body << secret << true;
    QTest::newRow("uppercase hex")
        << QByteArray("sha256=" + hex.toUpper()) << body << secret << true;
    QTest::newRow("surrounding spaces") << QByteArray(" " + header + " ") << body << secret << true;
    QTest::newRow("empty header") << QByteArray() << body << secret << false;
    QTest::newRow("missing prefix") << hex << body << secret << false;
    QTest::newRow("sha1 prefix") << QByteArray("sha1=" + hex) << body << secret << false;
    QTest::newRow("uppercase prefix") << QByteArray("SHA256=" + hex) << body << secret << false;
    QTest::newRow("too short") << header.chopped(2) << body << secret << false;
    QTest::newRow("too long") << QByteArray(header + "00") << body << secret << false;
    QByteArray nonHex = header;
    nonHex[10] = 'g';
    QTest::newRow("non-hex digit") << nonHex << body << secret << false;
    QByteArray flipped = header;
    flipped[header.size() - 1] = header.endsWith('0') ? '1' : '0';
    QTest::newRow("wrong digest") << flipped << body << secret << false;
    QTest::newRow("body changed") << header << QByteArray(body + " ") << secret << false;
    QTest::newRow("other secret") << header << body << QByteArray("another-secret") << false;
    QTest::newRow("empty secret") << QByteArray("sha256=" + Hmac::hmacSha256({}, body)->toHex())
                                  << body << QByteArray() << false;
}

void TestHmac::hubSignature() {
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(bool, accepted);

    QCOMPARE(Hmac::verifyHubSignature(header, body, secret), accepted);
}

QTEST_GUILESS_MAIN(TestHmac)
#include "tst_hmac.moc"
