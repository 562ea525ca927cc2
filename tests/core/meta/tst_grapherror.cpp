// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/grapherror.h"
#include "core/meta/retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace Switchboard;

Q_DECLARE_METATYPE(Switchboard::GraphError::Kind)

namespace {

using Kind = GraphError::Kind;

//! A Meta error envelope as section 7.1 of the platform reference shows it.
QByteArray envelope(int code, const char *message, const char *type = "OAuthException",
                    int subcode = 0, const char *details = nullptr) {
    QByteArray body = "{\"error\":{\"message\":\"" + QByteArray(message) + "\",\"type\":\"" +
                      QByteArray(type) + "\",\"code\":" + QByteArray::number(code);
    if (details)
        body += ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" +
                QByteArray(details) + "\"}";
    if (subcode)
        body += ",\"error_subcode\":" + QByteArray::number(subcode);
    body += ",\"fbtrace_id\":\"Az8or2yhqkZfEZ-_4Qn_Bam\"}}";
    return body;
}

} // namespace

class TestGraphError : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classifiesMetaEnvelopes_data();
    void classifiesMetaEnvelopes();
    void readsEveryEnvelopeMember();
    void errorDataAsString();
    void describeIsActionable();
    void toErrorCodes();
    void retryAfter_data();
    void retryAfter();
    void backoffGrowsWithJitterAndCap();
    void retryAfterWinsOverBackoff();
    void pairLimitFollowsMetaSchedule();
    void shouldRetry_data();
    void shouldRetry();
};

void TestGraphError::classifiesMetaEnvelopes_data() {
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("code");

    // The envelope of section 7.1 verbatim.
    QTest::newRow("130429 throughput")
        << 400
        << envelope(130429, "(#130429) Rate limit hit", "OAuthException", 2494055,
                    "Cloud API message throughput has been "
                    "reached.")
        << Kind::RateLimit << 130429;
    QTest::newRow("131056 pair") << 400
                                 << envelope(131056,
                                             "(#131056) (Business Account, Consumer Account) "
                                             "pair rate limit hit")
                                 << Kind::RateLimit << 131056;
    QTest::newRow("4 app calls") << 400 << envelope(4, "(#4) Application request limit reached")
                                 << Kind::RateLimit << 4;
    QTest::newRow("80007 waba") << 400 << envelope(80007, "(#80007) Rate limit issues")
                                << Kind::RateLimit << 80007;
    QTest::newRow("80008 buc") << 400
                               << envelope(80008, "(#80008) There have been too many calls to "
                                                  "this WhatsApp Business account.")
                               << Kind::RateLimit << 80008;
    QTest::newRow("429 no body") << 429 << QByteArray() << Kind::RateLimit << 0;

    QTest::newRow("1 unknown") << 400 << envelope(1, "An unknown error occurred") << Kind::Retryable
                               << 1;
    QTest::newRow("2 service") << 503 << envelope(2, "Service temporarily unavailable")
                               << Kind::Retryable << 2;
    QTest::newRow("131000") << 500 << envelope(131000, "(#131000) Something went wrong")
                            << Kind::Retryable << 131000;
    QTest::newRow("131016") << 500 << envelope(131016, "(#131016) Service unavailable")
                            << Kind::Retryable << 131016;
    QTest::newRow("131057") << 500 << envelope(131057, "(#131057) Account in maintenance mode")
                            << Kind::Retryable << 131057;
    QTest::newRow("133004") << 503 << envelope(133004, "(#133004) Server temporarily unavailable")
                            << Kind::Retryable << 133004;
    QTest::newRow("2494100") << 400 << envelope(2494100, "Account in maintenance mode")
                             << Kind::Retryable << 2494100;
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << Kind::Retryable
                              << 0;
    QTest::newRow("unknown code 5xx")
        << 500 << envelope(999999, "new transient thing") << Kind::Retryable << 999999;

    QTest::newRow("190 expired") << 401
                                 << envelope(190,
                                             "Error validating access token: Session has "
                                             "expired on Tuesday, 01-Jul-25 10:00:00 PDT.",
                                             "OAuthException", 463)
                                 << Kind::Token << 190;
    QTest::newRow("190 invalid") << 401
                                 << envelope(190, "Invalid OAuth access token.", "OAuthException",
                                             467)
                                 << Kind::Token << 190;
    QTest::newRow("0 auth") << 401 << envelope(0, "(#0) AuthException") << Kind::Token << 0;
    QTest::newRow("102 session") << 400 << envelope(102, "Session key invalid") << Kind::Token
                                 << 102;
    QTest::newRow("10 password changed")
        << 403 << envelope(10, "(#10) Permission denied", "OAuthException", 460) << Kind::Token
        << 10;
    QTest::newRow("401 no body") << 401 << QByteArray() << Kind::Token << 0;

    QTest::newRow("10 permission")
        << 403 << envelope(10, "(#10) Permission Denied") << Kind::Permanent << 10;
    QTest::newRow("3 method 500") << 500 << envelope(3, "(#3) Capability or permissions issue")
                                  << Kind::Permanent << 3;
    QTest::newRow("100 subcode 33")
        << 400
        << envelope(100,
                    "Unsupported get request. Object with ID '123' does not exist, cannot be "
                    "loaded due to missing permissions, or does not support this operation",
                    "GraphMethodException", 33)
        << Kind::Permanent << 100;
    QTest::newRow("200 permissions")
        << 403 << envelope(200, "(#200) Permissions error") << Kind::Permanent << 200;
    QTest::newRow("368 blocked") << 403
                                 << envelope(368, "(#368) Temporarily blocked for policies "
                                                  "violations")
                                 << Kind::Permanent << 368;
    QTest::newRow("131026") << 400 << envelope(131026, "(#131026) Message undeliverable")
                            << Kind::Permanent << 131026;
    QTest::newRow("131047") << 400
                            << envelope(131047, "(#131047) Re-engagement message", "OAuthException",
                                        0,
                                        "Message failed to send because more than 24 hours have "
                                        "passed since the customer last replied to this number.")
                            << Kind::Permanent << 131047;
    QTest::newRow("131045 500") << 500 << envelope(131045, "(#131045) Incorrect certificate")
                                << Kind::Permanent << 131045;
    QTest::newRow("132000") << 400
                            << envelope(132000, "(#132000) Number of parameters does not match "
                                                "the expected number of params")
                            << Kind::Permanent << 132000;
    QTest::newRow("132001") << 404
                            << envelope(132001, "(#132001) Template name does not exist in the "
                                                "translation")
                            << Kind::Permanent << 132001;
    QTest::newRow("133005") << 400
                            << envelope(133005, "(#133005) Two step verification PIN "
                                                "Mismatch")
                            << Kind::Permanent << 133005;
    QTest::newRow("404 html") << 404 << QByteArray("<html>Not Found</html>") << Kind::Permanent
                              << 0;
}

