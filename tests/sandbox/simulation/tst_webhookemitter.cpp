// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook bodies with non-ASCII text, as a verifier that follows Meta's rule (whatsapp-api-js:
// HMAC over the \u-escaped payload) and one that hashes the raw bytes (most others) see them.
#include "core/meta/metajsonescape.h"
#include "tests/sandbox/sandboxharness.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;
using namespace Switchboard::Sandbox;
using namespace Switchboard::Test;

namespace {

QByteArray hmacHeader(const QByteArray &bytes) {
    return "sha256=" + QMessageAuthenticationCode::hash(bytes, SandboxHarness::appSecret,
                                                        QCryptographicHash::Sha256)
                           .toHex();
}

bool isAscii(const QByteArray &bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

QString textOf(const WebhookReceiver::Delivery &delivery) {
    return delivery
        .json()[u"entry"_s][0][u"changes"_s][0][u"value"_s][u"messages"_s][0][u"text"_s][u"body"_s]
        .toString();
}

} // namespace

class TestWebhookEmitter : public QObject {
    Q_OBJECT

private:
    static void addTexts() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("äöå (Meta's example)") << u"äöå"_s << QByteArray("\\u00e4\\u00f6\\u00e5");
        QTest::newRow("hebrew") << u"שלום"_s << QByteArray("\\u05e9\\u05dc\\u05d5\\u05dd");
        QTest::newRow("emoji") << u"🍕 please"_s << QByteArray("\\ud83c\\udf55 please");
        QTest::newRow("J'ai mangé des pâtes")
            << u"J'ai mangé des pâtes"_s << QByteArray("J'ai mang\\u00e9 des p\\u00e2tes");
    }

private Q_SLOTS:

    //! Default: what Meta sends, ASCII-only with lowercase escapes, signed over exactly those
    //! bytes, so both kinds of verifier accept it.
    void escapedBodyIsSignedOverItsBytes_data() { addTexts(); }
    void escapedBodyIsSignedOverItsBytes() {
        QFETCH(QString, text);
        QFETCH(QByteArray, escaped);
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, u"15550001111"_s, text);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().deliveries.size(), 1, 5000);
        const auto &delivery = sandbox.receiver().deliveries.first();
        QVERIFY2(isAscii(delivery.body), delivery.body.constData());
        QVERIFY2(delivery.body.contains(QByteArray("\"body\":\"" + escaped + "\"")),
                 delivery.body.constData());
        QCOMPARE(delivery.signature, hmacHeader(delivery.body));
        QCOMPARE(delivery.signature, hmacHeader(escapeNonAscii(delivery.body)));
        QCOMPARE(textOf(delivery), text);
    }

    //! --webhook-body raw: UTF-8 on the wire, the signature over the escaped form; a verifier
    //! hashing the raw bytes must escape them first.
    void rawBodyIsSignedOverItsEscapedForm_data() { addTexts(); }
    void rawBodyIsSignedOverItsEscapedForm() {
        QFETCH(QString, text);
        QFETCH(QByteArray, escaped);
        SandboxHarness sandbox({u"--webhook-body"_s, u"raw"_s});
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, u"15550001111"_s, text);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().deliveries.size(), 1, 5000);
        const auto &delivery = sandbox.receiver().deliveries.first();
        QVERIFY(!isAscii(delivery.body));
        QVERIFY(delivery.body.contains(QByteArray("\"body\":\"" + text.toUtf8() + "\"")));
        QVERIFY(delivery.signature != hmacHeader(delivery.body));
        QCOMPARE(delivery.signature, hmacHeader(escapeNonAscii(delivery.body)));
        QVERIFY(escapeNonAscii(delivery.body).contains(escaped));
        QCOMPARE(textOf(delivery), text);
    }

    //! ASCII-only payloads are the same bytes in both modes (nothing to escape).
    void asciiBodyIsTheSameInBothForms() {
        SandboxHarness sandbox({u"--webhook-body"_s, u"raw"_s});
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, u"15550001111"_s, u"plain hello"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().deliveries.size(), 1, 5000);
        const auto &delivery = sandbox.receiver().deliveries.first();
        QVERIFY(isAscii(delivery.body));
        QCOMPARE(delivery.signature, hmacHeader(delivery.body));
    }

    //! Status webhooks with a non-ASCII opaque callback take the same path.
    void statusWebhooksAreEscapedToo() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        sandbox.customerWrites(business, u"15550001111"_s);
        const auto sent = sandbox.post(u"/v25.0/%1/messages"_s.arg(business.phoneNumberId),
                                       {{u"messaging_product"_s, u"whatsapp"_s},
                                        {u"to"_s, u"15550001111"_s},
                                        {u"biz_opaque_callback_data"_s, u"הזמנה-7 ✓"_s},
                                        {u"type"_s, u"text"_s},
                                        {u"text"_s, QJsonObject{{u"body"_s, u"תודה"_s}}}},
                                       business.token);
        QCOMPARE(sent.status, 200);
        const QString wamid = sent.json()[u"messages"_s][0][u"id"_s].toString();
        QTRY_VERIFY_WITH_TIMEOUT(!sandbox.receiver().statusesOf(wamid).isEmpty(), 5000);
        for (const auto &delivery : sandbox.receiver().deliveries) {
            QVERIFY2(isAscii(delivery.body), delivery.body.constData());
            QCOMPARE(delivery.signature, hmacHeader(delivery.body));
        }
        QCOMPARE(sandbox.receiver()
                     .statusesOf(wamid)
                     .first()
                     .value(u"biz_opaque_callback_data"_s)
                     .toString(),
                 u"הזמנה-7 ✓"_s);
    }

    void unknownBodyFormIsRefused() {
        const auto options =
            SandboxOptions::parse({u"switchboard-sandbox"_s, u"--app-id"_s, u"1"_s,
                                   u"--app-secret"_s, u"s"_s, u"--webhook-body"_s, u"utf8"_s});
        QVERIFY(!options);
        QVERIFY(options.error().message.contains(u"--webhook-body"_s));
        const auto defaults = SandboxOptions::parse(
            {u"switchboard-sandbox"_s, u"--app-id"_s, u"1"_s, u"--app-secret"_s, u"s"_s});
        QVERIFY(defaults);
        QCOMPARE(int(defaults->webhookBody), int(WebhookBody::Escaped));
    }
};

QTEST_GUILESS_MAIN(TestWebhookEmitter)
#include "tst_webhookemitter.moc"
