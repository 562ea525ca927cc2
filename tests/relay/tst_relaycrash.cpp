// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 the relay process while deliveries are in flight: every delivery it answered 200 is in
// the log exactly once after a restart, and the sender's retries of the others are deduplicated.
#include "app/relay/webhook/inboxstore.h"
#include "core/crypto/hmac.h"
#include "core/store/database.h"
#include "tests/relay/keepaliveclient.h"
#include "tests/relay/relayharness.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;

namespace {

QString relayBinary() {
    return QStringLiteral(SWITCHBOARD_BIN_DIR "/switchboard-relay");
}

//! Deliveries sent in order over one keep-alive connection (KeepAliveClient), tracked by wamid.
class Sender : public Switchboard::Test::KeepAliveClient {
public:
    Sender(quint16 port, QList<QPair<QString, QByteArray>> deliveries)
        : KeepAliveClient(port, requests(deliveries))
        , m_deliveries(std::move(deliveries)) {}
    //! The wamids answered 200.
    QSet<QString> acknowledgedWamids() const {
        QSet<QString> result;
        for (qsizetype i = 0; i < m_deliveries.size(); ++i) {
            if (acknowledged(i))
                result.insert(m_deliveries[i].first);
        }
        return result;
    }

private:
    static QList<QByteArray> requests(const QList<QPair<QString, QByteArray>> &deliveries) {
        QList<QByteArray> result;
        for (const auto &delivery : deliveries)
            result << Switchboard::Test::webhookRequest(
                delivery.second,
                "X-Hub-Signature-256: " + RelayHarness::sign(delivery.second) + "\r\n");
        return result;
    }

    QList<QPair<QString, QByteArray>> m_deliveries;
};

} // namespace

class TestRelayCrash : public QObject {
    Q_OBJECT

private:
    QProcessEnvironment environment(const QTemporaryDir &dir, quint16 port) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SWITCHBOARD_DATABASE"),
                   dir.filePath(QStringLiteral("relay.sqlite")));
        env.insert(QStringLiteral("SWITCHBOARD_APP_ID"), QStringLiteral("1001"));
        env.insert(QStringLiteral("SWITCHBOARD_APP_SECRET"),
                   QLatin1String(RelayHarness::appSecret));
        env.insert(QStringLiteral("SWITCHBOARD_VERIFY_TOKEN"), QStringLiteral("v"));
        env.insert(QStringLiteral("SWITCHBOARD_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(port));
        return env;
    }

    QString admin(const QProcessEnvironment &env, const QStringList &arguments,
                  const QByteArray &input = {}) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(relayBinary(), QStringList{QStringLiteral("admin")} + arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    bool waitHealthy(quint16 port) {
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(100))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

private Q_SLOTS:
    void acknowledgedDeliveriesSurviveKill() {
        QTemporaryDir dir;
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        const auto env = environment(dir, port);
        admin(env, {QStringLiteral("init")});
        const QString tenant =
            admin(env, {QStringLiteral("create-tenant"), QStringLiteral("--name"),
                        QStringLiteral("Crash test pizzeria")});
        QVERIFY(tenant.startsWith(QLatin1String("tn_")));
        admin(env,
              {QStringLiteral("connect-number"), QStringLiteral("--tenant"), tenant,
               QStringLiteral("--waba-id"), QStringLiteral("WABA-PN1"),
               QStringLiteral("--phone-number-id"), QStringLiteral("PN1"),
               QStringLiteral("--access-token-stdin"), QStringLiteral("--no-token-check")},
              "EAAcrash\n");

        QProcess relay;
        relay.setProcessEnvironment(env);
        relay.start(relayBinary(), {QStringLiteral("serve")});
        QVERIFY(waitHealthy(port));

        const int senders = 8, perSender = 400;
        QList<QPair<QString, QByteArray>> all;
        QList<Sender *> active;
        for (int s = 0; s < senders; ++s) {
            QList<QPair<QString, QByteArray>> deliveries;
            for (int i = 0; i < perSender; ++i) {
                const QString wamid = QStringLiteral("wamid.crash.%1.%2").arg(s).arg(i);
                deliveries.append(
                    {wamid, RelayHarness::textDelivery(QStringLiteral("PN1"), wamid,
                                                       QStringLiteral("97250000%1").arg(1000 + s),
                                                       QStringLiteral("order %1").arg(i))});
            }
            all += deliveries;
            active << new Sender(port, deliveries);
        }
        // Let traffic flow, then kill the relay without warning.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int acked = 0;
                for (auto *sender : active)
                    acked += sender->okAnswers();
                return acked >= 300;
            }(),
            20000);
        ::kill(qint64(relay.processId()), SIGKILL);
        QVERIFY(relay.waitForFinished(5000));
        QSet<QString> acknowledged;
        for (auto *sender : active)
            acknowledged.unite(sender->acknowledgedWamids());
        qDeleteAll(active);
        QVERIFY(acknowledged.size() >= 300);
        QVERIFY2(acknowledged.size() < all.size(), "the kill came too late to interrupt anything");

        // Restart; the sender retries everything not acknowledged, and (as Meta does) some that
        // were acknowledged, too.
        relay.start(relayBinary(), {QStringLiteral("serve")});
        QVERIFY(waitHealthy(port));
        QList<QPair<QString, QByteArray>> retries;
        int repeatedAcked = 0;
        for (const auto &delivery : all) {
            if (!acknowledged.contains(delivery.first))
                retries << delivery;
            else if (repeatedAcked++ < 100)
                retries << delivery;
        }
        QList<Sender *> retrying;
        for (int s = 0; s < senders; ++s) {
            QList<QPair<QString, QByteArray>> share;
            for (qsizetype i = s; i < retries.size(); i += senders)
                share << retries[i];
            retrying << new Sender(port, share);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(retrying.cbegin(), retrying.cend(),
                        [](const Sender *sender) { return sender->finished(); }),
            60000);
        qsizetype retriedAcks = 0;
        for (auto *sender : retrying)
            retriedAcks += sender->okAnswers();
        qDeleteAll(retrying);
        QCOMPARE(retriedAcks, retries.size());

        auto db = Database::open(dir.filePath(QStringLiteral("relay.sqlite")));
        QVERIFY(db.ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto inbox = InboxStore::open(**db);
                auto pending = inbox ? inbox.value().pending() : Result<qint64>(Error{});
                return pending && *pending == 0;
            }(),
            20000);
        auto q =
            (*db)->query(QStringLiteral("SELECT wamid, COUNT(*) FROM messages GROUP BY wamid"));
        QVERIFY(q.ok());
        QSet<QString> stored;
        while ((*q)->next()) {
            QCOMPARE((*q)->value(1).toInt(), 1);
            stored.insert((*q)->value(0).toString());
        }
        for (const QString &wamid : std::as_const(acknowledged))
            QVERIFY2(stored.contains(wamid),
                     qPrintable(wamid + QStringLiteral(" was acknowledged but lost")));
        QCOMPARE(stored.size(), all.size());
        // One message event per message: the log has no duplicates either.
        auto events = (*db)->query(
            QStringLiteral("SELECT COUNT(*) FROM events WHERE tenant_id = ? AND type = 'message'"),
            {tenant});
        QVERIFY(events && (*events)->next());
        QCOMPARE((*events)->value(0).toInt(), all.size());
        relay.terminate();
        relay.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestRelayCrash)
#include "tst_relaycrash.moc"
