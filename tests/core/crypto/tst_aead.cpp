// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/aead.h"

#include <QTest>

using namespace Switchboard;

//! AES-256-GCM against the published vectors and against every kind of tampering.
class TestAead : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();
    void tampering_data();
    void tampering();
    void badSizes_data();
    void badSizes();
    void largeRoundTrip();
};

namespace {

const QByteArray Key = QByteArray::fromHex("feffe9928665731c6d6a8f9467308308"
                                           "feffe9928665731c6d6a8f9467308308");
const QByteArray Nonce = QByteArray::fromHex("cafebabefacedbaddecaf888");

} // namespace

void TestAead::knownAnswers_data() {
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    // McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", appendix B, AES-256.
    const QByteArray zeroKey(32, '\0');
    const QByteArray zeroNonce(12, '\0');
    QTest::newRow("test case 13: empty")
        << zeroKey << zeroNonce << QByteArray() << QByteArray() << QByteArray()
        << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("test case 14: one zero block")
        << zeroKey << zeroNonce << QByteArray(16, '\0') << QByteArray()
        << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18")
        << QByteArray::fromHex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("test case 15: four blocks")
        << Key << Nonce
        << QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255")
        << QByteArray()
        << QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad")
        << QByteArray::fromHex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("test case 16: partial block and AAD")
        << Key << Nonce
        << QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
        << QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
        << QByteArray::fromHex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestAead::knownAnswers() {
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    const auto sealed = Aead::encrypt(key, nonce, plaintext, aad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->ciphertext.toHex(), ciphertext.toHex());
    QCOMPARE(sealed->tag.toHex(), tag.toHex());

    const auto opened = Aead::decrypt(key, nonce, ciphertext, tag, aad);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), plaintext);
}

void TestAead::tampering_data() {
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("byte");

    for (const char *part : {"tag", "ciphertext", "aad", "nonce", "key"}) {
        for (const int byte : {0, 7, -1})
            QTest::addRow("%s byte %d", part, byte) << QString::fromLatin1(part) << byte;
    }
    QTest::newRow("aad dropped") << QStringLiteral("aad dropped") << 0;
    QTest::newRow("ciphertext shortened") << QStringLiteral("ciphertext shortened") << 0;
}

void TestAead::tampering() {
    QFETCH(QString, part);
    QFETCH(int, byte);

    QByteArray key = Key;
    QByteArray nonce = Nonce;
    QByteArray aad("tenant 42");
    const QByteArray plaintext("EAAG… a tenant's access token");
    const auto sealed = Aead::encrypt(key, nonce, plaintext, aad);
    QVERIFY(sealed.ok());
    QByteArray ciphertext = sealed->ciphertext;
    QByteArray tag = sealed->tag;

    const auto flip = [byte](QByteArray &bytes) {
        const qsizetype at = byte < 0 ? bytes.size() + byte : byte;
        bytes[at] = char(bytes[at] ^ 0x01);
    };
    if (part == QLatin1String("tag"))
        flip(tag);
    else if (part == QLatin1String("ciphertext"))
        flip(ciphertext);
    else if (part == QLatin1String("aad"))
        flip(aad);
    else if (part == QLatin1String("nonce"))
        flip(nonce);
    else if (part == QLatin1String("key"))
        flip(key);
    else if (part == QLatin1String("aad dropped"))
        aad.clear();
    else if (part == QLatin1String("ciphertext shortened"))
        ciphertext.chop(1);

    const auto opened = Aead::decrypt(key, nonce, ciphertext, tag, aad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("authentication_failed"));
    QVERIFY(!opened.error().message.isEmpty());
}

void TestAead::badSizes_data() {
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty key") << QByteArray() << Nonce << QByteArray(16, 't')
                               << QStringLiteral("invalid_key_length");
    QTest::newRow("AES-128 key") << QByteArray(16, 'k') << Nonce << QByteArray(16, 't')
                                 << QStringLiteral("invalid_key_length");
    QTest::newRow("33-byte key") << QByteArray(33, 'k') << Nonce << QByteArray(16, 't')
                                 << QStringLiteral("invalid_key_length");
    QTest::newRow("8-byte nonce") << Key << QByteArray(8, 'n') << QByteArray(16, 't')
                                  << QStringLiteral("invalid_nonce_length");
    QTest::newRow("16-byte nonce") << Key << QByteArray(16, 'n') << QByteArray(16, 't')
                                   << QStringLiteral("invalid_nonce_length");
    QTest::newRow("short tag") << Key << Nonce << QByteArray(12, 't')
                               << QStringLiteral("invalid_tag_length");
    QTest::newRow("empty tag") << Key << Nonce << QByteArray()
                               << QStringLiteral("invalid_tag_length");
}

void TestAead::badSizes() {
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, tag);
    QFETCH(QString, code);

    const auto opened = Aead::decrypt(key, nonce, QByteArray("x"), tag);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, code);

    if (code != QLatin1String("invalid_tag_length")) {
        const auto sealed = Aead::encrypt(key, nonce, QByteArray("x"));
        QVERIFY(!sealed.ok());
        QCOMPARE(sealed.error().code, code);
    }
}

void TestAead::largeRoundTrip() {
    QByteArray plaintext(3 * 1024 * 1024 + 5, Qt::Uninitialized);
    for (qsizetype i = 0; i < plaintext.size(); ++i)
        plaintext[i] = char(i * 31 + 7);
    const auto sealed = Aead::encrypt(Key, Nonce, plaintext, QByteArray("aad"));
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->ciphertext.size(), plaintext.size());
    QVERIFY(sealed->ciphertext != plaintext);
    const auto opened =
        Aead::decrypt(Key, Nonce, sealed->ciphertext, sealed->tag, QByteArray("aad"));
    QVERIFY(opened.ok());
    QVERIFY(opened.value() == plaintext);
}

QTEST_GUILESS_MAIN(TestAead)
#include "tst_aead.moc"
