// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/graphclient.h"

#include "fakegraphserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

Q_DECLARE_METATYPE(Switchboard::GraphError::Kind)

namespace {

using Answer = FakeGraphServer::Answer;
using Kind = GraphError::Kind;

const QString token = QStringLiteral("EAAJB-test-token");
const QString phone = QStringLiteral("106540352242922");

//! Small delays so a whole retry sequence runs in milliseconds.
RetryPolicy fastPolicy(int maxAttempts = 3) {
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 3000;
    policy.jitter = 0;
    policy.timeoutMs = 3000;
    policy.pairLimitBaseDelayMs = 20;
    return policy;
}

Answer metaError(int status, int code, int subcode = 0, QByteArray retryAfter = {}) {
    Answer answer;
    answer.status = status;
    answer.retryAfter = std::move(retryAfter);
    answer.body = "{\"error\":{\"message\":\"(#" + QByteArray::number(code) +
                  ") test\",\"type\":\"OAuthException\",\"code\":" + QByteArray::number(code) +
                  (subcode ? ",\"error_subcode\":" + QByteArray::number(subcode) : QByteArray()) +
                  ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"test "
                  "details\"},\"fbtrace_id\":\"AtraceID\"}}";
    return answer;
}

QStringList outcomes(const QSignalSpy &spy) {
    QStringList list;
    for (const QList<QVariant> &args : spy)
        list << args.at(0).toString();
    return list;
}

} // namespace

class TestGraphClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void urlKeepsBasePathAndVersion();
    void getSuccessJson();
    void postSendsJsonBody();
    void postFormAndDelete();
    void errorKinds_data();
    void errorKinds();
    void retryThenSuccess();
    void retryAfterHonoured();
    void permanentErrorNotRetried();
    void givesUpWithLastError();
    void tokenErrorNotRetried();
    void networkFailure();
    void timeout();
    void timeoutThenRetrySucceeds();
    void uploadIsMultipart();
    void downloadSendsBearerToken();
    void finishedOnceAndAsynchronously();
    void deletingReplyCancels();

private:
    std::unique_ptr<FakeGraphServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GraphClient> m_client;
};

void TestGraphClient::init() {
    m_server = std::make_unique<FakeGraphServer>();
    QVERIFY(m_server->listen() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GraphClient>(m_network.get(), m_server->baseUrl(),
                                             QStringLiteral("v23.0"));
    m_client->setRetryPolicy(fastPolicy());
}

void TestGraphClient::cleanup() {
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void TestGraphClient::urlKeepsBasePathAndVersion() {
    GraphClient prefixed(m_network.get(), QUrl(QStringLiteral("https://example.test/graph/")),
                         QStringLiteral("v25.0"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name"));
    QCOMPARE(prefixed.urlFor(QStringLiteral("/123/phone_numbers"), query).toString(),
             QStringLiteral("https://example.test/graph/v25.0/123/phone_numbers?fields=id,name"));
    GraphClient unversioned(m_network.get(), QUrl(QStringLiteral("https://example.test")), {});
    QCOMPARE(unversioned.urlFor(QStringLiteral("123")).toString(),
             QStringLiteral("https://example.test/123"));
}

void TestGraphClient::getSuccessJson() {
    Answer answer;
    answer.body = R"({"id":"106540352242922","display_phone_number":"+972 3-555-0100"})";
    answer.contentType = "text/javascript; charset=UTF-8"; // what Graph sometimes sends
    m_server->script(QStringLiteral("/v23.0/") + phone, {answer});
    QSignalSpy outcome(m_client.get(), &GraphClient::requestFinished);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("display_phone_number"));
    GraphReply *reply = m_client->get(phone, query, token);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->ok(), qPrintable(reply->error().describe()));
    QCOMPARE(reply->json().value(u"display_phone_number").toString(),
             QStringLiteral("+972 3-555-0100"));
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(reply->httpStatus(), 200);
    QVERIFY(reply->result().ok());
    QCOMPARE(outcomes(outcome), QStringList{QStringLiteral("ok")});
    const FakeGraphServer::Request &seen = m_server->requests().constFirst();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.query.queryItemValue(QStringLiteral("fields")),
             QStringLiteral("display_phone_number"));
    QVERIFY(!seen.query.hasQueryItem(QStringLiteral("access_token")));
    QCOMPARE(seen.header("Authorization"), "Bearer " + token.toUtf8());
}

void TestGraphClient::postSendsJsonBody() {
    const QJsonObject payload{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("to"), QStringLiteral("+16505551234")},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("שלום")}}}};
    GraphReply *reply = m_client->post(phone + QStringLiteral("/messages"), payload, token);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->ok(), qPrintable(reply->error().describe()));
    QCOMPARE(
        reply->json().value(u"messages").toArray().at(0).toObject().value(u"id").toString().left(5),
        QStringLiteral("wamid"));
    const FakeGraphServer::Request &seen = m_server->requests().constFirst();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.path, QStringLiteral("/v23.0/") + phone + QStringLiteral("/messages"));
    QVERIFY(seen.header("Content-Type").startsWith("application/json"));
    QCOMPARE(seen.json(), payload);
}

