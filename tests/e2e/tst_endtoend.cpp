// SPDX-License-Identifier: GPL-3.0-or-later
// A business connects its number through Embedded Signup and talks to its customers, with the
// sandbox standing in for Meta: relay and sandbox run in this process on loopback ports, and
// every step goes through their HTTP APIs as the console and Meta would use them.
#include "app/relay/connections/connectionhealth.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/state/accountdirectory.h"
#include "app/sandbox/state/sandboxstate.h"
#include "app/sandbox/state/templatestore.h"
#include "app/sandbox/state/tokenstore.h"
#include "core/store/database.h"
#include "tests/relay/connections/sandboxedrelay.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::SandboxedRelay;

namespace {

//! Everything the relay logs while a test runs, to look for secrets in.
QStringList g_logs;
QtMessageHandler g_previousHandler = nullptr;
void keepLog(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    g_logs << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestEndToEnd : public QObject {
    Q_OBJECT

private:
    SandboxedRelay m_world;
    QString m_token; // pat, owner of the Pizzeria
    QString m_phoneNumberId;
    QString m_wabaId;

    RelayHarness::Reply api(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QByteArray &idempotencyKey = {}) {
        QMap<QByteArray, QByteArray> headers{{"Authorization", "Bearer " + m_token.toUtf8()},
                                             {"Content-Type", "application/json"}};
        if (!idempotencyKey.isEmpty())
            headers.insert("Idempotency-Key", idempotencyKey);
        return m_world.relay->request(
            method, QStringLiteral("/api/v1/tenants/%1").arg(m_world.relay->tenantId) + path,
            json(body), headers);
    }

    //! The sandbox's control API, from outside, as a test script or the demo uses it.
    QJsonObject control(const QString &path, const QJsonObject &body) {
        return m_world.control(path, body);
    }

    //! What a person finishing the sandbox's signup dialog produces: code and account ids.
    QJsonObject sandboxSignup(const QString &business, const QString &phone) {
        return control(QStringLiteral("/_sandbox/signup"),
                       {{QStringLiteral("app_id"), QStringLiteral("1001")},
                        {QStringLiteral("config_id"), QStringLiteral("cfg")},
                        {QStringLiteral("business_name"), business},
                        {QStringLiteral("display_phone_number"), phone}});
    }

    //! The whole Embedded Signup as the console runs it: start on the relay, the dialog, complete.
    //! Leaves the number and WABA in m_phoneNumberId and m_wabaId; returns complete's answer.
    RelayHarness::Reply connectThroughSignup(const QString &business, const QString &phone) {
        const auto start = api("POST", QStringLiteral("/signup/start"), {});
        QJsonObject completion = sandboxSignup(business, phone);
        m_phoneNumberId = completion.value(QStringLiteral("phone_number_id")).toString();
        m_wabaId = completion.value(QStringLiteral("waba_id")).toString();
        completion.insert(QStringLiteral("state"),
                          start.json().value(QStringLiteral("state")).toString());
        return api("POST", QStringLiteral("/signup/complete"), completion);
    }

    QJsonObject storedMessage(const QString &id) {
        auto db = m_world.relay->database().open();
        auto q = db->query(QStringLiteral("SELECT data FROM messages WHERE id = ?"), {id});
        if (!q || !(*q)->next())
            return {};
        return QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
    }

    QString statusOf(const QString &messageId) {
        return storedMessage(messageId).value(QStringLiteral("status")).toString();
    }

private Q_SLOTS:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(keepLog); }

    void init() {
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
        m_token = m_world.relay->login(QStringLiteral("pat"));
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup() {
        m_world.relay.reset();
        m_world.sandbox.reset();
    }

    void connectsThroughSignupAndTalksToACustomer() {
        // 1. The admin goes through the signup dialog (the sandbox's scripted stand-in).
        const auto completed = connectThroughSignup(QStringLiteral("Pizzeria Napoli"),
                                                    QStringLiteral("+1 555-010-0042"));
        QVERIFY(!m_phoneNumberId.isEmpty() && !m_wabaId.isEmpty());
        QVERIFY2(completed.status == 200, completed.body.constData());
        const QJsonObject connection = completed.json();
        QCOMPARE(connection.value(QStringLiteral("status")).toString(),
                 QStringLiteral("connected"));
        QCOMPARE(connection.value(QStringLiteral("waba_id")).toString(), m_wabaId);
        const QJsonObject number =
            connection.value(QStringLiteral("numbers")).toArray().first().toObject();
        QCOMPARE(number.value(QStringLiteral("id")).toString(), m_phoneNumberId);
        QVERIFY(!number.value(QStringLiteral("quality_rating")).toString().isEmpty());
        QVERIFY(!number.value(QStringLiteral("messaging_limit_tier")).toString().isEmpty());
        // Each step showed on the stream: pending steps, then connected.
        QStringList steps;
        for (const QJsonObject &event : m_world.relay->events(m_world.relay->tenantId)) {
            if (event.value(QStringLiteral("type")).toString() == QLatin1String("connection"))
                steps << event.value(QStringLiteral("data"))
                             .toObject()
                             .value(QStringLiteral("step"))
                             .toString();
        }
        QVERIFY2(steps.contains(QStringLiteral("exchanging_code")) &&
                     steps.contains(QStringLiteral("registering_number")),
                 qPrintable(steps.join(QLatin1Char(','))));

        // 2. A customer writes; the relay has it as a message of a conversation.
        const QString customer = QStringLiteral("972501112233");
        const QJsonObject sent = control(
            QStringLiteral("/_sandbox/customers/%1/messages").arg(customer),
            {{QStringLiteral("phone_number_id"), m_phoneNumberId},
             {QStringLiteral("name"), QStringLiteral("Dana")},
             {QStringLiteral("type"), QStringLiteral("text")},
             {QStringLiteral("text"),
              QJsonObject{{QStringLiteral("body"), QStringLiteral("שלום! פיצה אחת בבקשה")}}}});
        const QString inboundWamid = sent.value(QStringLiteral("wamid")).toString();
        QVERIFY2(!inboundWamid.isEmpty(), json(sent).constData());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_world.relay->count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid = ?"),
                                 {inboundWamid}),
            1, 10000);

        // 3. Staff reply; the ticks arrive: the message ends read.
        const QJsonObject reply{
            {QStringLiteral("to"), customer},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"),
             QJsonObject{{QStringLiteral("body"), QStringLiteral("בדרך אליך 🍕")}}}};
        const auto accepted = api("POST", QStringLiteral("/messages"), reply, "reply-1");
        QVERIFY2(accepted.status == 202, accepted.body.constData());
        const QJsonObject queued = accepted.json().value(QStringLiteral("message")).toObject();
        QCOMPARE(queued.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        const QString replyId = queued.value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(replyId), QStringLiteral("read"), 10000);
        QVERIFY(storedMessage(replyId)
                    .value(QStringLiteral("wamid"))
                    .toString()
                    .startsWith(QLatin1String("wamid.")));
        // The same key again answers the first message; with another body it is a conflict.
        const auto repeated = api("POST", QStringLiteral("/messages"), reply, "reply-1");
        QCOMPARE(repeated.status, 202);
        QCOMPARE(repeated.json()
                     .value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 replyId);
        QJsonObject other = reply;
        other.insert(QStringLiteral("text"),
                     QJsonObject{{QStringLiteral("body"), QStringLiteral("other")}});
        QCOMPARE(api("POST", QStringLiteral("/messages"), other, "reply-1").status, 409);