void TestGraphError::classifiesMetaEnvelopes() {
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(int, code);
    const GraphError e = GraphError::fromReply(httpStatus, body, {});
    QCOMPARE(kindName(e.kind), kindName(kind));
    QCOMPARE(e.code, code);
    QCOMPARE(e.httpStatus, httpStatus);
    QCOMPARE(e.isTokenError(), kind == Kind::Token);
    QCOMPARE(e.retryable(), kind == Kind::RateLimit || kind == Kind::Retryable);
    QVERIFY2(e.describe().contains(QString::number(code == 0 ? httpStatus : code)),
             qPrintable(e.describe()));
}

void TestGraphError::readsEveryEnvelopeMember() {
    const QByteArray body = R"({"error":{"message":"(#132015) Template is paused",
        "type":"OAuthException","code":132015,"error_subcode":2388299,
        "error_user_title":"Template paused","error_user_msg":"Edit the template.",
        "error_data":{"messaging_product":"whatsapp","details":"Template is paused due to low quality"},
        "is_transient":false,"fbtrace_id":"AbCdEf"}})";
    const GraphError e = GraphError::fromReply(400, body, "7");
    QVERIFY(e.hasEnvelope);
    QCOMPARE(e.code, 132015);
    QCOMPARE(e.subcode, 2388299);
    QCOMPARE(e.type, QStringLiteral("OAuthException"));
    QCOMPARE(e.message, QStringLiteral("(#132015) Template is paused"));
    QCOMPARE(e.userTitle, QStringLiteral("Template paused"));
    QCOMPARE(e.userMessage, QStringLiteral("Edit the template."));
    QCOMPARE(e.details, QStringLiteral("Template is paused due to low quality"));
    QCOMPARE(e.fbtraceId, QStringLiteral("AbCdEf"));
    QCOMPARE(e.retryAfterSeconds, 7);
    QCOMPARE(e.kind, Kind::Permanent);

    const GraphError transient = GraphError::fromReply(
        400, R"({"error":{"message":"x","code":424242,"is_transient":true}})", {});
    QCOMPARE(transient.kind, Kind::Retryable);
}

void TestGraphError::errorDataAsString() {
    const GraphError e = GraphError::fromReply(
        400, R"({"error":{"message":"Bad","code":100,"error_data":"plain text data"}})", {});
    QCOMPARE(e.details, QStringLiteral("plain text data"));
}

void TestGraphError::describeIsActionable() {
    const GraphError token = GraphError::fromReply(
        401, envelope(190, "Error validating access token", "OAuthException", 463), {});
    const QString sentence = token.describe();
    QVERIFY2(sentence.contains(QStringLiteral("190")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("reconnect")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("Az8or2yhqkZfEZ-_4Qn_Bam")), qPrintable(sentence));

    const GraphError window =
        GraphError::fromReply(400, envelope(131047, "(#131047) Re-engagement message"), {});
    QVERIFY2(window.describe().contains(QStringLiteral("template")), qPrintable(window.describe()));

    const GraphError down = GraphError::network(QStringLiteral("Connection refused"));
    QVERIFY2(down.describe().contains(QStringLiteral("Connection refused")),
             qPrintable(down.describe()));
}