void TestGraphClient::postFormAndDelete() {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("code"), QStringLiteral("123 456"));
    GraphReply *verify = m_client->postForm(phone + QStringLiteral("/verify_code"), form, token);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("phone_number_id"), phone);
    GraphReply *removed =
        m_client->deleteResource(QStringLiteral("1037543291543636"), query, token);
    QTRY_VERIFY(verify->isFinished() && removed->isFinished());
    QVERIFY(verify->ok() && removed->ok());
    QCOMPARE(m_server->requests().size(), 2);
    for (const FakeGraphServer::Request &seen : m_server->requests()) {
        if (seen.method == "POST") {
            QVERIFY(seen.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
            QCOMPARE(QUrlQuery(QString::fromUtf8(seen.body)).queryItemValue(QStringLiteral("code")),
                     QStringLiteral("123 456"));
        } else {
            QCOMPARE(seen.method, QByteArray("DELETE"));
            QCOMPARE(seen.path, QStringLiteral("/v23.0/1037543291543636"));
            QCOMPARE(seen.query.queryItemValue(QStringLiteral("phone_number_id")), phone);
        }
        QCOMPARE(seen.header("Authorization"), "Bearer " + token.toUtf8());
    }
}

void TestGraphClient::errorKinds_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("130429 throughput") << 400 << 130429 << 2494055 << Kind::RateLimit;
    QTest::newRow("131056 pair") << 400 << 131056 << 0 << Kind::RateLimit;
    QTest::newRow("80007") << 400 << 80007 << 0 << Kind::RateLimit;
    QTest::newRow("2 service") << 503 << 2 << 0 << Kind::Retryable;
    QTest::newRow("131016") << 500 << 131016 << 0 << Kind::Retryable;
    QTest::newRow("133004") << 503 << 133004 << 0 << Kind::Retryable;
    QTest::newRow("190 expired") << 401 << 190 << 463 << Kind::Token;
    QTest::newRow("10 token subcode") << 403 << 10 << 460 << Kind::Token;
    QTest::newRow("100 invalid") << 400 << 100 << 33 << Kind::Permanent;
    QTest::newRow("131047 window") << 400 << 131047 << 0 << Kind::Permanent;
    QTest::newRow("132001 template") << 404 << 132001 << 0 << Kind::Permanent;
}

void TestGraphClient::errorKinds() {
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(int, subcode);
    QFETCH(Kind, kind);
    m_client->setRetryPolicy(fastPolicy(1));
    m_server->script(QStringLiteral("/v23.0/") + phone + QStringLiteral("/messages"),
                     {metaError(status, code, subcode)});
    GraphReply *reply = m_client->post(phone + QStringLiteral("/messages"), {}, token);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(!reply->ok());
    const GraphError &e = reply->error();
    QCOMPARE(kindName(e.kind), kindName(kind));
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.subcode, subcode);
    QCOMPARE(e.type, QStringLiteral("OAuthException"));
    QCOMPARE(e.details, QStringLiteral("test details"));
    QCOMPARE(e.fbtraceId, QStringLiteral("AtraceID"));
    QCOMPARE(reply->result().error().code, QStringLiteral("meta_error"));
}

void TestGraphClient::retryThenSuccess() {
    const QString path = QStringLiteral("/v23.0/") + phone + QStringLiteral("/messages");
    m_server->script(path, {metaError(503, 2), metaError(400, 130429)});
    QSignalSpy outcome(m_client.get(), &GraphClient::requestFinished);
    GraphReply *reply = m_client->post(phone + QStringLiteral("/messages"), {}, token);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->ok(), qPrintable(reply->error().describe()));
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(m_server->count(path), 3);
    QCOMPARE(outcomes(outcome), (QStringList{QStringLiteral("retried"), QStringLiteral("retried"),
                                             QStringLiteral("ok")}));
}

