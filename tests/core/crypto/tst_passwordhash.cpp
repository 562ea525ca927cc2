// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/passwordhash.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Switchboard;

//! scrypt against RFC 7914, and the stored password hash format around it.
class TestPasswordHash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc7914_data();
    void rfc7914();
    void invalidScryptParameters_data();
    void invalidScryptParameters();
    void hashAndVerify_data();
    void hashAndVerify();
    void format();
    void hashesDiffer();
    void normalisedHebrew();
    void malformed_data();
    void malformed();
    void needsRehash();
    void defaultCost();

private:
    // Cheap enough to keep the suite fast; the format and code path are the same.
    const PasswordHash m_hasher{PasswordHash::Cost{10, 8, 1}};
};

void TestPasswordHash::rfc7914_data() {
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("N");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expected");

    // RFC 7914, section 12.
    QTest::newRow("empty, N=16 r=1 p=1")
        << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
        << QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                      "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("password/NaCl, N=1024 r=8 p=16")
        << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << quint32(8)
        << quint32(16)
        << QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                      "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("pleaseletmein/SodiumChloride, N=16384 r=8 p=1")
        << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << quint64(16384)
        << quint32(8) << quint32(1)
        << QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                      "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

void TestPasswordHash::rfc7914() {
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, N);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expected);

    const auto derived = PasswordHash::scrypt(password, salt, N, r, p, 64);
    QVERIFY2(derived.ok(), derived.ok() ? "" : qPrintable(derived.error().message));
    QCOMPARE(derived->toHex(), expected);
}

void TestPasswordHash::invalidScryptParameters_data() {
    QTest::addColumn<quint64>("N");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("N not a power of two")
        << quint64(1000) << quint32(8) << quint32(1) << qsizetype(32);
    QTest::newRow("N = 1") << quint64(1) << quint32(8) << quint32(1) << qsizetype(32);
    QTest::newRow("N = 0") << quint64(0) << quint32(8) << quint32(1) << qsizetype(32);
    QTest::newRow("r = 0") << quint64(16) << quint32(0) << quint32(1) << qsizetype(32);
    QTest::newRow("p = 0") << quint64(16) << quint32(8) << quint32(0) << qsizetype(32);
    QTest::newRow("length 0") << quint64(16) << quint32(8) << quint32(1) << qsizetype(0);
    QTest::newRow("2 GiB of memory")
        << (quint64(1) << 21) << quint32(8) << quint32(1) << qsizetype(32);
}

void TestPasswordHash::invalidScryptParameters() {
    QFETCH(quint64, N);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(qsizetype, length);

    const auto derived =
        PasswordHash::scrypt(QByteArray("pw"), QByteArray("salt"), N, r, p, length);
    QVERIFY(!derived.ok());
    QCOMPARE(derived.error().code, QStringLiteral("invalid_scrypt_parameters"));
}

void TestPasswordHash::hashAndVerify_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("wrong");

    QTest::newRow("ASCII") << QStringLiteral("correct horse battery staple")
                           << QStringLiteral("correct horse battery stapl");
    QTest::newRow("case") << QStringLiteral("Secret1") << QStringLiteral("secret1");
    QTest::newRow("Hebrew") << QStringLiteral(u"סיסמה סודית מאוד")
                            << QStringLiteral(u"סיסמה סודית");
    QTest::newRow("emoji") << QStringLiteral(u"🍕pizza🍕") << QStringLiteral(u"🍕pizza");
    QTest::newRow("empty") << QString() << QStringLiteral(" ");
}

void TestPasswordHash::hashAndVerify() {
    QFETCH(QString, password);
    QFETCH(QString, wrong);

    const auto encoded = m_hasher.hash(password);
    QVERIFY(encoded.ok());
    const auto right = m_hasher.verify(password, *encoded);
    QVERIFY(right.ok());
    QVERIFY(right.value());
    const auto refused = m_hasher.verify(wrong, *encoded);
    QVERIFY(refused.ok());
    QVERIFY(!refused.value());
}

void TestPasswordHash::format() {
    const auto encoded = m_hasher.hash(QStringLiteral("pw"));
    QVERIFY(encoded.ok());
    const QStringList fields = encoded->split(QLatin1Char('$'));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields[1], QStringLiteral("scrypt"));
    QCOMPARE(fields[2], QStringLiteral("ln=10,r=8,p=1"));
    QCOMPARE(QByteArray::fromBase64(fields[3].toLatin1()).size(), PasswordHash::SaltSize);
    QCOMPARE(QByteArray::fromBase64(fields[4].toLatin1()).size(), PasswordHash::HashSize);
    QVERIFY(!fields[3].contains(QLatin1Char('=')) && !fields[4].contains(QLatin1Char('=')));

    // The stored hash is plain scrypt of the UTF-8 password with the stored salt.
    const auto expected = PasswordHash::scrypt(
        QByteArray("pw"), QByteArray::fromBase64(fields[3].toLatin1()), 1024, 8, 1, 32);
    QCOMPARE(QByteArray::fromBase64(fields[4].toLatin1()), expected.value());

    // A hash written by another scrypt implementation in the same format verifies too.
    const QString foreign =
        QStringLiteral("$scrypt$ln=4,r=1,p=1$") +
        QString::fromLatin1(QByteArray("SodiumChloride").toBase64(QByteArray::OmitTrailingEquals)) +
        QLatin1Char('$') +
        QString::fromLatin1(PasswordHash::scrypt(QByteArray("pleaseletmein"),
                                                 QByteArray("SodiumChloride"), 16, 1, 1, 32)
                                ->toBase64(QByteArray::OmitTrailingEquals));
    QCOMPARE(m_hasher.verify(QStringLiteral("pleaseletmein"), foreign).value(), true);
}

