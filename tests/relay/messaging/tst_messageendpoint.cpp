// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/v1/tenants/{tid}/messages and …/retry as staff sending from a console see them,
// against a real relay whose Graph API is a scripted stand-in on loopback: a repeated request
// sends once, free-form text waits for the customer's 24 hours, only failed messages go again.
#include "tests/core/meta/fakegraphserver.h"
#include "tests/relay/relayharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;

namespace {

const QString customer = QStringLiteral("972500000001");
const QString stranger = QStringLiteral("972500000099"); //!< never wrote to the business

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject text(const QString &to, const QString &body) {
    return {{QStringLiteral("to"), to},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

QJsonObject templateMessage(const QString &to) {
    return {{QStringLiteral("to"), to},
            {QStringLiteral("type"), QStringLiteral("template")},
            {QStringLiteral("template"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("order_ready")},
                         {QStringLiteral("language"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("en")}}}}}};
}

//! `delivery` (one message) as if the customer had sent it `secondsAgo` seconds ago.
QByteArray sentAgo(const QByteArray &delivery, qint64 secondsAgo) {
    QJsonObject root = QJsonDocument::fromJson(delivery).object();
    QJsonArray entries = root.value(QStringLiteral("entry")).toArray();
    QJsonObject entry = entries.first().toObject();
    QJsonArray changes = entry.value(QStringLiteral("changes")).toArray();
    QJsonObject change = changes.first().toObject();
    QJsonObject value = change.value(QStringLiteral("value")).toObject();
    QJsonArray messages = value.value(QStringLiteral("messages")).toArray();
    QJsonObject message = messages.first().toObject();
    message.insert(QStringLiteral("timestamp"),
                   QString::number(QDateTime::currentSecsSinceEpoch() - secondsAgo));
    messages.replace(0, message);
    value.insert(QStringLiteral("messages"), messages);
    change.insert(QStringLiteral("value"), value);
    changes.replace(0, change);
    entry.insert(QStringLiteral("changes"), changes);
    entries.replace(0, entry);
    root.insert(QStringLiteral("entry"), entries);
    return json(root);
}

QString errorCode(const RelayHarness::Reply &reply) {
    return reply.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QJsonObject messageOf(const RelayHarness::Reply &reply) {
    return reply.json().value(QStringLiteral("message")).toObject();
}

} // namespace

class TestMessageEndpoint : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeGraphServer> m_graph;
    std::unique_ptr<RelayHarness> m_relay;
    QString m_token;      //!< pat, owner of Pizzeria (PN1)
    QString m_otherToken; //!< cleo, of the Clinic (PN2)
    bool m_graphFails = false;