        // A photo of the pizza: uploaded through the relay, sent by its media id.
        QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADU"
                                                "lEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        const auto uploaded = m_world.relay->request(
            "POST",
            QStringLiteral("/api/v1/tenants/%1/media?filename=pizza.png")
                .arg(m_world.relay->tenantId),
            png, {{"Authorization", "Bearer " + m_token.toUtf8()}, {"Content-Type", "image/png"}});
        QVERIFY2(uploaded.status == 201, uploaded.body.constData());
        const QString mediaId = uploaded.json().value(QStringLiteral("id")).toString();
        QVERIFY(!mediaId.isEmpty());
        const auto photo = api("POST", QStringLiteral("/messages"),
                               {{QStringLiteral("to"), customer},
                                {QStringLiteral("type"), QStringLiteral("image")},
                                {QStringLiteral("image"),
                                 QJsonObject{{QStringLiteral("id"), mediaId},
                                             {QStringLiteral("caption"), QStringLiteral("🍕")}}}});
        QVERIFY2(photo.status == 202, photo.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(photo.json()
                                               .value(QStringLiteral("message"))
                                               .toObject()
                                               .value(QStringLiteral("id"))
                                               .toString()),
                                  QStringLiteral("read"), 10000);

        // 4. Someone who never wrote: free-form is refused before Meta, a template goes out.
        const QString stranger = QStringLiteral("972509998877");
        const auto refused = api("POST", QStringLiteral("/messages"),
                                 {{QStringLiteral("to"), stranger},
                                  {QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("text"),
                                   QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("outside_service_window"));
        Sandbox::MessageTemplate approved;
        approved.id = QStringLiteral("9001");
        approved.wabaId = m_wabaId;
        approved.name = QStringLiteral("order_ready");
        approved.language = QStringLiteral("en_US");
        approved.category = QStringLiteral("UTILITY");
        approved.status = QStringLiteral("APPROVED");
        approved.components = QJsonArray{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                        {QStringLiteral("text"), QStringLiteral("Your order is ready.")}}};
        m_world.sandbox->state().templates().add(approved);
        const auto templated =
            api("POST", QStringLiteral("/messages"),
                {{QStringLiteral("to"), stranger},
                 {QStringLiteral("type"), QStringLiteral("template")},
                 {QStringLiteral("template"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("order_ready")},
                              {QStringLiteral("language"),
                               QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}}}}});
        QVERIFY2(templated.status == 202, templated.body.constData());
        const QString templateId = templated.json()
                                       .value(QStringLiteral("message"))
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toString();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(templateId), QStringLiteral("read"), 10000);
    }

    //! No business token, PIN or app secret in the relay's database files (clear or any other
    //! text form), logs or API answers; Meta's later changes to the number reach the connection
    //! through the health check; disconnecting deregisters and erases the token.
    void secretsStaySealedAndTheConnectionStaysInStep() {
        g_logs.clear();
        const auto completed = connectThroughSignup(QStringLiteral("Secret Bakery"),
                                                    QStringLiteral("+1 555-010-0099"));
        QCOMPARE(completed.status, 200);
        const auto connection = m_world.relay->get(
            QStringLiteral("/api/v1/tenants/%1/connection").arg(m_world.relay->tenantId), m_token);

        const QStringList tokens = m_world.sandbox->state().tokens().issuedTokens();
        QCOMPARE(tokens.size(), 1);
        const QString pin = m_world.sandbox->state().accounts().phoneNumber(m_phoneNumberId)->pin;
        QCOMPARE(pin.size(), 6);
        QList<QByteArray> secrets{tokens.first().toUtf8(), QByteArray(RelayHarness::appSecret)};
        QByteArray files;
        const QFileInfo database(m_world.relay->config().database);
        for (const QFileInfo &file : database.dir().entryInfoList(QDir::Files)) {
            QFile f(file.absoluteFilePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            files += f.readAll();
        }
        QVERIFY(
            files.contains(m_phoneNumberId.toUtf8())); // the files were read: the number is there
        for (const QByteArray &secret : std::as_const(secrets)) {
            for (const QByteArray &form : {secret, secret.toBase64(), secret.toHex()}) {
                QVERIFY2(!files.contains(form), "a secret is readable in the relay's files");
                QVERIFY(!completed.body.contains(form) && !connection.body.contains(form));
                QVERIFY(!g_logs.join(QLatin1Char('\n')).toUtf8().contains(form));
            }
        }
        // The PIN is six digits: look for it where it would be written as a value.
        QVERIFY(!files.contains(QByteArray("\"" + pin.toUtf8() + "\"")));
        QVERIFY(!completed.body.contains(pin.toUtf8()));

        // Meta lowers the number's quality and tier; the next health check shows it.
        auto *number = m_world.sandbox->state().accounts().phoneNumber(m_phoneNumberId);
        number->qualityRating = QStringLiteral("YELLOW");
        number->messagingLimitTier = QStringLiteral("TIER_50");
        m_world.relay->relay()->connectionHealth()->checkNow();
        auto shownNumber = [&] {
            return m_world.relay
                ->get(QStringLiteral("/api/v1/tenants/%1/connection").arg(m_world.relay->tenantId),
                      m_token)
                .json()
                .value(QStringLiteral("numbers"))
                .toArray()
                .first()
                .toObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(shownNumber().value(QStringLiteral("quality_rating")).toString(),
                                  QStringLiteral("YELLOW"), 10000);
        QCOMPARE(shownNumber().value(QStringLiteral("messaging_limit_tier")).toString(),
                 QStringLiteral("TIER_50"));

        // Disconnect: Meta deregisters the number; the relay forgets the token.
        const auto disconnected = api("POST", QStringLiteral("/connection/disconnect"), {});
        QCOMPARE(disconnected.status, 200);
        QCOMPARE(disconnected.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("disconnected"));
        QVERIFY(disconnected.json().value(QStringLiteral("numbers")).toArray().isEmpty());
        QVERIFY(m_world.sandbox->state().accounts().phoneNumber(m_phoneNumberId)->status !=
                QStringLiteral("CONNECTED"));
        QCOMPARE(m_world.relay->count(
                     QStringLiteral("SELECT COUNT(*) FROM connections WHERE tenant_id = "
                                    "? AND access_token_sealed IS NOT NULL"),
                     {m_world.relay->tenantId}),
                 0);
        const auto refused = api("POST", QStringLiteral("/messages"),
                                 {{QStringLiteral("to"), QStringLiteral("972501234567")},
                                  {QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("text"),
                                   QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}}});
        QCOMPARE(refused.status, 422);
    }

    //! The manual steps for a number: a code by SMS, its verification, and registration with the
    //! two-step verification PIN.
    void numberStepsRequestVerifyAndRegister() {
        QCOMPARE(
            connectThroughSignup(QStringLiteral("Steps Clinic"), QStringLiteral("+1 555-010-0456"))
                .status,
            200);
        const QString number = m_phoneNumberId;
        const QString path = QStringLiteral("/numbers/%1/").arg(number);

        const auto requested = api("POST", path + QStringLiteral("request-code"),
                                   {{QStringLiteral("method"), QStringLiteral("SMS")},
                                    {QStringLiteral("language"), QStringLiteral("he")}});
        QVERIFY2(requested.status == 200, requested.body.constData());
        QCOMPARE(requested.json().value(QStringLiteral("step")).toString(),
                 QStringLiteral("awaiting_code"));
        QCOMPARE(api("POST", path + QStringLiteral("request-code"),
                     {{QStringLiteral("method"), QStringLiteral("PIGEON")}})
                     .status,
                 400);
        const auto wrongCode = api("POST", path + QStringLiteral("verify-code"),
                                   {{QStringLiteral("code"), QStringLiteral("000000")}});
        QCOMPARE(wrongCode.status, 502);
        QVERIFY(wrongCode.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .contains(QStringLiteral("meta_code")));
        const auto verified = api("POST", path + QStringLiteral("verify-code"),
                                  {{QStringLiteral("code"), QStringLiteral("123456")}});
        QVERIFY2(verified.status == 200, verified.body.constData());
        QCOMPARE(verified.json().value(QStringLiteral("step")).toString(),
                 QStringLiteral("registering_number"));
        const QString pin = m_world.sandbox->state().accounts().phoneNumber(number)->pin;
        const auto registered =
            api("POST", path + QStringLiteral("register"), {{QStringLiteral("pin"), pin}});
        QVERIFY2(registered.status == 200, registered.body.constData());
        QCOMPARE(registered.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("connected"));
        QCOMPARE(api("POST", path + QStringLiteral("register"),
                     {{QStringLiteral("pin"), QStringLiteral("12ab")}})
                     .status,
                 400);
        // Another tenant's number is not this tenant's to register.
        QCOMPARE(
            api("POST", QStringLiteral("/numbers/PN2/register"), {{QStringLiteral("pin"), pin}})
                .status,
            404);
    }

    //! A business that already has a WABA and a token connects without the signup dialog: the
    //! relay asks Meta about the token first.
    void manualConnectionChecksTheTokenWithMeta() {
        const QJsonObject signup =
            sandboxSignup(QStringLiteral("Old Hands"), QStringLiteral("+1 555-010-0321"));
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> exchange(network.get(QNetworkRequest(
            QUrl(m_world.sandboxUrl +
                 QStringLiteral("/v25.0/oauth/access_token?client_id=1001&client_secret=%1&code=%2")
                     .arg(QLatin1String(RelayHarness::appSecret),
                          signup.value(QStringLiteral("code")).toString())))));
        QSignalSpy exchanged(exchange.get(), &QNetworkReply::finished);
        QVERIFY(exchanged.wait(5000));
        const QString token = QJsonDocument::fromJson(exchange->readAll())
                                  .object()
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        QJsonObject manual{
            {QStringLiteral("waba_id"), signup.value(QStringLiteral("waba_id"))},
            {QStringLiteral("phone_number_id"), signup.value(QStringLiteral("phone_number_id"))},
            {QStringLiteral("access_token"), QStringLiteral("EAAmade-up")}};
        const auto refused = api("POST", QStringLiteral("/connection/manual"), manual);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("token_invalid"));
        manual.insert(QStringLiteral("waba_id"), QStringLiteral("999999"));
        manual.insert(QStringLiteral("access_token"), token);
        QCOMPARE(api("POST", QStringLiteral("/connection/manual"), manual).status, 422);
        manual.insert(QStringLiteral("waba_id"), signup.value(QStringLiteral("waba_id")));
        // A number id Meta does not know is refused with Meta's reason, and nothing is stored.
        manual.insert(QStringLiteral("phone_number_id"), QStringLiteral("987650000000001"));
        const auto unknownNumber = api("POST", QStringLiteral("/connection/manual"), manual);
        QCOMPARE(unknownNumber.status, 502);
        QVERIFY(unknownNumber.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .contains(QStringLiteral("meta_code")));
        manual.insert(QStringLiteral("phone_number_id"),
                      signup.value(QStringLiteral("phone_number_id")));
        const auto connected = api("POST", QStringLiteral("/connection/manual"), manual);
        QVERIFY2(connected.status == 200, connected.body.constData());
        QCOMPARE(connected.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("connected"));
        QVERIFY(!connected.body.contains(token.toUtf8()));
        // The number as Meta describes it, at once: not blanks until the health check runs.
        const QJsonObject number =
            connected.json().value(QStringLiteral("numbers")).toArray().first().toObject();
        QCOMPARE(number.value(QStringLiteral("id")).toString(),
                 signup.value(QStringLiteral("phone_number_id")).toString());
        QCOMPARE(number.value(QStringLiteral("display_phone_number")).toString(),
                 QStringLiteral("+1 555-010-0321"));
        QVERIFY(!number.value(QStringLiteral("verified_name")).toString().isEmpty());
        QVERIFY(!number.value(QStringLiteral("quality_rating")).toString().isEmpty());
        QVERIFY(!number.value(QStringLiteral("messaging_limit_tier")).toString().isEmpty());
    }

    void injectedFaultsEndAsAPersonExpects() {
        QCOMPARE(connectThroughSignup(QStringLiteral("Clinic"), QStringLiteral("+1 555-010-0077"))
                     .status,
                 200);
        const QString customer = QStringLiteral("972501230000");
        const QString wamid =
            control(QStringLiteral("/_sandbox/customers/%1/messages").arg(customer),
                    {{QStringLiteral("phone_number_id"), m_phoneNumberId},
                     {QStringLiteral("type"), QStringLiteral("text")},
                     {QStringLiteral("text"),
                      QJsonObject{{QStringLiteral("body"), QStringLiteral("hello")}}}})
                .value(QStringLiteral("wamid"))
                .toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_world.relay->count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid = ?"),
                                 {wamid}),
            1, 10000);
        auto send = [&](const QString &body) {
            const auto reply =
                api("POST", QStringLiteral("/messages"),
                    {{QStringLiteral("to"), customer},
                     {QStringLiteral("type"), QStringLiteral("text")},
                     {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}});
            return reply.json()
                .value(QStringLiteral("message"))
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        };
        auto fault = [&](int status, int code) {
            control(QStringLiteral("/_sandbox/faults"),
                    {{QStringLiteral("path_regex"), QStringLiteral("/messages$")},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("meta_code"), code},
                     {QStringLiteral("count"), 1}});
        };

        // Rate limited once: retried, delivered.
        fault(429, 130429);
        const QString limited = send(QStringLiteral("rate limited once"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(limited), QStringLiteral("read"), 15000);

        // Undeliverable: failed, with Meta's code and a reason.
        fault(400, 131026);
        const QString undeliverable = send(QStringLiteral("cannot arrive"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(undeliverable), QStringLiteral("failed"), 10000);
        const QJsonObject error =
            storedMessage(undeliverable).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("131026"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        // Staff send it again from the console: this time it arrives.
        const auto retried =
            api("POST", QStringLiteral("/messages/%1/retry").arg(undeliverable), {});
        QVERIFY2(retried.status == 202, retried.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(undeliverable), QStringLiteral("read"), 10000);
        QVERIFY(storedMessage(undeliverable).value(QStringLiteral("error")).isNull());
        QCOMPARE(api("POST", QStringLiteral("/messages/%1/retry").arg(undeliverable), {}).status,
                 409);

        // The token expired: the message fails and the connection asks for a reconnect.
        fault(401, 190);
        const QString expired = send(QStringLiteral("token expired"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(expired), QStringLiteral("failed"), 10000);
        const auto connection = m_world.relay->get(
            QStringLiteral("/api/v1/tenants/%1/connection").arg(m_world.relay->tenantId), m_token);
        QCOMPARE(connection.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("needs_reconnect"));
        QVERIFY(!connection.json().value(QStringLiteral("reason")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