void TestGraphClient::retryAfterHonoured() {
    const QString path = QStringLiteral("/v23.0/") + phone + QStringLiteral("/messages");
    m_server->script(path, {metaError(429, 130429, 0, "1")});
    QElapsedTimer clock;
    clock.start();
    GraphReply *reply = m_client->post(phone + QStringLiteral("/messages"), {}, token);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY2(reply->ok(), qPrintable(reply->error().describe()));
    QCOMPARE(reply->attempts(), 2);
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    const QList<FakeGraphServer::Request> &seen = m_server->requests();
    QVERIFY(seen.at(1).atMs - seen.at(0).atMs >= 950);
}

void TestGraphClient::permanentErrorNotRetried() {
    m_client->setRetryPolicy(fastPolicy(5));
    const QString path = QStringLiteral("/v23.0/") + phone + QStringLiteral("/messages");
    m_server->script(path, {metaError(400, 132000), metaError(400, 132000)});
    QSignalSpy outcome(m_client.get(), &GraphClient::requestFinished);
    GraphReply *reply = m_client->post(phone + QStringLiteral("/messages"), {}, token);
    QTRY_VERIFY(reply->isFinished());
    QTest::qWait(150); // a retry would have been sent by now
    QCOMPARE(m_server->count(path), 1);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(reply->error().kind, Kind::Permanent);
    QCOMPARE(outcomes(outcome), QStringList{QStringLiteral("error")});
}

void TestGraphClient::givesUpWithLastError() {
    const QString path = QStringLiteral("/v23.0/") + phone + QStringLiteral("/messages");
    m_server->script(path, {metaError(503, 2), metaError(500, 131016), metaError(503, 133004),
                            metaError(503, 2)});
    QSignalSpy outcome(m_client.get(), &GraphClient::requestFinished);
    GraphReply *reply = m_client->post(phone + QStringLiteral("/messages"), {}, token);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(!reply->ok());
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(m_server->count(path), 3);
    QCOMPARE(reply->error().code, 133004);
    QCOMPARE(outcomes(outcome), (QStringList{QStringLiteral("retried"), QStringLiteral("retried"),
                                             QStringLiteral("error")}));
}

void TestGraphClient::tokenErrorNotRetried() {
    m_client->setRetryPolicy(fastPolicy(5));
    m_server->script(QStringLiteral("/v23.0/") + phone, {metaError(401, 190, 463)});
    GraphReply *reply = m_client->get(phone, {}, token);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->error().isTokenError());
    QVERIFY(!reply->error().retryable());
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(reply->error().describe().contains(QStringLiteral("190")));
    QVERIFY(!reply->error().describe().contains(token));
}

void TestGraphClient::networkFailure() {
    QUrl closed = m_server->baseUrl();
    closed.setPort(FakeGraphServer::closedPort());
    GraphClient client(m_network.get(), closed, QStringLiteral("v23.0"));
    client.setRetryPolicy(fastPolicy(3));
    QSignalSpy outcome(&client, &GraphClient::requestFinished);
    GraphReply *reply = client.get(phone, {}, token);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, Kind::Network);
    QCOMPARE(reply->error().httpStatus, 0);
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(reply->result().error().code, QStringLiteral("graph_unreachable"));
    QCOMPARE(outcomes(outcome).constLast(), QStringLiteral("error"));
}

void TestGraphClient::timeout() {
    RetryPolicy policy = fastPolicy(1);
    policy.timeoutMs = 300;
    m_client->setRetryPolicy(policy);
    Answer stall;
    stall.stall = true;
    m_server->script(QStringLiteral("/v23.0/") + phone, {stall});
    QElapsedTimer clock;
    clock.start();
    GraphReply *reply = m_client->get(phone, {}, token);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error().kind, Kind::Network);
    QVERIFY2(reply->error().message.contains(QStringLiteral("300 ms")),
             qPrintable(reply->error().message));
    QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 5000,
             qPrintable(QString::number(clock.elapsed())));
}

void TestGraphClient::timeoutThenRetrySucceeds() {
    RetryPolicy policy = fastPolicy(2);
    policy.timeoutMs = 300;
    m_client->setRetryPolicy(policy);
    Answer stall;
    stall.stall = true;
    m_server->script(QStringLiteral("/v23.0/") + phone, {stall});
    GraphReply *reply = m_client->get(phone, {}, token);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY2(reply->ok(), qPrintable(reply->error().describe()));
    QCOMPARE(reply->attempts(), 2);
}

