// SPDX-License-Identifier: GPL-3.0-or-later
// What the manual path accepts from Meta's debug_token answer before storing a token.
#include "app/relay/connections/tokencheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Switchboard;

namespace {

constexpr qint64 now = 1795600000;

QJsonObject validToken() {
    const QJsonArray wabas{QStringLiteral("111"), QStringLiteral("222")};
    return {
        {QStringLiteral("is_valid"), true},
        {QStringLiteral("expires_at"), now + 3600},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("whatsapp_business_management"),
                                              QStringLiteral("whatsapp_business_messaging")}},
        {QStringLiteral("granular_scopes"),
         QJsonArray{
             QJsonObject{{QStringLiteral("scope"), QStringLiteral("whatsapp_business_management")},
                         {QStringLiteral("target_ids"), wabas}},
             QJsonObject{{QStringLiteral("scope"), QStringLiteral("whatsapp_business_messaging")},
                         {QStringLiteral("target_ids"), wabas}}}}};
}

} // namespace

class TestTokenCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void judge_data() {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("waba");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid, for this WABA") << validToken() << QStringLiteral("222") << QString();
        QJsonObject never = validToken();
        never.insert(QStringLiteral("expires_at"), 0);
        QTest::newRow("never expires") << never << QStringLiteral("111") << QString();
        QJsonObject noGranular = validToken();
        noGranular.remove(QStringLiteral("granular_scopes"));
        QTest::newRow("no granular scopes") << noGranular << QStringLiteral("111") << QString();
        QJsonObject invalid = validToken();
        invalid.insert(QStringLiteral("is_valid"), false);
        QTest::newRow("invalid") << invalid << QStringLiteral("111")
                                 << QStringLiteral("token_invalid");
        QJsonObject expired = validToken();
        expired.insert(QStringLiteral("expires_at"), now - 1);
        QTest::newRow("expired") << expired << QStringLiteral("111")
                                 << QStringLiteral("token_expired");
        QJsonObject readOnly = validToken();
        readOnly.insert(QStringLiteral("scopes"),
                        QJsonArray{QStringLiteral("whatsapp_business_management")});
        QTest::newRow("cannot send messages")
            << readOnly << QStringLiteral("111") << QStringLiteral("token_missing_scope");
        QTest::newRow("another business's WABA")
            << validToken() << QStringLiteral("333") << QStringLiteral("token_not_for_waba");
    }
    void judge() {
        QFETCH(QJsonObject, data);
        QFETCH(QString, waba);
        QFETCH(QString, error);
        const Status verdict = TokenCheck::judge(data, waba, now);
        QCOMPARE(verdict.error().code, error);
        if (!error.isEmpty())
            QVERIFY(!verdict.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenCheck)
#include "tst_tokencheck.moc"