void TestPasswordHash::hashesDiffer() {
    const auto first = m_hasher.hash(QStringLiteral("same password"));
    const auto second = m_hasher.hash(QStringLiteral("same password"));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first.value() != second.value());
    QVERIFY(m_hasher.verify(QStringLiteral("same password"), *first).value());
    QVERIFY(m_hasher.verify(QStringLiteral("same password"), *second).value());
}

void TestPasswordHash::normalisedHebrew() {
    // Shin with shin dot and qamats, typed in two orders: canonically the same text (NFC).
    const QString typedOnce = QStringLiteral(u"\u05e9\u05c1\u05b8\u05dc\u05d5\u05b9\u05dd");
    const QString typedAgain = QStringLiteral(u"\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd");
    QVERIFY(typedOnce != typedAgain);
    const auto encoded = m_hasher.hash(typedOnce);
    QVERIFY(encoded.ok());
    QVERIFY(m_hasher.verify(typedAgain, *encoded).value());
    QVERIFY(!m_hasher.verify(QStringLiteral(u"\u05e9\u05dc\u05d5\u05dd"), *encoded).value());
}

void TestPasswordHash::malformed_data() {
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QString>("code");

    const QString salt = QStringLiteral("c2FsdHNhbHRzYWx0c2FsdA");
    const QString hash = QStringLiteral("aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g");
    const QString bad = QStringLiteral("malformed_password_hash");
    const QString unsupported = QStringLiteral("unsupported_password_hash");
    const auto with = [&](const QString &cost, const QString &s, const QString &h) {
        return QString(QStringLiteral("$scrypt$") + cost + QLatin1Char('$') + s + QLatin1Char('$') +
                       h);
    };
    const QString cost = QStringLiteral("ln=10,r=8,p=1");

    QTest::newRow("empty") << QString() << bad;
    QTest::newRow("plain text") << QStringLiteral("hunter2") << bad;
    QTest::newRow("argon2") << QStringLiteral("$argon2id$v=19$m=65536,t=3,p=4$") + salt +
                                   QLatin1Char('$') + hash
                            << unsupported;
    QTest::newRow("missing hash") << QStringLiteral("$scrypt$") + cost + QLatin1Char('$') + salt
                                  << bad;
    QTest::newRow("extra field") << with(cost, salt, hash) + QStringLiteral("$x") << bad;
    QTest::newRow("no leading $") << with(cost, salt, hash).mid(1) << bad;
    QTest::newRow("cost order") << with(QStringLiteral("r=8,ln=10,p=1"), salt, hash) << bad;
    QTest::newRow("cost not numbers") << with(QStringLiteral("ln=x,r=8,p=1"), salt, hash) << bad;
    QTest::newRow("negative r") << with(QStringLiteral("ln=10,r=-8,p=1"), salt, hash) << bad;
    QTest::newRow("ln=0") << with(QStringLiteral("ln=0,r=8,p=1"), salt, hash) << unsupported;
    QTest::newRow("r=0") << with(QStringLiteral("ln=10,r=0,p=1"), salt, hash) << unsupported;
    QTest::newRow("ln=31") << with(QStringLiteral("ln=31,r=8,p=1"), salt, hash) << unsupported;
    QTest::newRow("1 GiB") << with(QStringLiteral("ln=20,r=8,p=1"), salt, hash) << unsupported;
    QTest::newRow("p=64") << with(QStringLiteral("ln=10,r=8,p=64"), salt, hash) << unsupported;
    QTest::newRow("salt not base64") << with(cost, QStringLiteral("s@lt!"), hash) << bad;
    QTest::newRow("padded salt") << with(cost, salt + QStringLiteral("=="), hash) << bad;
    QTest::newRow("empty salt") << with(cost, QString(), hash) << bad;
    QTest::newRow("short salt") << with(cost, QStringLiteral("c2FsdA"), hash) << bad;
    QTest::newRow("short hash") << with(cost, salt, QStringLiteral("aGFzaA")) << bad;
}

void TestPasswordHash::malformed() {
    QFETCH(QString, encoded);
    QFETCH(QString, code);

    const auto verified = m_hasher.verify(QStringLiteral("password"), encoded);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, code);
    QVERIFY(m_hasher.needsRehash(encoded));
}

void TestPasswordHash::needsRehash() {
    const auto current = m_hasher.hash(QStringLiteral("pw"));
    QVERIFY(current.ok());
    QVERIFY(!m_hasher.needsRehash(*current));

    const PasswordHash stronger(PasswordHash::Cost{11, 8, 1});
    QVERIFY(stronger.needsRehash(*current));
    QVERIFY(stronger.verify(QStringLiteral("pw"), *current).value()); // old hashes still verify

    QVERIFY(PasswordHash(PasswordHash::Cost{10, 9, 1}).needsRehash(*current));
    QVERIFY(PasswordHash(PasswordHash::Cost{10, 8, 2}).needsRehash(*current));
    QVERIFY(!PasswordHash(PasswordHash::Cost{9, 8, 1}).needsRehash(*current));
}

void TestPasswordHash::defaultCost() {
    const PasswordHash hasher;
    QCOMPARE(hasher.cost(), (PasswordHash::Cost{14, 8, 1}));
    QElapsedTimer timer;
    timer.start();
    const auto encoded = hasher.hash(QStringLiteral(u"סיסמה"));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(encoded.ok());
    QVERIFY(encoded->startsWith(QLatin1String("$scrypt$ln=14,r=8,p=1$")));
    QVERIFY(hasher.verify(QStringLiteral(u"סיסמה"), *encoded).value());
    qInfo("default cost: one hash took %lld ms", elapsed);
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
