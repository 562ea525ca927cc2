// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/secretbox.h"

#include <QTest>

using namespace Switchboard;

//! The sealing envelope: round trips, every corruption gives an error, rotation keeps old data.
class TestSecretBox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void layout();
    void sealsDiffer();
    void everyFlippedBitFails();
    void everyTruncationFails();
    void wrongKey();
    void unknownFormatVersion_data();
    void unknownFormatVersion();
    void unknownKeyId();
    void rotation();
    void aadBindsTenant();
    void textRoundTrip();
    void textRejectsGarbage_data();
    void textRejectsGarbage();
    void keyringRules();

private:
    static SecretBox box(SecretBox::KeyId id = 1, char fill = 'a');
};

namespace {

const QStringList KnownErrors{
    QStringLiteral("truncated_envelope"), QStringLiteral("unknown_format_version"),
    QStringLiteral("unknown_key"), QStringLiteral("authentication_failed")};

} // namespace

SecretBox TestSecretBox::box(SecretBox::KeyId id, char fill) {
    auto made = SecretBox::withKey(id, QByteArray(32, fill));
    if (!made)
        qFatal("cannot build a SecretBox");
    return made.value();
}

void TestSecretBox::roundTrip_data() {
    QTest::addColumn<QByteArray>("plaintext");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("access token") << QByteArray("EAAGm0PX4ZCpsBAKZAZCd0xyz");
    QTest::newRow("Hebrew and emoji") << QStringLiteral(u"שלום עולם, פיצה משפחתית 🍕🎉").toUtf8();
    QTest::newRow("binary zeros") << QByteArray(64, '\0');
    QByteArray big(qsizetype(1) << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) >> 3);
    QTest::newRow("1 MiB") << big;
}

void TestSecretBox::roundTrip() {
    QFETCH(QByteArray, plaintext);

    const SecretBox secrets = box();
    const auto sealed = secrets.seal(plaintext, QByteArray("tenant:7"));
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), plaintext.size() + SecretBox::Overhead);
    const auto opened = secrets.open(*sealed, QByteArray("tenant:7"));
    QVERIFY(opened.ok());
    QVERIFY(opened.value() == plaintext);
}

void TestSecretBox::layout() {
    const SecretBox secrets = box(0x01020304);
    const auto sealed = secrets.seal(QByteArray("abc"));
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->left(6).toHex(), QByteArray("530101020304"));
    const auto id = SecretBox::keyIdOf(*sealed);
    QVERIFY(id.ok());
    QCOMPARE(id.value(), SecretBox::KeyId(0x01020304));
    QVERIFY(!sealed->contains("abc"));
}

void TestSecretBox::sealsDiffer() {
    const SecretBox secrets = box();
    const auto first = secrets.seal(QByteArray("same secret"));
    const auto second = secrets.seal(QByteArray("same secret"));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first.value() != second.value());
    // The difference is the nonce, and with it the whole ciphertext.
    QVERIFY(first->mid(SecretBox::NonceOffset, 12) != second->mid(SecretBox::NonceOffset, 12));
    QVERIFY(first->mid(SecretBox::CiphertextOffset) != second->mid(SecretBox::CiphertextOffset));
}

void TestSecretBox::everyFlippedBitFails() {
    SecretBox secrets = box(1, 'a');
    // The same key again under an id one bit away: a flipped key-id bit then finds a key that
    // decrypts, and only the authenticated header can catch it.
    QVERIFY(secrets.addKey(3, QByteArray(32, 'a')).ok());
    const auto sealed = secrets.seal(QByteArray("short secret"), QByteArray("tenant:1"));
    QVERIFY(sealed.ok());

    for (qsizetype byte = 0; byte < sealed->size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray damaged = sealed.value();
            damaged[byte] = char(damaged[byte] ^ (1 << bit));
            const auto opened = secrets.open(damaged, QByteArray("tenant:1"));
            if (opened.ok())
                QFAIL(qPrintable(QStringLiteral("byte %1 bit %2 opened").arg(byte).arg(bit)));
            QVERIFY2(KnownErrors.contains(opened.error().code), qPrintable(opened.error().code));
            if (byte >= SecretBox::HeaderSize)
                QCOMPARE(opened.error().code, QStringLiteral("authentication_failed"));
        }
    }
}

void TestSecretBox::everyTruncationFails() {
    const SecretBox secrets = box();
    const auto sealed = secrets.seal(QByteArray("a secret of some length"));
    QVERIFY(sealed.ok());
    for (qsizetype length = 0; length < sealed->size(); ++length) {
        const auto opened = secrets.open(sealed->left(length));
        QVERIFY2(!opened.ok(), qPrintable(QString::number(length)));
        const QString expected = length < SecretBox::Overhead
                                     ? QStringLiteral("truncated_envelope")
                                     : QStringLiteral("authentication_failed");
        QCOMPARE(opened.error().code, expected);
    }
}

void TestSecretBox::wrongKey() {
    const auto sealed = box(1, 'a').seal(QByteArray("secret"));
    QVERIFY(sealed.ok());
    const auto opened = box(1, 'z').open(*sealed);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("authentication_failed"));
}

void TestSecretBox::unknownFormatVersion_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("value");

    QTest::newRow("version 0") << 1 << 0;
    QTest::newRow("version 2") << 1 << 2;
    QTest::newRow("version 255") << 1 << 255;
    QTest::newRow("other magic") << 0 << 0x42;
}

