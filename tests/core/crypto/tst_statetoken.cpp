// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/inmemoryreplayguard.h"
#include "core/crypto/statetoken.h"
#include "core/crypto/statetokenissuer.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Switchboard;

//! Signup state tokens: signed, expiring, single use, and clear about why one is refused.
class TestStateToken : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void expiry_data();
    void expiry();
    void customLifetime();
    void replay();
    void replayGuardPrunes();
    void sharedReplayGuard();
    void tamperedPayload();
    void tamperedSignature_data();
    void tamperedSignature();
    void otherIssuerKey();
    void malformed_data();
    void malformed();
    void documentedFormat();
    void signedButMalformedClaims_data();
    void signedButMalformedClaims();
    void shortKey();

private:
    StateTokenIssuer issuer(const QByteArray &key = QByteArray(32, 'k'));
    QString issue(StateTokenIssuer &tokens);

    QDateTime m_now;
};

namespace {

const QJsonObject Payload{{QStringLiteral("tenant_id"), QStringLiteral("t-42")},
                          {QStringLiteral("user_id"), 7},
                          {QStringLiteral("name"), QStringLiteral(u"פיצה של יוסי")}};

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray claimsOf(const QString &token) {
    return QByteArray::fromBase64(token.section(QLatin1Char('.'), 0, 0).toLatin1(),
                                  QByteArray::Base64UrlEncoding);
}

QString signClaims(const QByteArray &json, const QByteArray &key) {
    // Re-implemented here on purpose: the test must not trust the code it checks for the format.
    const QByteArray body = json.toBase64(Base64Url);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256);
    return QString::fromLatin1(body + '.' + signature.toBase64(Base64Url));
}

} // namespace

StateTokenIssuer TestStateToken::issuer(const QByteArray &key) {
    return StateTokenIssuer(key, [this] { return m_now; });
}

QString TestStateToken::issue(StateTokenIssuer &tokens) {
    const auto token = tokens.issue(Payload);
    if (!token)
        qFatal("issue failed: %s", qPrintable(token.error().message));
    return token.value();
}

void TestStateToken::init() {
    m_now = QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC);
}

void TestStateToken::roundTrip() {
    StateTokenIssuer tokens = issuer();
    const QString token = issue(tokens);
    for (const QChar c : token)
        QVERIFY2(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.', qPrintable(token));

    const auto verified = tokens.verify(token);
    QVERIFY(verified.ok());
    QCOMPARE(verified.value(), Payload);

    const auto parsed = StateToken::parseSigned(token, QByteArray(32, 'k'));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->issuedAt, m_now);
    QCOMPARE(parsed->expiresAt, m_now.addSecs(600));
    QCOMPARE(parsed->nonce.size(), StateToken::NonceSize);

    // Two tokens for the same payload differ: each has its own nonce.
    QVERIFY(issue(tokens) != issue(tokens));
}

void TestStateToken::expiry_data() {
    QTest::addColumn<int>("elapsedSeconds");
    QTest::addColumn<QString>("code"); // empty: accepted

    QTest::newRow("at once") << 0 << QString();
    QTest::newRow("9:59") << 599 << QString();
    QTest::newRow("10:00") << 600 << QStringLiteral("expired_state");
    QTest::newRow("10:01") << 601 << QStringLiteral("expired_state");
    QTest::newRow("a day later") << 86400 << QStringLiteral("expired_state");
}

void TestStateToken::expiry() {
    QFETCH(int, elapsedSeconds);
    QFETCH(QString, code);

    StateTokenIssuer tokens = issuer();
    const QString token = issue(tokens);
    m_now = m_now.addSecs(elapsedSeconds);
    const auto verified = tokens.verify(token);
    if (code.isEmpty()) {
        QVERIFY(verified.ok());
        QCOMPARE(verified.value(), Payload);
    } else {
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, code);
    }
}

void TestStateToken::customLifetime() {
    StateTokenIssuer tokens = issuer();
    QCOMPARE(tokens.lifetime(), std::chrono::milliseconds(std::chrono::minutes(10)));
    tokens.setLifetime(std::chrono::seconds(30));
    const QString token = issue(tokens);
    m_now = m_now.addSecs(31);
    QCOMPARE(tokens.verify(token).error().code, QStringLiteral("expired_state"));
}