void TestGraphClient::uploadIsMultipart() {
    Answer answer;
    answer.body = R"({"id":"1037543291543636"})";
    m_server->script(QStringLiteral("/v23.0/") + phone + QStringLiteral("/media"), {answer});
    const QByteArray png("\x89PNG\r\n\x1a\n\0\1\2--\r\n", 15);
    GraphReply *reply =
        m_client->upload(phone + QStringLiteral("/media"), png, QStringLiteral("image/png"),
                         QStringLiteral("menu \"today\".png"), token);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->ok(), qPrintable(reply->error().describe()));
    QCOMPARE(reply->json().value(u"id").toString(), QStringLiteral("1037543291543636"));

    const FakeGraphServer::Request &seen = m_server->requests().constFirst();
    QCOMPARE(seen.header("Authorization"), "Bearer " + token.toUtf8());
    const QByteArray contentType = seen.header("Content-Type");
    QVERIFY2(contentType.startsWith("multipart/form-data; boundary="), contentType.constData());
    const QByteArray boundary = contentType.mid(contentType.indexOf('=') + 1);
    QVERIFY(seen.body.startsWith(QByteArray("--" + boundary + "\r\n")));
    QVERIFY(seen.body.endsWith(QByteArray("\r\n--" + boundary + "--\r\n")));
    QVERIFY(seen.body.contains("Content-Disposition: form-data; "
                               "name=\"messaging_product\"\r\n\r\nwhatsapp\r\n"));
    QVERIFY(
        seen.body.contains("Content-Disposition: form-data; name=\"type\"\r\n\r\nimage/png\r\n"));
    const QByteArray filePart = "Content-Disposition: form-data; name=\"file\"; "
                                "filename=\"menu _today_.png\"\r\nContent-Type: image/png\r\n\r\n" +
                                png + "\r\n--" + boundary + "--";
    QVERIFY(seen.body.contains(filePart));
}

void TestGraphClient::downloadSendsBearerToken() {
    const QByteArray bytes("\xff\xd8\xff\xe0 jpeg bytes {", 18);
    m_server->setResponder([&bytes](const FakeGraphServer::Request &request) {
        Answer answer;
        if (request.header("Authorization") != "Bearer " + token.toUtf8()) {
            answer.status = 401;
            return answer;
        }
        answer.body = bytes;
        answer.contentType = "image/jpeg";
        return answer;
    });
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/whatsapp_business/attachments/"));
    url.setQuery(QStringLiteral("mid=1761991787669262&ext=1728904986&hash=ATta"));
    GraphReply *reply = m_client->download(url, token);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->ok(), qPrintable(reply->error().describe()));
    QCOMPARE(reply->body(), bytes);
    QVERIFY(reply->json().isEmpty());
    QCOMPARE(reply->contentType(), QByteArray("image/jpeg"));
    QCOMPARE(m_server->requests().constFirst().path,
             QStringLiteral("/whatsapp_business/attachments/"));
    QCOMPARE(m_server->requests().constFirst().query.queryItemValue(QStringLiteral("mid")),
             QStringLiteral("1761991787669262"));

    GraphReply *anonymous = m_client->download(url, QString());
    QTRY_VERIFY(anonymous->isFinished());
    QVERIFY(anonymous->error().isTokenError());
}

void TestGraphClient::finishedOnceAndAsynchronously() {
    // Failures found before sending, network failures and answers all finish later, once.
    GraphClient invalid(m_network.get(), QUrl(), QStringLiteral("v23.0"));
    QUrl closed = m_server->baseUrl();
    closed.setPort(FakeGraphServer::closedPort());
    GraphClient unreachable(m_network.get(), closed, QStringLiteral("v23.0"));
    unreachable.setRetryPolicy(fastPolicy(1));
    const QList<GraphReply *> replies{invalid.get(phone, {}, token),
                                      unreachable.get(phone, {}, token),
                                      m_client->get(phone, {}, token)};
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (GraphReply *reply : replies) {
        QVERIFY(!reply->isFinished());
        spies.push_back(std::make_unique<QSignalSpy>(reply, &GraphReply::finished));
    }
    QTRY_VERIFY(
        std::all_of(replies.begin(), replies.end(), [](GraphReply *r) { return r->isFinished(); }));
    QTest::qWait(200);
    for (const auto &spy : spies)
        QCOMPARE(spy->count(), 1);
    QCOMPARE(replies.at(0)->attempts(), 0);
    QVERIFY(!replies.at(0)->ok());
    QVERIFY(replies.at(2)->ok());
}

void TestGraphClient::deletingReplyCancels() {
    Answer stall;
    stall.stall = true;
    m_server->script(QStringLiteral("/v23.0/") + phone, {stall});
    QSignalSpy outcome(m_client.get(), &GraphClient::requestFinished);
    GraphReply *reply = m_client->get(phone, {}, token);
    QTRY_COMPARE(m_server->requests().size(), 1);
    delete reply;
    QTest::qWait(100);
    QCOMPARE(outcome.count(), 0);
}

QTEST_GUILESS_MAIN(TestGraphClient)
#include "tst_graphclient.moc"
