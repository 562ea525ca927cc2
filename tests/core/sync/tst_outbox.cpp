// SPDX-License-Identifier: GPL-3.0-or-later
// The console's Outbox against a real relay whose Meta is the sandbox: every message counted here
// is one the sandbox's fake Graph API received (GET /_sandbox/outbox) or one the relay stored.
#include "core/sync/outbox.h"
#include "core/sync/relayclient.h"
#include "tests/relay/relayharness.h"
#include "tests/sandbox/sandboxharness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::SandboxHarness;

namespace {

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QJsonObject text(const QString &to, const QString &body) {
    return {{QStringLiteral("to"), to},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

//! A TCP relay between the console and the relay that can hold back the relay's answers while
//! still passing requests on: the relay acts on a request whose answer the console never gets.
//!
//! When the console goes away (killed) while the relay is still working on its request, the
//! relay-side connection stays open until the relay answered. The relay crashes otherwise: an
//! API answer written after the client closed its connection reaches a socket QtHttpServer 6.4
//! already deleted (QHttpServerResponse::write → QAbstractSocket::state on freed memory). That is
//! the relay's bug to fix in app/relay/http, not what this test is about.
class AnswerHoldingProxy : public QObject {
public:
    explicit AnswerHoldingProxy(quint16 target)
        : m_target(target) {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                pair(socket);
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void setHolding(bool holding) {
        m_holding = holding;
        if (holding)
            return;
        for (const auto &[down, up] : std::as_const(m_pairs)) {
            if (down && up)
                down->write(up->readAll());
        }
    }

private:
    void pair(QTcpSocket *socket) {
        QPointer<QTcpSocket> down(socket);
        QPointer<QTcpSocket> up(new QTcpSocket(this));
        auto awaiting = std::make_shared<bool>(false); //!< a request went up, no answer yet
        const auto forward = [down, up, awaiting] {
            if (down && up && up->state() == QAbstractSocket::ConnectedState &&
                down->bytesAvailable() > 0) {
                *awaiting = true;
                up->write(down->readAll());
            }
        };
        connect(down, &QTcpSocket::readyRead, this, forward);
        connect(up, &QTcpSocket::connected, this, forward);
        connect(up, &QTcpSocket::readyRead, this, [this, down, up, awaiting] {
            *awaiting = false;
            if (!down) {
                up->disconnectFromHost();
                return;
            }
            if (!m_holding)
                down->write(up->readAll());
        });
        connect(down, &QTcpSocket::disconnected, this, [down, up, awaiting] {
            if (down)
                down->deleteLater();
            if (up && !*awaiting)
                up->disconnectFromHost();
        });
        connect(up, &QTcpSocket::disconnected, this, [this, down, up] {
            if (down && !m_holding) {
                down->write(up->readAll());
                down->disconnectFromHost();
            }
            up->deleteLater();
        });
        up->connectToHost(QHostAddress::LocalHost, m_target);
        m_pairs.append({down, up});
    }

    QTcpServer m_server;
    quint16 m_target;
    bool m_holding = false;
    QList<std::pair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
};

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<RelayHarness> m_relay;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RelayClient> m_client;
    QString m_token;
    QString m_phoneNumberId;

    QString outboxFile() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }
    DatabaseUrl outboxUrl() const {
        DatabaseUrl url;
        url.sqlitePath = outboxFile();
        return url;
    }
    std::unique_ptr<Outbox> makeOutbox() {
        auto outbox = std::make_unique<Outbox>(outboxUrl(), m_client.get(), m_relay->tenantId);
        outbox->setRetryDelays(100, 400);
        return outbox;
    }

    RelayHarness::Reply api(const QString &path, const QJsonObject &body) {
        return m_relay->request("POST",
                                QStringLiteral("/api/v1/tenants/%1").arg(m_relay->tenantId) + path,
                                QJsonDocument(body).toJson(QJsonDocument::Compact),
                                {{"Authorization", "Bearer " + m_token.toUtf8()}});
    }

    //! The relay's tenant connects a sandbox number through Embedded Signup, as an admin would.
    bool connectNumber() {
        const auto start = api(QStringLiteral("/signup/start"), {});
        QJsonObject completion =
            m_sandbox
                ->post(
                    QStringLiteral("/_sandbox/signup"),
                    {{QStringLiteral("app_id"), m_relay->config().appId},
                     {QStringLiteral("config_id"), QStringLiteral("cfg")},
                     {QStringLiteral("business_name"), QStringLiteral("Pizzeria")},
                     {QStringLiteral("display_phone_number"), QStringLiteral("+1 555-010-0042")}})
                .json();
        m_phoneNumberId = completion.value(QStringLiteral("phone_number_id")).toString();
        completion.insert(QStringLiteral("state"),
                          start.json().value(QStringLiteral("state")).toString());
        const auto completed = api(QStringLiteral("/signup/complete"), completion);
        if (completed.status != 200)
            qWarning() << "signup:" << completed.status << completed.body;
        return completed.status == 200;
    }

    //! A customer writes to the business, which opens their 24-hour window at the relay.
    bool customerWrites(const QString &waId) {
        SandboxHarness::Business business;
        business.phoneNumberId = m_phoneNumberId;
        const QString wamid = m_sandbox->customerWrites(business, waId, QStringLiteral("hello"));
        if (wamid.isEmpty())
            return false;
        return QTest::qWaitFor(
            [&] {
                return m_relay->count(
                           QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid = ?"),
                           {wamid}) == 1;
            },
            10000);
    }

    //! The texts the sandbox's Graph API received, in order, as "to: text".
    QStringList sentToMeta() {
        const auto reply = m_sandbox->get(
            QStringLiteral("/_sandbox/outbox?phone_number_id=%1").arg(m_phoneNumberId));
        QStringList texts;
        for (const QJsonValue &value : reply.json().value(QStringLiteral("messages")).toArray()) {
            const QJsonObject request =
                value.toObject().value(QStringLiteral("request")).toObject();
            texts << request.value(QStringLiteral("to")).toString() + QStringLiteral(": ") +
                         request.value(QStringLiteral("text"))
                             .toObject()
                             .value(QStringLiteral("body"))
                             .toString();
        }
        return texts;
    }
    //! Outbound messages the relay stored with this text.
    int storedAtRelay(const QString &body) {
        return m_relay->count(
            QStringLiteral("SELECT COUNT(*) FROM messages WHERE data LIKE ? AND data LIKE ?"),
            {QStringLiteral("%\"direction\":\"outbound\"%"),
             QStringLiteral("%\"text\":\"%1\"%").arg(body)});
    }

    Result<Outbox::Command> send(Outbox &outbox, const QString &to, const QString &body) {
        return outbox.enqueue(Outbox::Kind::SendMessage, to, "POST",
                              outbox.tenantPath(QStringLiteral("/messages")), text(to, body));
    }

private Q_SLOTS:
    void init() {
        const quint16 relayPort = freePort();
        m_sandbox = std::make_unique<SandboxHarness>(
            QStringList{QStringLiteral("--webhook-url"),
                        QStringLiteral("http://127.0.0.1:%1/webhook").arg(relayPort),
                        QStringLiteral("--app-id"), QStringLiteral("1001"),
                        QStringLiteral("--app-secret"), QLatin1String(RelayHarness::appSecret)});
        QVERIFY2(m_sandbox->error().isEmpty(), qPrintable(m_sandbox->error()));
        m_relay = std::make_unique<RelayHarness>();
        m_relay->setGraphUrl(m_sandbox->base());
        m_relay->setListenPort(relayPort);
        QVERIFY2(m_relay->error().isEmpty() && m_relay->start(), qPrintable(m_relay->error()));
        m_token = m_relay->login(QStringLiteral("pat"));
        QVERIFY(!m_token.isEmpty());
        QVERIFY(connectNumber());
        m_dir = std::make_unique<QTemporaryDir>();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client =
            std::make_unique<RelayClient>(m_network.get(), QUrl(m_relay->baseUrl()), m_token);
        m_client->setTimeoutMs(3000);
    }
    void cleanup() {
        m_client.reset();
        m_network.reset();
        m_relay.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void locationIsBesideTheReplica() {
        const DatabaseUrl url =
            Outbox::location(QStringLiteral("/data"),
                             QUrl(QStringLiteral("https://relay.example/")), QStringLiteral("t/1"));
        QVERIFY2(url.sqlitePath.startsWith(QLatin1String("/data/outbox-t_1-")),
                 qPrintable(url.sqlitePath));
        QVERIFY(url.sqlitePath.endsWith(QLatin1String(".sqlite")));
        QCOMPARE(url.sqlitePath, Outbox::location(QStringLiteral("/data"),
                                                  QUrl(QStringLiteral("https://relay.example")),
                                                  QStringLiteral("t/1"))
                                     .sqlitePath);
    }

    //! "Queued" on screen means on disk: another Outbox on the file sees it, key and all.
    void enqueueIsDurableBeforeItReturns() {
        auto outbox = makeOutbox();
        QVERIFY(outbox->open());
        QSignalSpy changed(outbox.get(), &Outbox::commandChanged);
        constexpr int count = 20;
        QElapsedTimer clock;
        clock.start();
        QList<Outbox::Command> made;
        for (int i = 0; i < count; ++i) {
            auto command = send(*outbox, QStringLiteral("972500000001"),
                                QStringLiteral("Offline note %1").arg(i));
            QVERIFY2(command, qPrintable(command ? QString() : command.error().message));
            made << *command;
        }
        const double perEnqueueMs = double(clock.nsecsElapsed()) / 1e6 / count;
        qInfo("enqueue: %.2f ms each (synchronous=FULL, WAL)", perEnqueueMs);
        QVERIFY2(perEnqueueMs < 50, qPrintable(QString::number(perEnqueueMs)));
        QCOMPARE(changed.size(), count);
        QCOMPARE(made.first().state, Outbox::State::Queued);
        QVERIFY(!made.first().idempotencyKey.isEmpty());

        Outbox reader(outboxUrl(), m_client.get(), m_relay->tenantId);
        QVERIFY(reader.open());
        const QList<Outbox::Command> seen = reader.commands();
        QCOMPARE(seen.size(), count);
        QCOMPARE(seen.first().id, made.first().id);
        QCOMPARE(seen.first().idempotencyKey, made.first().idempotencyKey);
        QCOMPARE(seen.first().body, made.first().body);
        QCOMPARE(seen.first().kind, Outbox::Kind::SendMessage);
        QCOMPARE(seen.last().state, Outbox::State::Queued);
        QCOMPARE(reader.command(made.at(3).id).path, made.at(3).path);
        // Offline: nothing went anywhere.
        QCOMPARE(outbox->requestsStarted(), 0);
        QVERIFY(sentToMeta().isEmpty());
    }

    void commandsOfOneConversationGoInOrder() {
        const QString customer = QStringLiteral("972500000001");
        QVERIFY(customerWrites(customer));
        auto outbox = makeOutbox();
        QVERIFY(outbox->open());
        QStringList steps;
        connect(outbox.get(), &Outbox::commandChanged, this, [&](const Outbox::Command &c) {
            if (c.state == Outbox::State::Sending)
                steps << QStringLiteral("send ") +
                             c.body.value(u"text").toObject().value(u"body").toString();
        });
        QList<QJsonObject> answers;
        connect(outbox.get(), &Outbox::commandFinished, this,
                [&](const Outbox::Command &c, const QJsonObject &answer) {
                    steps << QStringLiteral("done ") +
                                 c.body.value(u"text").toObject().value(u"body").toString();
                    answers << answer;
                });
        for (const char *body : {"one", "two", "three"})
            QVERIFY(send(*outbox, customer, QLatin1String(body)));
        outbox->setOnline(true);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 3, 10000);
        // The next command of the conversation waited for the previous one's answer.
        QCOMPARE(steps, (QStringList{u"send one"_s, u"done one"_s, u"send two"_s, u"done two"_s,
                                     u"send three"_s, u"done three"_s}));
        const QJsonObject message = answers.first().value(u"message").toObject();
        QCOMPARE(message.value(u"text").toString(), QStringLiteral("one"));
        QCOMPARE(message.value(u"status").toString(), QStringLiteral("queued"));
        QVERIFY(outbox->commands().isEmpty());
        // Meta paces messages to one person (one per 6 s): they reach the sandbox in order.
        QTRY_COMPARE_WITH_TIMEOUT(sentToMeta().size(), 3, 30000);
        QCOMPARE(sentToMeta(), (QStringList{customer + u": one"_s, customer + u": two"_s,
                                            customer + u": three"_s}));
        QCOMPARE(outbox->requestsStarted(), 3);
    }

    void offlineCommandsGoWhenOnline() {
        const QStringList customers{QStringLiteral("972500000002"), QStringLiteral("972500000003")};
        for (const QString &customer : customers)
            QVERIFY(customerWrites(customer));
        auto outbox = makeOutbox();
        QVERIFY(outbox->open());
        QSignalSpy finished(outbox.get(), &Outbox::commandFinished);
        for (const QString &customer : customers)
            QVERIFY(send(*outbox, customer, QStringLiteral("Back online")));
        QTest::qWait(300);
        QCOMPARE(outbox->requestsStarted(), 0);
        QCOMPARE(outbox->commands().size(), 2);

        outbox->setOnline(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sentToMeta().size(), 2, 10000);
        const QStringList sent = sentToMeta();
        QCOMPARE(QSet<QString>(sent.cbegin(), sent.cend()),
                 (QSet<QString>{customers.at(0) + u": Back online"_s,
                                customers.at(1) + u": Back online"_s}));
        QVERIFY(outbox->commands().isEmpty());
    }

    //! A menu edit made from the console goes through the outbox too, deleting included: the
    //! product the relay made is gone from its menu after the DELETE.
    void productEditsIncludeDelete() {
        auto outbox = makeOutbox();
        QVERIFY(outbox->open());
        QSignalSpy finished(outbox.get(), &Outbox::commandFinished);
        outbox->setOnline(true);
        const QJsonObject margherita{{u"name"_s, u"Margherita"_s},
                                     {u"name_he"_s, u"מרגריטה"_s},
                                     {u"category"_s, u"Pizza"_s},
                                     {u"price"_s, 42.5},
                                     {u"currency"_s, u"ILS"_s}};
        QVERIFY(outbox->enqueue(Outbox::Kind::ProductEdit, u"menu"_s, "POST",
                                outbox->tenantPath(u"/products"_s), margherita));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const QString id = finished.at(0).at(1).toJsonObject().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_relay->count(u"SELECT COUNT(*) FROM products WHERE id = ?"_s, {id}), 1);

        auto removed = outbox->enqueue(Outbox::Kind::ProductEdit, u"menu"_s, "DELETE",
                                       outbox->tenantPath(u"/products/"_s + id), {});
        QVERIFY(removed);
        QCOMPARE(removed->method, QByteArray("DELETE"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(m_relay->count(u"SELECT COUNT(*) FROM products WHERE id = ?"_s, {id}), 0);
        QVERIFY(outbox->commands().isEmpty());
        // GET is not a command: nothing is queued for it.
        QVERIFY(!outbox->enqueue(Outbox::Kind::ProductEdit, u"menu"_s, "GET",
                                 outbox->tenantPath(u"/products"_s), {}));
    }

    //! 422 outside_service_window: failed with the relay's words, never sent again on its own.
    void refusedCommandFailsWithTheRelaysReason() {
        const QString stranger = QStringLiteral("972500000099"); // never wrote
        const QString customer = QStringLiteral("972500000004");
        QVERIFY(customerWrites(customer));
        auto outbox = makeOutbox();
        QVERIFY(outbox->open());
        outbox->setOnline(true);
        QSignalSpy finished(outbox.get(), &Outbox::commandFinished);
        auto refused = send(*outbox, stranger, QStringLiteral("Hi there"));
        QVERIFY(refused);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->command(refused->id).state, Outbox::State::Failed, 5000);
        const Outbox::Command failed = outbox->command(refused->id);
        QCOMPARE(failed.error.httpStatus, 422);
        QCOMPARE(failed.error.code, QStringLiteral("outside_service_window"));
        QVERIFY2(failed.error.message.contains(QLatin1String("24 hours")),
                 qPrintable(failed.error.message));
        // Still failed after a second Outbox (a restarted console) looked at it.
        {
            Outbox reopened(outboxUrl(), m_client.get(), m_relay->tenantId);
            QVERIFY(reopened.open());
            QCOMPARE(reopened.command(refused->id).state, Outbox::State::Failed);
            QCOMPARE(reopened.command(refused->id).error.code,
                     QStringLiteral("outside_service_window"));
        }
        // A failed command does not hold up the later ones of its conversation.
        auto later = outbox->enqueue(Outbox::Kind::SendMessage, stranger, "POST",
                                     outbox->tenantPath(QStringLiteral("/messages")),
                                     text(customer, QStringLiteral("Meanwhile")));
        QVERIFY(later);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QTest::qWait(500);
        QCOMPARE(outbox->requestsStarted(), 2);

        // Staff ask again: the same refusal, one more request; then they give up on it.
        QVERIFY(outbox->retry(refused->id));
        QTRY_COMPARE_WITH_TIMEOUT(outbox->requestsStarted(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->command(refused->id).state, Outbox::State::Failed, 5000);
        QCOMPARE(outbox->command(refused->id).idempotencyKey, refused->idempotencyKey);
        QSignalSpy discarded(outbox.get(), &Outbox::commandDiscarded);
        QVERIFY(outbox->discard(refused->id));
        QCOMPARE(discarded.size(), 1);
        QVERIFY(outbox->commands().isEmpty());
        QTest::qWait(300);
        QCOMPARE(outbox->requestsStarted(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(sentToMeta(), QStringList{customer + u": Meanwhile"_s}, 5000);
    }

    void unreachableRelayIsRetriedWithTheSameKey() {
        const QString customer = QStringLiteral("972500000005");
        QVERIFY(customerWrites(customer));
        m_relay->stop();
        auto outbox = makeOutbox();
        QVERIFY(outbox->open());
        outbox->setOnline(true);
        QSignalSpy finished(outbox.get(), &Outbox::commandFinished);
        auto command = send(*outbox, customer, QStringLiteral("Are you there?"));
        QVERIFY(command);
        QTRY_VERIFY_WITH_TIMEOUT(outbox->requestsStarted() >= 3, 10000);
        const Outbox::Command waiting = outbox->command(command->id);
        QVERIFY(waiting.state != Outbox::State::Failed);
        QCOMPARE(waiting.idempotencyKey, command->idempotencyKey);

        QVERIFY(m_relay->start());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().first().value<Outbox::Command>().idempotencyKey,
                 command->idempotencyKey);
        QTRY_COMPARE_WITH_TIMEOUT(sentToMeta(), QStringList{customer + u": Are you there?"_s},
                                  10000);
    }

    //! The relay took the request but its answer was lost: the resend (same key) sends nothing.
    void lostAnswerIsResentWithTheSameKey() {
        const QString customer = QStringLiteral("972500000006");
        QVERIFY(customerWrites(customer));
        AnswerHoldingProxy proxy(m_relay->port());
        proxy.setHolding(true);
        RelayClient client(m_network.get(), QUrl(proxy.url()), m_token);
        client.setTimeoutMs(1000);
        Outbox outbox(outboxUrl(), &client, m_relay->tenantId);
        outbox.setRetryDelays(100, 400);
        QVERIFY(outbox.open());
        outbox.setOnline(true);
        QSignalSpy finished(&outbox, &Outbox::commandFinished);
        QVERIFY(send(outbox, customer, QStringLiteral("Lost and found")));
        QTRY_COMPARE_WITH_TIMEOUT(storedAtRelay(QStringLiteral("Lost and found")), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(outbox.requestsStarted() >= 2, 10000);
        proxy.setHolding(false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(storedAtRelay(QStringLiteral("Lost and found")), 1);
        QTRY_COMPARE_WITH_TIMEOUT(sentToMeta(), QStringList{customer + u": Lost and found"_s},
                                  10000);
        QTest::qWait(500);
        QCOMPARE(sentToMeta().size(), 1);
    }

    //! A 5xx of the relay itself (here its database lost a table) is waited out and retried.
    void relayServerErrorIsRetried() {
        const QString customer = QStringLiteral("972500000007");
        QVERIFY(customerWrites(customer));
        QVERIFY(m_relay->execute(
            QStringLiteral("ALTER TABLE idempotency_keys RENAME TO idempotency_keys_away")));
        auto outbox = makeOutbox();
        QVERIFY(outbox->open());
        outbox->setOnline(true);
        QSignalSpy finished(outbox.get(), &Outbox::commandFinished);
        auto command = send(*outbox, customer, QStringLiteral("Try again later"));
        QVERIFY(command);
        QTRY_VERIFY_WITH_TIMEOUT(outbox->requestsStarted() >= 2, 10000);
        const Outbox::Command waiting = outbox->command(command->id);
        QVERIFY(waiting.state != Outbox::State::Failed);
        QCOMPARE(storedAtRelay(QStringLiteral("Try again later")), 0);

        QVERIFY(m_relay->execute(
            QStringLiteral("ALTER TABLE idempotency_keys_away RENAME TO idempotency_keys")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sentToMeta(), QStringList{customer + u": Try again later"_s},
                                  10000);
        QCOMPARE(storedAtRelay(QStringLiteral("Try again later")), 1);
    }

    //! Meta's 5xx is the relay's to retry (it answered 202 already): the Outbox sends once, and
    //! the customer gets the message once Meta is back.
    void metaServerErrorIsTheRelaysToRetry() {
        const QString customer = QStringLiteral("972500000008");
        QVERIFY(customerWrites(customer));
        const auto fault =
            m_sandbox->post(QStringLiteral("/_sandbox/faults"),
                            {{QStringLiteral("path_regex"), QStringLiteral("/messages$")},
                             {QStringLiteral("status"), 503},
                             {QStringLiteral("count"), 1}});
        QCOMPARE(fault.status, 201);
        auto outbox = makeOutbox();
        QVERIFY(outbox->open());
        outbox->setOnline(true);
        QSignalSpy finished(outbox.get(), &Outbox::commandFinished);
        QVERIFY(send(*outbox, customer, QStringLiteral("Meta hiccup")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(sentToMeta(), QStringList{customer + u": Meta hiccup"_s}, 20000);
        QCOMPARE(outbox->requestsStarted(), 1);
    }

    //! 401: the Outbox stops and keeps its commands for the next session.
    void endedSessionStopsAndKeeps() {
        const QString customer = QStringLiteral("972500000009");
        QVERIFY(customerWrites(customer));
        m_client->setToken(QStringLiteral("a-token-the-relay-never-issued"));
        QSignalSpy ended(m_client.get(), &RelayClient::sessionEnded);
        auto outbox = makeOutbox();
        QVERIFY(outbox->open());
        outbox->setOnline(true);
        QSignalSpy finished(outbox.get(), &Outbox::commandFinished);
        auto first = send(*outbox, customer, QStringLiteral("After sign-in"));
        auto second = send(*outbox, QStringLiteral("972500000010"), QStringLiteral("Other chat"));
        QVERIFY(first && second);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!outbox->isOnline(), 5000);
        QTest::qWait(500);
        const int started = outbox->requestsStarted();
        QVERIFY(started >= 1 && started <= 2);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->command(first->id).state, Outbox::State::Queued, 5000);
        QCOMPARE(outbox->command(first->id).error.httpStatus, 401);
        QCOMPARE(outbox->commands().size(), 2);
        QCOMPARE(finished.size(), 0);

        // Signed in again, the console goes online: the kept command goes.
        m_client->setToken(m_token);
        outbox->setOnline(true);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sentToMeta(), QStringList{customer + u": After sign-in"_s},
                                  10000);
    }

    //! kill -9 at chosen and random moments, again and again: every command the console showed
    //! as queued reaches the customer exactly once.
    void killedConsoleSendsEachCommandOnce() {
        QStringList customers;
        for (int i = 0; i < 4; ++i) {
            customers << QStringLiteral("97250000002%1").arg(i);
            QVERIFY(customerWrites(customers.last()));
        }
        AnswerHoldingProxy proxy(m_relay->port());
        QStringList promised; //!< texts whose "queued" line the driver printed

        auto runDriver = [&](const QStringList &messages, auto killWhen) -> bool {
            QProcess driver;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("SWITCHBOARD_TEST_TOKEN"), m_token);
            driver.setProcessEnvironment(environment);
            driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QStringList lines;
            QByteArray pending;
            connect(&driver, &QProcess::readyReadStandardOutput, this, [&] {
                pending += driver.readAllStandardOutput();
                while (pending.contains('\n')) {
                    const int end = pending.indexOf('\n');
                    const QString line = QString::fromUtf8(pending.left(end));
                    pending.remove(0, end + 1);
                    lines << line;
                    if (line.startsWith(QLatin1String("queued ")))
                        promised << line.section(QLatin1Char(' '), 2);
                }
            });
            QStringList arguments{outboxFile(), proxy.url(), m_relay->tenantId};
            arguments += messages;
            driver.start(QStringLiteral(OUTBOX_DRIVER), arguments);
            if (!driver.waitForStarted(5000))
                return false;
            const auto stopped = [&] { return driver.state() == QProcess::NotRunning; };
            if (killWhen(driver, lines)) {
                ::kill(qint64(driver.processId()), SIGKILL);
                return QTest::qWaitFor(stopped, 5000);
            }
            if (!QTest::qWaitFor(stopped, 30000))
                return false;
            return driver.exitStatus() == QProcess::NormalExit && driver.exitCode() == 0 &&
                   lines.contains(QStringLiteral("idle"));
        };

        // 1. The relay has the first message, its answer is held: killed before hearing it.
        QStringList first;
        for (int i = 0; i < 8; ++i)
            first << customers.at(i % 4) + QStringLiteral("=Kill test %1").arg(i);
        proxy.setHolding(true);
        QVERIFY(runDriver(first, [&](QProcess &, const QStringList &) {
            return QTest::qWaitFor(
                [&] { return storedAtRelay(QStringLiteral("Kill test 0")) == 1; }, 10000);
        }));
        QCOMPARE(promised.size(), 8);
        proxy.setHolding(false);

        // 2. Restarts killed at random moments, while they enqueue two messages of their own,
        // send, or record answers.
        auto *random = QRandomGenerator::global();
        int kills = 0;
        constexpr int runs = 10;
        for (int i = 0; i < runs; ++i) {
            const QStringList extra{customers.at(i % 4) + QStringLiteral("=Round %1a").arg(i),
                                    customers.at((i + 1) % 4) +
                                        QStringLiteral("=Round %1b").arg(i)};
            const int afterMs = int(random->bounded(40));
            // Killed, or done before the kill came: either is a console's life.
            (void)runDriver(extra, [&](QProcess &driver, const QStringList &lines) {
                (void)QTest::qWaitFor([&] { return lines.contains(QStringLiteral("open")); }, 5000);
                QTest::qWait(afterMs);
                const bool running = driver.state() == QProcess::Running;
                kills += running ? 1 : 0;
                return running;
            });
        }
        qInfo("%d of %d runs killed; %d messages shown as queued", kills, runs,
              int(promised.size()));
        QVERIFY2(kills > 0, "no run was killed");

        // 3. A last run to the end.
        QVERIFY(runDriver({}, [](QProcess &, const QStringList &) { return false; }));
        QVERIFY(promised.size() >= 8);
        for (const QString &body : std::as_const(promised))
            QVERIFY2(storedAtRelay(body) == 1, qPrintable(body));
        // (A run killed between enqueue's commit and its "queued" line may have sent one more,
        // never shown as queued: at most once as well.)
        const auto texts = [this] {
            QStringList bodies;
            for (const QString &line : sentToMeta())
                bodies << line.section(QStringLiteral(": "), 1);
            return bodies;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(promised.cbegin(), promised.cend(),
                        [&, sent = texts()](const QString &body) { return sent.contains(body); }),
            60000);
        const QStringList sent = texts();
        for (const QString &body : sent)
            QVERIFY2(sent.count(body) == 1, qPrintable(body));
        QTRY_COMPARE_WITH_TIMEOUT(
            texts().size(),
            m_relay->count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE "
                                          "data LIKE ?"),
                           {QStringLiteral("%\"direction\":\"outbound\"%")}),
            20000);
        // Messages to one customer went in the order they were made.
        for (const QString &customer : customers) {
            QStringList theirs;
            for (const QString &line : sentToMeta())
                if (line.startsWith(customer + u": Kill"_s))
                    theirs << line;
            QCOMPARE(theirs.size(), 2);
            QVERIFY2(theirs.first() < theirs.last(), qPrintable(theirs.join(u" | "_s)));
        }
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