    //! A relay on `backend` whose Graph API is m_graph; sends fail while m_graphFails.
    bool startRelay(const QString &backend) {
        m_graph = std::make_unique<FakeGraphServer>();
        m_graph->setResponder([this](const FakeGraphServer::Request &request) {
            FakeGraphServer::Answer answer;
            if (m_graphFails && request.path.endsWith(QLatin1String("/messages"))) {
                answer.status = 400;
                answer.body = json(
                    {{QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("message"), QStringLiteral("Message failed to "
                                                                             "send.")},
                                  {QStringLiteral("type"), QStringLiteral("OAuthException")},
                                  {QStringLiteral("code"), 131026},
                                  {QStringLiteral("fbtrace_id"), QStringLiteral("trace")}}}});
                return answer;
            }
            answer.body = FakeGraphServer::accepted(request.json().value(u"to").toString(),
                                                    int(m_graph->requests().size()));
            return answer;
        });
        if (!m_graph->listen())
            return false;
        m_relay = std::make_unique<RelayHarness>(backend);
        if (!m_relay->error().isEmpty()) {
            qWarning() << m_relay->error();
            return false;
        }
        m_relay->setGraphUrl(m_graph->baseUrl().toString());
        if (!m_relay->start()) {
            qWarning() << m_relay->error();
            return false;
        }
        m_token = m_relay->login(QStringLiteral("pat"));
        m_otherToken = m_relay->login(QStringLiteral("cleo"));
        return !m_token.isEmpty() && !m_otherToken.isEmpty();
    }

    RelayHarness::Reply send(const QByteArray &body, const QByteArray &key = {},
                             const QString &tenant = {}, const QString &token = {}) {
        QMap<QByteArray, QByteArray> headers{
            {"Authorization", "Bearer " + (token.isEmpty() ? m_token : token).toUtf8()}};
        if (!key.isEmpty())
            headers.insert("Idempotency-Key", key);
        return m_relay->request("POST",
                                QStringLiteral("/api/v1/tenants/%1/messages")
                                    .arg(tenant.isEmpty() ? m_relay->tenantId : tenant),
                                body, headers);
    }
    RelayHarness::Reply retry(const QString &messageId, const QString &tenant = {},
                              const QString &token = {}, const QByteArray &key = {}) {
        QMap<QByteArray, QByteArray> headers{
            {"Authorization", "Bearer " + (token.isEmpty() ? m_token : token).toUtf8()}};
        if (!key.isEmpty())
            headers.insert("Idempotency-Key", key);
        return m_relay->request("POST",
                                QStringLiteral("/api/v1/tenants/%1/messages/%2/retry")
                                    .arg(tenant.isEmpty() ? m_relay->tenantId : tenant, messageId),
                                {}, headers);
    }
    //! The customer writes to the business's number PN1, `secondsAgo` seconds ago.
    bool customerWrites(const QString &wamid, qint64 secondsAgo = 0) {
        const QByteArray delivery =
            sentAgo(RelayHarness::textDelivery(QStringLiteral("PN1"), wamid, customer,
                                               QStringLiteral("Is the oven on?")),
                    secondsAgo);
        return m_relay->postWebhook(delivery).status == 200 && m_relay->waitIngested();
    }
    int sendsToMeta() const {
        int sends = 0;
        for (const FakeGraphServer::Request &request : m_graph->requests())
            sends += request.path.endsWith(QLatin1String("/messages")) ? 1 : 0;
        return sends;
    }
    int outboundStored(const QString &tenant) {
        return m_relay->count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ? "
                                             "AND data LIKE ?"),
                              {tenant, QStringLiteral("%\"direction\":\"outbound\"%")});
    }
    //! The stored record of a message, read from the database behind the relay's back.
    QJsonObject stored(const QString &messageId) {
        auto database = m_relay->database().open();
        if (!database)
            return {};
        auto q =
            database->query(QStringLiteral("SELECT data FROM messages WHERE id = ?"), {messageId});
        if (!q || !(*q)->next())
            return {};
        return QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
    }
    QString idOfWamid(const QString &wamid) {
        auto database = m_relay->database().open();
        if (!database)
            return {};
        auto q =
            database->query(QStringLiteral("SELECT id FROM messages WHERE wamid = ?"), {wamid});
        if (!q || !(*q)->next())
            return {};
        return (*q)->value(0).toString();
    }
    QString statusOf(const QString &messageId) {
        return stored(messageId).value(QStringLiteral("status")).toString();
    }