void TestSecretBox::unknownFormatVersion() {
    QFETCH(int, index);
    QFETCH(int, value);

    const SecretBox secrets = box();
    auto sealed = secrets.seal(QByteArray("secret"));
    QVERIFY(sealed.ok());
    QByteArray changed = sealed.value();
    changed[index] = char(value);
    const auto opened = secrets.open(changed);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("unknown_format_version"));
    // Short foreign data is reported as foreign too, not as a cut-off envelope.
    QCOMPARE(secrets.open(changed.left(3)).error().code, QStringLiteral("unknown_format_version"));
}

void TestSecretBox::unknownKeyId() {
    const auto sealed = box(7).seal(QByteArray("secret"));
    QVERIFY(sealed.ok());
    const auto opened = box(8).open(*sealed);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("unknown_key"));
    QVERIFY(opened.error().message.contains(QLatin1String("7")));

    SecretBox empty;
    QCOMPARE(empty.open(*sealed).error().code, QStringLiteral("unknown_key"));
    QCOMPARE(empty.seal(QByteArray("x")).error().code, QStringLiteral("no_current_key"));
}

void TestSecretBox::rotation() {
    SecretBox secrets = box(1, 'a');
    const auto old = secrets.seal(QByteArray("sealed under key 1"));
    QVERIFY(old.ok());

    QVERIFY(secrets.addKey(2, QByteArray(32, 'b')).ok());
    QVERIFY(secrets.setCurrentKey(2).ok());
    QCOMPARE(secrets.currentKeyId(), SecretBox::KeyId(2));
    QCOMPARE(secrets.keyIds(), (QList<SecretBox::KeyId>{1, 2}));

    const auto opened = secrets.open(*old);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), QByteArray("sealed under key 1"));
    QCOMPARE(SecretBox::keyIdOf(*old).value(), SecretBox::KeyId(1));

    const auto fresh = secrets.seal(QByteArray("sealed under key 2"));
    QVERIFY(fresh.ok());
    QCOMPARE(SecretBox::keyIdOf(*fresh).value(), SecretBox::KeyId(2));
    QCOMPARE(secrets.open(*fresh).value(), QByteArray("sealed under key 2"));

    // Once key 1 is retired, what it sealed no longer opens, and says why.
    secrets.removeKey(1);
    QCOMPARE(secrets.open(*old).error().code, QStringLiteral("unknown_key"));
    QVERIFY(secrets.open(*fresh).ok());
}

void TestSecretBox::aadBindsTenant() {
    const SecretBox secrets = box();
    const auto sealed = secrets.seal(QByteArray("token of tenant 1"), QByteArray("tenant:1"));
    QVERIFY(sealed.ok());
    QVERIFY(secrets.open(*sealed, QByteArray("tenant:1")).ok());
    for (const QByteArray &other :
         {QByteArray("tenant:2"), QByteArray(), QByteArray("tenant:10"), QByteArray("tenant:")}) {
        const auto opened = secrets.open(*sealed, other);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("authentication_failed"));
    }
}

void TestSecretBox::textRoundTrip() {
    const SecretBox secrets = box();
    const auto text = secrets.sealToText(QStringLiteral(u"סוד 🔑").toUtf8(), QByteArray("t"));
    QVERIFY(text.ok());
    for (const QChar c : text.value())
        QVERIFY(c.isLetterOrNumber() || c == u'-' || c == u'_');
    const auto opened = secrets.openText(*text, QByteArray("t"));
    QVERIFY(opened.ok());
    QCOMPARE(QString::fromUtf8(opened.value()), QStringLiteral(u"סוד 🔑"));
}

void TestSecretBox::textRejectsGarbage_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("not base64") << QStringLiteral("*** not base64 ***")
                                << QStringLiteral("malformed_envelope_text");
    QTest::newRow("Hebrew") << QStringLiteral(u"שלום") << QStringLiteral("malformed_envelope_text");
    QTest::newRow("empty") << QString() << QStringLiteral("truncated_envelope");
    QTest::newRow("short") << QStringLiteral("UwE") << QStringLiteral("truncated_envelope");
}

void TestSecretBox::textRejectsGarbage() {
    QFETCH(QString, text);
    QFETCH(QString, code);

    const auto opened = box().openText(text);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, code);
}

void TestSecretBox::keyringRules() {
    SecretBox secrets;
    QCOMPARE(secrets.addKey(1, QByteArray(16, 'a')).error().code,
             QStringLiteral("invalid_key_length"));
    QCOMPARE(SecretBox::withKey(1, QByteArray()).error().code,
             QStringLiteral("invalid_key_length"));
    QVERIFY(secrets.addKey(1, QByteArray(32, 'a')).ok());
    QVERIFY(secrets.addKey(1, QByteArray(32, 'a')).ok());
    QCOMPARE(secrets.addKey(1, QByteArray(32, 'b')).error().code, QStringLiteral("key_id_in_use"));
    QVERIFY(!secrets.hasCurrentKey());
    QCOMPARE(secrets.setCurrentKey(9).error().code, QStringLiteral("unknown_key"));
    QVERIFY(secrets.setCurrentKey(1).ok());
    QVERIFY(secrets.hasCurrentKey());
    secrets.removeKey(1);
    QVERIFY(!secrets.hasCurrentKey());
    QCOMPARE(secrets.seal(QByteArray("x")).error().code, QStringLiteral("no_current_key"));
}

QTEST_GUILESS_MAIN(TestSecretBox)
#include "tst_secretbox.moc"