void TestStateToken::replay() {
    StateTokenIssuer tokens = issuer();
    const QString token = issue(tokens);
    QVERIFY(tokens.verify(token).ok());
    m_now = m_now.addSecs(5);
    const auto again = tokens.verify(token);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("replayed_state"));
    // Another token of the same issuer is unaffected.
    QVERIFY(tokens.verify(issue(tokens)).ok());
}

void TestStateToken::replayGuardPrunes() {
    InMemoryReplayGuard guard([this] { return m_now; });
    QVERIFY(guard.consume(QByteArray("a"), m_now.addSecs(60)));
    QVERIFY(guard.consume(QByteArray("b"), m_now.addSecs(120)));
    QVERIFY(!guard.consume(QByteArray("a"), m_now.addSecs(60)));
    QCOMPARE(guard.size(), 2);
    m_now = m_now.addSecs(60);
    QCOMPARE(guard.size(), 1); // "a" has expired and is forgotten
    m_now = m_now.addSecs(60);
    QCOMPARE(guard.size(), 0);
}

void TestStateToken::sharedReplayGuard() {
    // Two relay instances with one key and one shared guard: a token spent on one is spent.
    const auto guard = std::make_shared<InMemoryReplayGuard>([this] { return m_now; });
    const auto clock = [this] { return m_now; };
    StateTokenIssuer first(QByteArray(32, 'k'), clock, guard);
    StateTokenIssuer second(QByteArray(32, 'k'), clock, guard);
    const QString token = issue(first);
    QVERIFY(second.verify(token).ok());
    QCOMPARE(first.verify(token).error().code, QStringLiteral("replayed_state"));
}

void TestStateToken::tamperedPayload() {
    StateTokenIssuer tokens = issuer();
    const QString token = issue(tokens);
    QJsonObject claims = QJsonDocument::fromJson(claimsOf(token)).object();
    QJsonObject data = claims.value(QLatin1String("data")).toObject();
    data.insert(QStringLiteral("tenant_id"), QStringLiteral("t-43"));
    claims.insert(QStringLiteral("data"), data);
    const QByteArray body =
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    const QString forged = QString::fromLatin1(body) + token.mid(token.indexOf(QLatin1Char('.')));

    const auto verified = tokens.verify(forged);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, QStringLiteral("bad_state_signature"));
    // The genuine token was not spent by the forgery.
    QVERIFY(tokens.verify(token).ok());
}

void TestStateToken::tamperedSignature_data() {
    QTest::addColumn<int>("byte");
    QTest::newRow("first") << 0;
    QTest::newRow("middle") << 16;
    QTest::newRow("last") << 31;
}

void TestStateToken::tamperedSignature() {
    QFETCH(int, byte);

    StateTokenIssuer tokens = issuer();
    const QString token = issue(tokens);
    const qsizetype dot = token.indexOf(QLatin1Char('.'));
    QByteArray signature =
        QByteArray::fromBase64(token.mid(dot + 1).toLatin1(), QByteArray::Base64UrlEncoding);
    QCOMPARE(signature.size(), 32);
    signature[byte] = char(signature[byte] ^ 0x20);
    const QString forged = token.left(dot + 1) + QString::fromLatin1(signature.toBase64(Base64Url));

    const auto verified = tokens.verify(forged);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, QStringLiteral("bad_state_signature"));

    const QString truncated =
        token.left(dot + 1) + QString::fromLatin1(signature.left(byte + 1).toBase64(Base64Url));
    QCOMPARE(tokens.verify(truncated).error().code, QStringLiteral("bad_state_signature"));
}

void TestStateToken::otherIssuerKey() {
    StateTokenIssuer ours = issuer(QByteArray(32, 'k'));
    StateTokenIssuer theirs = issuer(QByteArray(32, 'K'));
    const auto verified = ours.verify(issue(theirs));
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, QStringLiteral("bad_state_signature"));
}

