// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionStore as an operator connecting numbers, and someone holding a copy of the database,
// see it: the token is stored sealed only, a number belongs to one tenant, disconnecting erases
// the token and stops routing, and every change reaches consoles as a connection event.
#include "app/relay/connections/connectionstore.h"
#include "core/crypto/masterkey.h"
#include "core/crypto/secretbox.h"
#include "core/store/database.h"
#include "tests/relay/relaydatabase.h"
#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Switchboard;

namespace {

const QByteArray tokenA = "EAAG-tenant-a-secret-access-token-0123456789";
const QByteArray tokenB = "EAAG-tenant-b-secret-access-token-9876543210";

PhoneNumber number(const QString &id, const QString &display = {}) {
    PhoneNumber n;
    n.id = id;
    n.displayPhoneNumber = display;
    n.status = QStringLiteral("CONNECTED");
    return n;
}

struct Store : Test::RelayDatabase {
    explicit Store(const QString &backend)
        : RelayDatabase(backend) {
        if (!error.isEmpty())
            return;
        auto key = MasterKey::create(dir.filePath(QStringLiteral("master.key")));
        if (!key) {
            error = key.error().message;
            return;
        }
        auto sealing = SecretBox::withKey(1, *key);
        if (!sealing) {
            error = sealing.error().message;
            return;
        }
        box.emplace(sealing.value());
    }
    ConnectionStore store() { return ConnectionStore(*database, &*box); }

    //! Every value of every row of `table`, as bytes.
    QList<QByteArray> cells(const QString &table) {
        QList<QByteArray> values;
        auto q = database->query(QStringLiteral("SELECT * FROM %1").arg(table));
        if (!q)
            return values;
        while ((*q)->next()) {
            for (int column = 0; column < (*q)->record().count(); ++column)
                values << (*q)->value(column).toByteArray();
        }
        return values;
    }
    //! The connection events of `tenant`, their data parsed, in seq order.
    QList<QJsonObject> connectionEvents(const QString &tenant) {
        QList<QJsonObject> events;
        auto q = database->query(QStringLiteral("SELECT data FROM events WHERE tenant_id = ? AND "
                                                "type = 'connection' ORDER BY seq"),
                                 {tenant});
        while (q && (*q)->next())
            events << QJsonDocument::fromJson((*q)->value(0).toByteArray()).object();
        return events;
    }

    QTemporaryDir dir;
    std::optional<SecretBox> box;
};

} // namespace

class TestConnectionStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void connectNumberStoresTheTokenSealedOnly_data() { Test::TestDatabase::addBackendRows(); }
    void connectNumberStoresTheTokenSealedOnly() {
        QFETCH(QString, backend);
        Store s(backend);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        auto connected = s.store().connectNumber(
            s.tenantA, QStringLiteral("WABA-A"),
            number(QStringLiteral("PN-A"), QStringLiteral("+1 555-0100")), tokenA);
        QVERIFY2(connected, qPrintable(connected.error().message));
        QCOMPARE(toString(connected->status), toString(ConnectionStatus::Connected));
        QCOMPARE(connected->wabaId, QStringLiteral("WABA-A"));
        QCOMPARE(connected->numbers.size(), 1);
        QCOMPARE(connected->numbers.first().displayPhoneNumber, QStringLiteral("+1 555-0100"));

        // The token opens for the relay, and is in no column of any table a copy would hold.
        QCOMPARE(s.store().accessToken(s.tenantA).value(), tokenA);
        for (const QString &table : {QStringLiteral("connections"), QStringLiteral("phone_numbers"),
                                     QStringLiteral("events")}) {
            const QList<QByteArray> values = s.cells(table);
            QVERIFY2(!values.isEmpty(), qPrintable(table));
            for (const QByteArray &value : values) {
                QVERIFY2(!value.contains(tokenA), qPrintable(table + QStringLiteral(" holds it")));
                QVERIFY2(!value.contains(tokenA.toBase64()),
                         qPrintable(table + QStringLiteral(" holds it in base64")));
            }
        }
        // The consoles learn of it as one connection event, which carries no token.
        const QList<QJsonObject> events = s.connectionEvents(s.tenantA);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value(QStringLiteral("status")).toString(),
                 QStringLiteral("connected"));
    }

    void sealedTokenCopiedToAnotherTenantDoesNotOpen_data() {
        Test::TestDatabase::addBackendRows();
    }
    void sealedTokenCopiedToAnotherTenantDoesNotOpen() {
        QFETCH(QString, backend);
        Store s(backend);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.store().connectNumber(s.tenantA, QStringLiteral("WABA-A"),
                                        number(QStringLiteral("PN-A")), tokenA));
        QVERIFY(s.store().connectNumber(s.tenantB, QStringLiteral("WABA-B"),
                                        number(QStringLiteral("PN-B")), tokenB));
        QCOMPARE(s.store().accessToken(s.tenantB).value(), tokenB);
        auto copied = s.database->query(
            QStringLiteral("UPDATE connections SET access_token_sealed = (SELECT "
                           "access_token_sealed FROM connections WHERE tenant_id = ?) WHERE "
                           "tenant_id = ?"),
            {s.tenantA, s.tenantB});
        QVERIFY(copied);
        auto opened = s.store().accessToken(s.tenantB);
        QVERIFY2(!opened, "tenant A's sealed token opened as tenant B's");
        QCOMPARE(s.store().accessToken(s.tenantA).value(), tokenA);
    }

    void numberOfAnotherTenantIsRefused_data() { Test::TestDatabase::addBackendRows(); }
    void numberOfAnotherTenantIsRefused() {
        QFETCH(QString, backend);
        Store s(backend);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.store().connectNumber(s.tenantA, QStringLiteral("WABA-A"),
                                        number(QStringLiteral("PN-A")), tokenA));
        const int eventsA = s.connectionEvents(s.tenantA).size();

        auto taken = s.store().connectNumber(s.tenantB, QStringLiteral("WABA-B"),
                                             number(QStringLiteral("PN-A")), tokenB);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, QStringLiteral("number_taken"));
        // Signup's path refuses it alike.
        auto viaSignup = s.store().storeAccount(
            s.tenantB, QStringLiteral("WABA-B"), QStringLiteral("BIZ-B"), tokenB,
            {number(QStringLiteral("PN-A"))}, ConnectionStep::SubscribingWebhooks);
        QVERIFY(!viaSignup);
        QCOMPARE(viaSignup.error().code, QStringLiteral("number_taken"));

        // Nothing moved: the number still routes to A, whose token and log are as they were; B
        // has no connection and no token.
        QCOMPARE(s.store().tenantForPhoneNumber(QStringLiteral("PN-A"))->value_or(QString()),
                 s.tenantA);
        QCOMPARE(s.store().accessToken(s.tenantA).value(), tokenA);
        QCOMPARE(s.connectionEvents(s.tenantA).size(), eventsA);
        QCOMPARE(toString(s.store().connection(s.tenantB)->status),
                 toString(ConnectionStatus::NotConnected));
        QVERIFY(!s.store().accessToken(s.tenantB));
        QVERIFY(s.connectionEvents(s.tenantB).isEmpty());

        // Connecting it again to its own tenant (a new token) is fine.
        QVERIFY(s.store().connectNumber(s.tenantA, QStringLiteral("WABA-A"),
                                        number(QStringLiteral("PN-A")), tokenB));
        QCOMPARE(s.store().accessToken(s.tenantA).value(), tokenB);
    }

    void connectNumberNeedsEveryPart_data() {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("waba");
        QTest::addColumn<QString>("phoneNumberId");
        QTest::addColumn<QByteArray>("token");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            const QByteArray b = backend.toLatin1();
            QTest::addRow("%s no waba", b.constData())
                << backend << QString() << QStringLiteral("PN-A") << tokenA;
            QTest::addRow("%s no number", b.constData())
                << backend << QStringLiteral("WABA-A") << QString() << tokenA;
            QTest::addRow("%s blank token", b.constData())
                << backend << QStringLiteral("WABA-A") << QStringLiteral("PN-A")
                << QByteArray(" \n");
        }
    }
    void connectNumberNeedsEveryPart() {
        QFETCH(QString, backend);
        QFETCH(QString, waba);
        QFETCH(QString, phoneNumberId);
        QFETCH(QByteArray, token);
        Store s(backend);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        auto connected = s.store().connectNumber(s.tenantA, waba, number(phoneNumberId), token);
        QVERIFY(!connected);
        QCOMPARE(connected.error().code, QStringLiteral("invalid_request"));
        QVERIFY(s.cells(QStringLiteral("connections")).isEmpty());
        QVERIFY(s.connectionEvents(s.tenantA).isEmpty());
    }

    void disconnectErasesTheTokenAndStopsRouting_data() { Test::TestDatabase::addBackendRows(); }
    void disconnectErasesTheTokenAndStopsRouting() {
        QFETCH(QString, backend);
        Store s(backend);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.store().connectNumber(s.tenantA, QStringLiteral("WABA-A"),
                                        number(QStringLiteral("PN-A")), tokenA));
        QVERIFY(s.store().storePin(s.tenantA, "123456"));
        QCOMPARE(s.store().pin(s.tenantA).value(), QByteArray("123456"));

        auto gone = s.store().disconnect(s.tenantA, QStringLiteral("Disconnected by Pat."));
        QVERIFY2(gone, qPrintable(gone.error().message));
        QCOMPARE(toString(gone->status), toString(ConnectionStatus::Disconnected));
        QCOMPARE(gone->reason, QStringLiteral("Disconnected by Pat."));
        QVERIFY(gone->numbers.isEmpty());

        auto token = s.store().accessToken(s.tenantA);
        QVERIFY(!token);
        QCOMPARE(token.error().code, QStringLiteral("not_connected"));
        QCOMPARE(s.store().pin(s.tenantA).error().code, QStringLiteral("no_pin"));
        auto row = s.database->query(QStringLiteral("SELECT access_token_sealed, pin_sealed FROM "
                                                    "connections WHERE tenant_id = ?"),
                                     {s.tenantA});
        QVERIFY(row && (*row)->next());
        QVERIFY((*row)->value(0).isNull());
        QVERIFY((*row)->value(1).isNull());
        (*row)->finish();
        // Webhooks for the number no longer reach the tenant; the number is free for another.
        QVERIFY(!s.store().tenantForPhoneNumber(QStringLiteral("PN-A"))->has_value());
        QVERIFY(s.store().connectNumber(s.tenantB, QStringLiteral("WABA-A"),
                                        number(QStringLiteral("PN-A")), tokenB));

        const QList<QJsonObject> events = s.connectionEvents(s.tenantA);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().value(QStringLiteral("status")).toString(),
                 QStringLiteral("disconnected"));
    }

    void progressWalksTheSteps_data() {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("stepName");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            const QByteArray b = backend.toLatin1();
            QTest::addRow("%s exchanging_code", b.constData())
                << backend << int(ConnectionStep::ExchangingCode)
                << QStringLiteral("exchanging_code");
            QTest::addRow("%s reading_account", b.constData())
                << backend << int(ConnectionStep::ReadingAccount)
                << QStringLiteral("reading_account");
            QTest::addRow("%s subscribing_webhooks", b.constData())
                << backend << int(ConnectionStep::SubscribingWebhooks)
                << QStringLiteral("subscribing_webhooks");
            QTest::addRow("%s registering_number", b.constData())
                << backend << int(ConnectionStep::RegisteringNumber)
                << QStringLiteral("registering_number");
            QTest::addRow("%s awaiting_code", b.constData())
                << backend << int(ConnectionStep::AwaitingCode) << QStringLiteral("awaiting_code");
        }
    }
    //! What the console's connection page shows while signup runs: the step, in an event.
    void progressWalksTheSteps() {
        QFETCH(QString, backend);
        QFETCH(int, step);
        QFETCH(QString, stepName);
        Store s(backend);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        // A tenant that never connected: the row is made on the first progress.
        QCOMPARE(toString(s.store().connection(s.tenantA)->status),
                 toString(ConnectionStatus::NotConnected));
        auto pending =
            s.store().setProgress(s.tenantA, ConnectionStatus::Pending, ConnectionStep(step));
        QVERIFY2(pending, qPrintable(pending.error().message));
        QCOMPARE(toString(pending->status), toString(ConnectionStatus::Pending));
        QVERIFY(pending->step.has_value());
        QCOMPARE(toString(*pending->step), stepName);
        auto read = s.store().connection(s.tenantA);
        QVERIFY(read && read->step);
        QCOMPARE(toString(*read->step), stepName);
        const QList<QJsonObject> events = s.connectionEvents(s.tenantA);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value(QStringLiteral("step")).toString(), stepName);
        QCOMPARE(events.first().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
    }

    void progressKeepsTokenAndNumbers_data() { Test::TestDatabase::addBackendRows(); }
    void progressKeepsTokenAndNumbers() {
        QFETCH(QString, backend);
        Store s(backend);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.store().connectNumber(s.tenantA, QStringLiteral("WABA-A"),
                                        number(QStringLiteral("PN-A")), tokenA));
        auto registering = s.store().setProgress(s.tenantA, ConnectionStatus::Pending,
                                                 ConnectionStep::RegisteringNumber);
        QVERIFY(registering);
        QCOMPARE(registering->numbers.size(), 1);
        QCOMPARE(registering->wabaId, QStringLiteral("WABA-A"));
        QCOMPARE(s.store().accessToken(s.tenantA).value(), tokenA);
        QCOMPARE(s.store().tenantForPhoneNumber(QStringLiteral("PN-A"))->value_or(QString()),
                 s.tenantA);

        // Done: connected, the step cleared.
        auto done = s.store().setProgress(s.tenantA, ConnectionStatus::Connected, std::nullopt);
        QVERIFY(done);
        QVERIFY(!done->step.has_value());
        QVERIFY(done->reason.isEmpty());
        // Meta refuses the token: needs_reconnect with Meta's words; the token is kept for the
        // operator to replace, and the number still routes.
        auto refused = s.store().tokenRefused(s.tenantA, QStringLiteral("Error validating access "
                                                                        "token."));
        QVERIFY(refused);
        QCOMPARE(toString(refused->status), toString(ConnectionStatus::NeedsReconnect));
        QVERIFY(refused->reason.contains(QStringLiteral("Error validating access token.")));
        QCOMPARE(s.connectionEvents(s.tenantA).size(), 4);
    }

    void tenantForPhoneNumberAndWaba_data() { Test::TestDatabase::addBackendRows(); }
    void tenantForPhoneNumberAndWaba() {
        QFETCH(QString, backend);
        Store s(backend);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.store().connectNumber(s.tenantA, QStringLiteral("WABA-A"),
                                        number(QStringLiteral("PN-A")), tokenA));
        auto account = s.store().setProgress(s.tenantB, ConnectionStatus::Pending,
                                             ConnectionStep::ExchangingCode);
        QVERIFY(account);
        auto stored = s.store().storeAccount(
            s.tenantB, QStringLiteral("WABA-B"), QStringLiteral("BIZ-B"), tokenB,
            {number(QStringLiteral("PN-B1")), number(QStringLiteral("PN-B2"))},
            ConnectionStep::RegisteringNumber);
        QVERIFY2(stored, qPrintable(stored.error().message));
        QCOMPARE(toString(stored->status), toString(ConnectionStatus::Pending));
        QCOMPARE(stored->businessId, QStringLiteral("BIZ-B"));

        ConnectionStore store = s.store();
        QCOMPARE(store.tenantForPhoneNumber(QStringLiteral("PN-A"))->value_or(QString()),
                 s.tenantA);
        QCOMPARE(store.tenantForPhoneNumber(QStringLiteral("PN-B1"))->value_or(QString()),
                 s.tenantB);
        QCOMPARE(store.tenantForPhoneNumber(QStringLiteral("PN-B2"))->value_or(QString()),
                 s.tenantB);
        QVERIFY(!store.tenantForPhoneNumber(QStringLiteral("PN-unknown"))->has_value());
        QCOMPARE(store.tenantForWaba(QStringLiteral("WABA-A"))->value_or(QString()), s.tenantA);
        QCOMPARE(store.tenantForWaba(QStringLiteral("WABA-B"))->value_or(QString()), s.tenantB);
        QVERIFY(!store.tenantForWaba(QStringLiteral("WABA-unknown"))->has_value());

        // A reconnect with another WABA: the old numbers stop routing to B.
        QVERIFY(store.storeAccount(s.tenantB, QStringLiteral("WABA-B2"), QStringLiteral("BIZ-B"),
                                   tokenB, {number(QStringLiteral("PN-B3"))},
                                   ConnectionStep::RegisteringNumber));
        QVERIFY(!store.tenantForPhoneNumber(QStringLiteral("PN-B1"))->has_value());
        QCOMPARE(store.tenantForPhoneNumber(QStringLiteral("PN-B3"))->value_or(QString()),
                 s.tenantB);
        QCOMPARE(store.connection(s.tenantB)->numbers.size(), 1);

        // The manual path replaces the connection the same way: B's signup numbers stop routing
        // to it once B connects a number by hand.
        QVERIFY(store.connectNumber(s.tenantB, QStringLiteral("WABA-B3"),
                                    number(QStringLiteral("PN-B4")), tokenB));
        QVERIFY(!store.tenantForPhoneNumber(QStringLiteral("PN-B3"))->has_value());
        QCOMPARE(store.tenantForPhoneNumber(QStringLiteral("PN-B4"))->value_or(QString()),
                 s.tenantB);
        QCOMPARE(store.connection(s.tenantB)->numbers.size(), 1);
        QCOMPARE(store.tenantForPhoneNumber(QStringLiteral("PN-A"))->value_or(QString()),
                 s.tenantA);
    }
};

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