void TestGraphError::toErrorCodes() {
    QCOMPARE(GraphError::network(QStringLiteral("x")).toError().code,
             QStringLiteral("graph_unreachable"));
    const GraphError meta = GraphError::fromReply(400, envelope(100, "Invalid parameter"), {});
    QCOMPARE(meta.toError().code, QStringLiteral("meta_error"));
    QCOMPARE(meta.toError().message, meta.describe());
}

void TestGraphError::retryAfter_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");
    QTest::newRow("absent") << QByteArray() << -1 << -1;
    QTest::newRow("seconds") << QByteArray("120") << 120 << 120;
    QTest::newRow("spaces") << QByteArray(" 3 ") << 3 << 3;
    QTest::newRow("garbage") << QByteArray("soon") << -1 << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1 << -1;
    const QByteArray date = QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc().addSecs(60),
                                          QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                .toLatin1();
    QTest::newRow("http date") << date << 55 << 61;
}

void TestGraphError::retryAfter() {
    QFETCH(QByteArray, value);
    QFETCH(int, low);
    QFETCH(int, high);
    const int seconds = GraphError::parseRetryAfter(value);
    QVERIFY2(seconds >= low && seconds <= high, qPrintable(QString::number(seconds)));
}

void TestGraphError::backoffGrowsWithJitterAndCap() {
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    policy.jitter = 0.2;
    for (int round = 0; round < 50; ++round) {
        const int first = policy.delayFor(1);
        const int third = policy.delayFor(3);
        const int tenth = policy.delayFor(10);
        QVERIFY2(first >= 80 && first <= 120, qPrintable(QString::number(first)));
        QVERIFY2(third >= 320 && third <= 480, qPrintable(QString::number(third)));
        QVERIFY2(tenth >= 800 && tenth <= 1000, qPrintable(QString::number(tenth)));
    }
    policy.jitter = 0;
    QCOMPARE(policy.delayFor(2), 200);
}

void TestGraphError::retryAfterWinsOverBackoff() {
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    QCOMPARE(policy.delayFor(1, 2), 2000);
    GraphError e = GraphError::fromReply(400, envelope(130429, "Rate limit hit"), "3");
    QCOMPARE(policy.delayFor(1, e), 3000);
}

void TestGraphError::pairLimitFollowsMetaSchedule() {
    RetryPolicy policy;
    policy.baseDelayMs = 1;
    policy.jitter = 0;
    policy.maxDelayMs = 60000;
    const GraphError pair = GraphError::fromReply(400, envelope(131056, "pair rate limit"), {});
    QCOMPARE(policy.delayFor(1, pair), 1000);
    QCOMPARE(policy.delayFor(2, pair), 4000);
    QCOMPARE(policy.delayFor(3, pair), 16000);
    QCOMPARE(policy.delayFor(4, pair), 60000); // capped
}

void TestGraphError::shouldRetry_data() {
    QTest::addColumn<int>("attempt");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfterHeader");
    QTest::addColumn<bool>("retry");
    QTest::newRow("transient, attempts left") << 1 << envelope(2, "x") << QByteArray() << true;
    QTest::newRow("transient, none left") << 5 << envelope(2, "x") << QByteArray() << false;
    QTest::newRow("code 1 retried once") << 1 << envelope(1, "x") << QByteArray() << true;
    QTest::newRow("code 1 not twice") << 2 << envelope(1, "x") << QByteArray() << false;
    QTest::newRow("131000 twice") << 2 << envelope(131000, "x") << QByteArray() << true;
    QTest::newRow("131000 not thrice") << 3 << envelope(131000, "x") << QByteArray() << false;
    QTest::newRow("permanent") << 1 << envelope(100, "x") << QByteArray() << false;
    QTest::newRow("token") << 1 << envelope(190, "x") << QByteArray() << false;
    QTest::newRow("long Retry-After") << 1 << envelope(130429, "x") << QByteArray("3600") << false;
    QTest::newRow("short Retry-After") << 1 << envelope(130429, "x") << QByteArray("2") << true;
}

void TestGraphError::shouldRetry() {
    QFETCH(int, attempt);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfterHeader);
    QFETCH(bool, retry);
    const RetryPolicy policy;
    const GraphError e = GraphError::fromReply(400, body, retryAfterHeader);
    QCOMPARE(policy.shouldRetry(attempt, e), retry);
    QVERIFY(policy.shouldRetry(1, GraphError::network(QStringLiteral("refused"))));
}

QTEST_GUILESS_MAIN(TestGraphError)
#include "tst_grapherror.moc"