private Q_SLOTS:
    void cleanup() {
        m_relay.reset();
        m_graph.reset();
        m_graphFails = false;
    }

    void repeatedRequestAnswersTheFirstMessage_data() { Test::TestDatabase::addBackendRows(); }
    //! A console resending after a lost answer (its outbox) must not message the customer twice.
    void repeatedRequestAnswersTheFirstMessage() {
        QFETCH(QString, backend);
        QVERIFY(startRelay(backend));
        QVERIFY(customerWrites(QStringLiteral("wamid.in1")));
        const QByteArray body = json(text(customer, QStringLiteral("Yes, come by at six.")));

        const auto first = send(body, "outbox-1");
        QVERIFY2(first.status == 202, first.body.constData());
        const QString id = messageOf(first).value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(messageOf(first).value(QStringLiteral("status")).toString(),
                 QStringLiteral("queued"));
        QTRY_COMPARE(sendsToMeta(), 1);

        const auto again = send(body, "outbox-1");
        QVERIFY2(again.status == 202, again.body.constData());
        QCOMPARE(messageOf(again).value(QStringLiteral("id")).toString(), id);
        QCOMPARE(messageOf(again).value(QStringLiteral("text")).toString(),
                 QStringLiteral("Yes, come by at six."));
        QTest::qWait(200);
        QCOMPARE(sendsToMeta(), 1);
        QCOMPARE(outboundStored(m_relay->tenantId), 1);

        // The same key with another body is a mistake of the console: refused, nothing stored.
        const auto reused =
            send(json(text(customer, QStringLiteral("Something else entirely."))), "outbox-1");
        QCOMPARE(reused.status, 409);
        QCOMPARE(errorCode(reused), QStringLiteral("idempotency_key_reused"));
        QTest::qWait(100);
        QCOMPARE(sendsToMeta(), 1);
        QCOMPARE(outboundStored(m_relay->tenantId), 1);

        // Another key, or none, is another message. (Meta sees them one pair gap apart: the
        // send queue paces messages to one recipient, so only the records are counted here.)
        QSet<QString> ids{id};
        for (const QByteArray &key : {QByteArray("outbox-2"), QByteArray(), QByteArray()}) {
            const auto other = send(body, key);
            QVERIFY2(other.status == 202, other.body.constData());
            ids << messageOf(other).value(QStringLiteral("id")).toString();
        }
        QCOMPARE(ids.size(), 4);
        QCOMPARE(outboundStored(m_relay->tenantId), 4);
    }

    void idempotencyKeysAreKeptPerTenant() {
        QVERIFY(startRelay(QStringLiteral("sqlite")));
        QVERIFY(customerWrites(QStringLiteral("wamid.in1")));
        QVERIFY(m_relay
                    ->postWebhook(RelayHarness::textDelivery(QStringLiteral("PN2"),
                                                             QStringLiteral("wamid.c1"), customer,
                                                             QStringLiteral("hi")))
                    .status == 200);
        QVERIFY(m_relay->waitIngested());
        const QByteArray body = json(text(customer, QStringLiteral("Hello")));
        const auto pizzeria = send(body, "shared-key");
        const auto clinic = send(body, "shared-key", m_relay->otherTenantId, m_otherToken);
        QVERIFY2(pizzeria.status == 202, pizzeria.body.constData());
        QVERIFY2(clinic.status == 202, clinic.body.constData());
        QVERIFY(messageOf(pizzeria).value(QStringLiteral("id")) !=
                messageOf(clinic).value(QStringLiteral("id")));
        QCOMPARE(outboundStored(m_relay->otherTenantId), 1);
        // And a clinic message id is nothing the pizzeria can retry.
        QCOMPARE(retry(messageOf(clinic).value(QStringLiteral("id")).toString()).status, 404);
    }

    void serviceWindow_data() {
        QTest::addColumn<qint64>("wroteSecondsAgo"); // -1: never wrote
        QTest::addColumn<bool>("templateMessage");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const qint64 day = 24 * 60 * 60;
        QTest::newRow("text, just wrote") << qint64(0) << false << 202 << QString();
        QTest::newRow("text, wrote 23 h ago") << day - 3600 << false << 202 << QString();
        QTest::newRow("text, wrote 25 h ago")
            << day + 3600 << false << 422 << QStringLiteral("outside_service_window");
        QTest::newRow("text, never wrote")
            << qint64(-1) << false << 422 << QStringLiteral("outside_service_window");
        QTest::newRow("template, wrote 25 h ago") << day + 3600 << true << 202 << QString();
        QTest::newRow("template, never wrote") << qint64(-1) << true << 202 << QString();
    }
    void serviceWindow() {
        QFETCH(qint64, wroteSecondsAgo);
        QFETCH(bool, templateMessage);
        QFETCH(int, status);
        QFETCH(QString, code);
        QVERIFY(startRelay(QStringLiteral("sqlite")));
        if (wroteSecondsAgo >= 0)
            QVERIFY(customerWrites(QStringLiteral("wamid.in1"), wroteSecondsAgo));
        const QString to = wroteSecondsAgo >= 0 ? customer : stranger;
        const auto reply = send(json(templateMessage ? ::templateMessage(to)
                                                     : text(to, QStringLiteral("Your pizza?"))));
        QVERIFY2(reply.status == status, reply.body.constData());
        if (status == 202) {
            QTRY_COMPARE(sendsToMeta(), 1);
            QCOMPARE(outboundStored(m_relay->tenantId), 1);
        } else {
            QCOMPARE(errorCode(reply), code);
            QVERIFY(!reply.json()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .isEmpty());
            QTest::qWait(100);
            QCOMPARE(sendsToMeta(), 0);
            QCOMPARE(outboundStored(m_relay->tenantId), 0);
        }
    }

    void retryOnlyAFailedMessage_data() { Test::TestDatabase::addBackendRows(); }
    void retryOnlyAFailedMessage() {
        QFETCH(QString, backend);
        QVERIFY(startRelay(backend));
        QVERIFY(customerWrites(QStringLiteral("wamid.in1")));

        // Meta accepts it: it is not failed, so a retry is a conflict and sends nothing.
        const auto accepted = send(json(text(customer, QStringLiteral("On its way."))));
        QVERIFY2(accepted.status == 202, accepted.body.constData());
        const QString acceptedId = messageOf(accepted).value(QStringLiteral("id")).toString();
        QTRY_VERIFY(stored(acceptedId)
                        .value(QStringLiteral("wamid"))
                        .toString()
                        .startsWith(QStringLiteral("wamid.TEST")));
        const auto notFailed = retry(acceptedId);
        QCOMPARE(notFailed.status, 409);
        QCOMPARE(errorCode(notFailed), QStringLiteral("not_failed"));
        QTest::qWait(100);
        QCOMPARE(sendsToMeta(), 1);

        // Meta refuses the next: it fails with Meta's code.
        m_graphFails = true;
        const auto refused = send(json(text(customer, QStringLiteral("Second try."))));
        QVERIFY2(refused.status == 202, refused.body.constData());
        const QString failedId = messageOf(refused).value(QStringLiteral("id")).toString();
        // The send queue starts it one pair gap (Meta's 6 s per recipient) after the first.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(failedId), QStringLiteral("failed"), 20000);
        QCOMPARE(stored(failedId)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("131026"));

        // Staff send it again once Meta works: queued at once, then accepted with a wamid.
        m_graphFails = false;
        const int sendsBefore = sendsToMeta();
        const auto retried = retry(failedId);
        QVERIFY2(retried.status == 202, retried.body.constData());
        QCOMPARE(messageOf(retried).value(QStringLiteral("id")).toString(), failedId);
        QCOMPARE(messageOf(retried).value(QStringLiteral("status")).toString(),
                 QStringLiteral("queued"));
        QVERIFY(messageOf(retried).value(QStringLiteral("error")).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(sendsToMeta(), sendsBefore + 1, 20000);
        QTRY_VERIFY(!stored(failedId).value(QStringLiteral("wamid")).toString().isEmpty());
        QCOMPARE(outboundStored(m_relay->tenantId), 2);
        // Now it is not failed any more.
        QCOMPARE(retry(failedId).status, 409);

        // Unknown ids, and a customer's own message, are nothing to retry.
        QCOMPARE(retry(QStringLiteral("msg_unknown")).status, 404);
        const QString inboundId = idOfWamid(QStringLiteral("wamid.in1"));
        QVERIFY(!inboundId.isEmpty());
        const auto inbound = retry(inboundId);
        QCOMPARE(inbound.status, 404);
        QCOMPARE(errorCode(inbound), QStringLiteral("not_found"));
        QCOMPARE(outboundStored(m_relay->tenantId), 2);
    }

    void repeatedRetryWithItsKeySendsOnce_data() { Test::TestDatabase::addBackendRows(); }
    //! A console's outbox resends a retry whose answer it lost: the customer gets it once.
    void repeatedRetryWithItsKeySendsOnce() {
        QFETCH(QString, backend);
        QVERIFY(startRelay(backend));
        QVERIFY(customerWrites(QStringLiteral("wamid.in1")));
        m_graphFails = true;
        const auto refused = send(json(text(customer, QStringLiteral("Table for two?"))));
        QVERIFY2(refused.status == 202, refused.body.constData());
        const QString id = messageOf(refused).value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("failed"), 10000);
        m_graphFails = false;
        const int sendsBefore = sendsToMeta();

        const auto first = retry(id, {}, {}, "retry-key-1");
        QVERIFY2(first.status == 202, first.body.constData());
        // The answer was lost; the same key again, before and after Meta took it.
        const auto again = retry(id, {}, {}, "retry-key-1");
        QVERIFY2(again.status == 202, again.body.constData());
        QCOMPARE(messageOf(again).value(QStringLiteral("id")).toString(), id);
        QTRY_COMPARE_WITH_TIMEOUT(sendsToMeta(), sendsBefore + 1, 20000);
        QTRY_VERIFY(!stored(id).value(QStringLiteral("wamid")).toString().isEmpty());
        const auto late = retry(id, {}, {}, "retry-key-1");
        QVERIFY2(late.status == 202, late.body.constData());
        QVERIFY(!messageOf(late).value(QStringLiteral("wamid")).toString().isEmpty());
        QTest::qWait(300);
        QCOMPARE(sendsToMeta(), sendsBefore + 1);

        // The key of this retry names nothing else; a refused retry keeps no key.
        const auto other = send(json(text(customer, QStringLiteral("Or four?"))));
        QVERIFY2(other.status == 202, other.body.constData());
        const QString otherId = messageOf(other).value(QStringLiteral("id")).toString();
        const auto reused = retry(otherId, {}, {}, "retry-key-1");
        QCOMPARE(reused.status, 409);
        QCOMPARE(errorCode(reused), QStringLiteral("idempotency_key_reused"));
        QCOMPARE(retry(otherId, {}, {}, "retry-key-2").status, 409); // not failed
        QCOMPARE(m_relay->count(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys WHERE key "
                                               "= ?"),
                                {QStringLiteral("retry-key-2")}),
                 0);
    }

    void phoneNumberMustBeTheTenants_data() {
        QTest::addColumn<QString>("phoneNumberId");
        QTest::addColumn<int>("status");
        QTest::newRow("its own number") << QStringLiteral("PN1") << 202;
        QTest::newRow("no number: the first") << QString() << 202;
        QTest::newRow("another tenant's number") << QStringLiteral("PN2") << 422;
        QTest::newRow("a number nobody has") << QStringLiteral("PN-unknown") << 422;
    }
    void phoneNumberMustBeTheTenants() {
        QFETCH(QString, phoneNumberId);
        QFETCH(int, status);
        QVERIFY(startRelay(QStringLiteral("sqlite")));
        QVERIFY(customerWrites(QStringLiteral("wamid.in1")));
        QJsonObject body = text(customer, QStringLiteral("From which number?"));
        if (!phoneNumberId.isEmpty())
            body.insert(QStringLiteral("phone_number_id"), phoneNumberId);
        const auto reply = send(json(body));
        QVERIFY2(reply.status == status, reply.body.constData());
        if (status == 422) {
            QCOMPARE(errorCode(reply), QStringLiteral("unknown_number"));
            QTest::qWait(100);
            QCOMPARE(sendsToMeta(), 0);
            QCOMPARE(outboundStored(m_relay->tenantId), 0);
        } else {
            // Sent through the tenant's number, never the other tenant's.
            QTRY_COMPARE(sendsToMeta(), 1);
            QVERIFY2(m_graph->requests().last().path.endsWith(QLatin1String("/PN1/messages")),
                     qPrintable(m_graph->requests().last().path));
        }
    }

    void malformedBodyIsRefused_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << QByteArray("to=972500000001&text=hi")
                                  << QStringLiteral("malformed_json");
        QTest::newRow("cut short")
            << QByteArray("{\"to\":\"972500000001\",\"type\":") << QStringLiteral("malformed_json");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("malformed_json");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed_json");
        QTest::newRow("bad recipient") << json(text(QStringLiteral("pizza"), QStringLiteral("x")))
                                       << QStringLiteral("invalid_message");
        QTest::newRow("unknown type") << json({{QStringLiteral("to"), customer},
                                               {QStringLiteral("type"), QStringLiteral("fax")}})
                                      << QStringLiteral("invalid_message");
    }
    void malformedBodyIsRefused() {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QVERIFY(startRelay(QStringLiteral("sqlite")));
        QVERIFY(customerWrites(QStringLiteral("wamid.in1")));
        const auto reply = send(body, "key-of-a-bad-request");
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), code);
        QCOMPARE(outboundStored(m_relay->tenantId), 0);
        // The key was not spent on the bad request: a good body with it goes out.
        const auto good =
            send(json(text(customer, QStringLiteral("Fixed."))), "key-of-a-bad-request");
        QVERIFY2(good.status == 202, good.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestMessageEndpoint)
#include "tst_messageendpoint.moc"