void TestStateToken::malformed_data() {
    QTest::addColumn<QString>("token");

    QTest::newRow("empty") << QString();
    QTest::newRow("no dot") << QStringLiteral("abcdef");
    QTest::newRow("only dot") << QStringLiteral(".");
    QTest::newRow("empty claims") << QStringLiteral(".abc");
    QTest::newRow("empty signature") << QStringLiteral("abc.");
    QTest::newRow("three parts") << QStringLiteral("abc.def.ghi");
    QTest::newRow("padding") << QStringLiteral("abc=.def");
    QTest::newRow("standard alphabet") << QStringLiteral("ab+/.def");
    QTest::newRow("spaces") << QStringLiteral("abc .def");
    QTest::newRow("Hebrew") << QStringLiteral(u"שלום.עולם");
    QTest::newRow("JSON") << QStringLiteral(R"({"tenant_id":"t-42"})");
    QTest::newRow("huge") << QString(100000, QLatin1Char('a')) + QStringLiteral(".abc");
}

void TestStateToken::malformed() {
    QFETCH(QString, token);

    StateTokenIssuer tokens = issuer();
    const auto verified = tokens.verify(token);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, QStringLiteral("malformed_state"));
}

void TestStateToken::documentedFormat() {
    // A token built by hand from the documented wire form verifies: the format is a contract.
    const QDateTime expiry = m_now.addSecs(60);
    const QByteArray json = R"({"v":1,"iat":)" + QByteArray::number(m_now.toMSecsSinceEpoch()) +
                            R"(,"exp":)" + QByteArray::number(expiry.toMSecsSinceEpoch()) +
                            R"(,"nonce":")" + QByteArray(16, 'n').toBase64(Base64Url) +
                            R"(","data":{"tenant_id":"t-42"}})";
    StateTokenIssuer tokens = issuer();
    const auto verified = tokens.verify(signClaims(json, QByteArray(32, 'k')));
    QVERIFY(verified.ok());
    QCOMPARE(verified->value(QLatin1String("tenant_id")).toString(), QStringLiteral("t-42"));
}

void TestStateToken::signedButMalformedClaims_data() {
    QTest::addColumn<QByteArray>("json");

    const QByteArray nonce = QByteArray(16, 'n').toBase64(Base64Url);
    QTest::newRow("not JSON") << QByteArray("not json");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no version") << QByteArray(R"({"iat":1,"exp":2,"nonce":")" + nonce +
                                              R"(","data":{}})");
    QTest::newRow("version 2") << QByteArray(R"({"v":2,"iat":1,"exp":2,"nonce":")" + nonce +
                                             R"(","data":{}})");
    QTest::newRow("exp as text") << QByteArray(R"({"v":1,"iat":1,"exp":"2","nonce":")" + nonce +
                                               R"(","data":{}})");
    QTest::newRow("fractional exp")
        << QByteArray(R"({"v":1,"iat":1,"exp":2.5,"nonce":")" + nonce + R"(","data":{}})");
    QTest::newRow("short nonce") << QByteArray(
        R"({"v":1,"iat":1,"exp":2,"nonce":"bm9uY2U","data":{}})");
    QTest::newRow("data not object")
        << QByteArray(R"({"v":1,"iat":1,"exp":2,"nonce":")" + nonce + R"(","data":"x"})");
}

void TestStateToken::signedButMalformedClaims() {
    QFETCH(QByteArray, json);

    StateTokenIssuer tokens = issuer();
    const auto verified = tokens.verify(signClaims(json, QByteArray(32, 'k')));
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, QStringLiteral("malformed_state"));
}

void TestStateToken::shortKey() {
    StateTokenIssuer tokens = issuer(QByteArray(16, 'k'));
    QCOMPARE(tokens.issue(Payload).error().code, QStringLiteral("invalid_key_length"));
    QCOMPARE(tokens.verify(QStringLiteral("abc.def")).error().code,
             QStringLiteral("invalid_key_length"));
}

QTEST_GUILESS_MAIN(TestStateToken)
#include "tst_statetoken.moc"
