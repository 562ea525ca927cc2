// SPDX-License-Identifier: GPL-3.0-or-later
// AccountStore as an operator creating businesses and staff, and staff signing in, see it:
// tenants, users, roles and memberships, and sessions that open, expire and end.
#include "app/relay/accounts/accountstore.h"
#include "app/relay/events/eventlog.h"
#include "core/store/database.h"
#include "tests/relay/relaydatabase.h"
#include "tests/support/testdatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Switchboard;
using Role = AccountStore::Role;

namespace {

struct Store : Test::RelayDatabase {
    explicit Store(const QString &backend)
        : RelayDatabase(backend, Tenants::None) {}
    int count(const QString &sql, const QVariantList &bindings = {}) {
        auto q = database->query(sql, bindings);
        if (!q || !(*q)->next())
            return -1;
        return (*q)->value(0).toInt();
    }
};

QByteArray hashOf(const QByteArray &token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

const QString hashA = QStringLiteral("$scrypt$first-password-hash");
const QString hashB = QStringLiteral("$scrypt$second-password-hash");

} // namespace

class TestAccountStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roleNamesRoundTrip_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("owner") << QStringLiteral("owner") << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true;
        QTest::newRow("staff") << QStringLiteral("staff") << true;
        QTest::newRow("capitalised") << QStringLiteral("Owner") << false;
        QTest::newRow("unknown") << QStringLiteral("root") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void roleNamesRoundTrip() {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto role = AccountStore::parseRole(name);
        QCOMPARE(role.has_value(), valid);
        if (valid)
            QCOMPARE(AccountStore::roleName(*role), name);
    }

    void tenantGetsAnIdAndAnEmptyLog_data() { Test::TestDatabase::addBackendRows(); }
    void tenantGetsAnIdAndAnEmptyLog() {
        QFETCH(QString, backend);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        AccountStore accounts(*store.database);
        auto pizzeria = accounts.createTenant(QStringLiteral("  Pizzeria Roma "));
        auto clinic = accounts.createTenant(QStringLiteral("Clinic"));
        QVERIFY2(pizzeria && clinic, "tenants were not created");
        QVERIFY(pizzeria->startsWith(QStringLiteral("tn_")));
        QVERIFY(*pizzeria != *clinic);
        QCOMPARE(accounts.tenantExists(*pizzeria).value(), true);
        QCOMPARE(accounts.tenantExists(QStringLiteral("tn_nobody")).value(), false);
        // Its event log exists and starts at 0: the first event will be seq 1.
        QCOMPARE(EventLog(*store.database).storedLastSeq(*pizzeria).value(), 0);
        // The name is kept trimmed.
        auto q = store.database->query(QStringLiteral("SELECT name FROM tenants WHERE id = ?"),
                                       {*pizzeria});
        QVERIFY(q && (*q)->next());
        QCOMPARE((*q)->value(0).toString(), QStringLiteral("Pizzeria Roma"));
    }

    void tenantWithoutNameIsRefused_data() {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("name");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            QTest::addRow("%s empty", qPrintable(backend)) << backend << QString();
            QTest::addRow("%s blank", qPrintable(backend)) << backend << QStringLiteral(" \t ");
        }
    }
    void tenantWithoutNameIsRefused() {
        QFETCH(QString, backend);
        QFETCH(QString, name);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        auto created = AccountStore(*store.database).createTenant(name);
        QVERIFY(!created);
        QCOMPARE(created.error().code, QStringLiteral("invalid_name"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM tenants")), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM tenant_sequences")), 0);
    }

    void usersRolesAndMemberships_data() { Test::TestDatabase::addBackendRows(); }
    void usersRolesAndMemberships() {
        QFETCH(QString, backend);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        AccountStore accounts(*store.database);
        const QString pizzeria = accounts.createTenant(QStringLiteral("Pizzeria")).value();
        const QString clinic = accounts.createTenant(QStringLiteral("Clinic")).value();

        auto pat = accounts.createUser(pizzeria, QStringLiteral("pat"), Role::Owner, hashA);
        QVERIFY2(pat, qPrintable(pat.error().message));
        QVERIFY(pat->startsWith(QStringLiteral("us_")));
        auto sam = accounts.createUser(pizzeria, QStringLiteral("sam"), Role::Staff, hashB);
        QVERIFY(sam && *sam != *pat);

        auto found = accounts.findUser(QStringLiteral("pat"));
        QVERIFY(found && found->has_value());
        QCOMPARE(found->value().id, *pat);
        QCOMPARE(found->value().username, QStringLiteral("pat"));
        QCOMPARE(found->value().passwordHash, hashA);
        QVERIFY(!accounts.findUser(QStringLiteral("nobody"))->has_value());

        QCOMPARE(AccountStore::roleName(accounts.roleIn(*pat, pizzeria)->value_or(Role::Staff)),
                 QStringLiteral("owner"));
        QCOMPARE(AccountStore::roleName(accounts.roleIn(*sam, pizzeria)->value_or(Role::Owner)),
                 QStringLiteral("staff"));
        // No membership, no role: pat is not a member of the clinic.
        QVERIFY(!accounts.roleIn(*pat, clinic)->has_value());
        auto memberships = accounts.memberships(*pat);
        QVERIFY(memberships);
        QCOMPARE(int(memberships->size()), 1);
        QCOMPARE(memberships->front().tenantId, pizzeria);
        QCOMPARE(memberships->front().tenantName, QStringLiteral("Pizzeria"));

        // A user for a tenant that does not exist, or without a proper username, is refused.
        QCOMPARE(
            accounts
                .createUser(QStringLiteral("tn_nobody"), QStringLiteral("x"), Role::Staff, hashA)
                .error()
                .code,
            QStringLiteral("not_found"));
        QCOMPARE(
            accounts.createUser(pizzeria, QStringLiteral("  "), Role::Staff, hashA).error().code,
            QStringLiteral("invalid_username"));
        QCOMPARE(accounts.createUser(pizzeria, QString(201, QLatin1Char('u')), Role::Staff, hashA)
                     .error()
                     .code,
                 QStringLiteral("invalid_username"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM users")), 2);
    }

    void existingUsernameGetsNoSecondAccount_data() { Test::TestDatabase::addBackendRows(); }
    //! `admin create-user` with a username that exists: no second account under that name and
    //! no password replaced (someone knowing only the username cannot take it over); the
    //! existing user gains the membership, or the new role in a tenant they are in.
    void existingUsernameGetsNoSecondAccount() {
        QFETCH(QString, backend);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        AccountStore accounts(*store.database);
        const QString pizzeria = accounts.createTenant(QStringLiteral("Pizzeria")).value();
        const QString clinic = accounts.createTenant(QStringLiteral("Clinic")).value();
        const QString pat =
            accounts.createUser(pizzeria, QStringLiteral("pat"), Role::Staff, hashA).value();

        auto again = accounts.createUser(clinic, QStringLiteral("pat"), Role::Admin, hashB);
        QVERIFY2(again, qPrintable(again.error().message));
        QCOMPARE(*again, pat);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = ?"),
                             {QStringLiteral("pat")}),
                 1);
        QCOMPARE(accounts.findUser(QStringLiteral("pat"))->value().passwordHash, hashA);
        auto memberships = accounts.memberships(pat);
        QVERIFY(memberships);
        QCOMPARE(int(memberships->size()), 2);
        // Sorted by tenant name: Clinic, then Pizzeria.
        QCOMPARE(memberships->at(0).tenantId, clinic);
        QCOMPARE(AccountStore::roleName(memberships->at(0).role), QStringLiteral("admin"));
        QCOMPARE(memberships->at(1).tenantId, pizzeria);
        QCOMPARE(AccountStore::roleName(memberships->at(1).role), QStringLiteral("staff"));

        // In a tenant they already belong to, the role changes; still one membership there.
        QVERIFY(accounts.createUser(pizzeria, QStringLiteral("pat"), Role::Owner, hashB));
        QCOMPARE(AccountStore::roleName(accounts.roleIn(pat, pizzeria)->value_or(Role::Staff)),
                 QStringLiteral("owner"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE user_id = ?"),
                             {pat}),
                 2);

        // The users table itself refuses a second row with the name, whatever writes it.
        auto duplicate = store.database->query(
            QStringLiteral("INSERT INTO users (id, username, password_hash, created_at) VALUES "
                           "(?, ?, ?, ?)"),
            {QStringLiteral("us_other"), QStringLiteral("pat"), hashB,
             QStringLiteral("2026-01-01T00:00:00.000Z")});
        QVERIFY2(!duplicate, "a second user named pat was stored");
    }

    void sessionsOpenExpireAndEnd_data() { Test::TestDatabase::addBackendRows(); }
    void sessionsOpenExpireAndEnd() {
        QFETCH(QString, backend);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        AccountStore accounts(*store.database);
        const QString pizzeria = accounts.createTenant(QStringLiteral("Pizzeria")).value();
        const QString pat =
            accounts.createUser(pizzeria, QStringLiteral("pat"), Role::Owner, hashA).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime expires = now.addSecs(3600);
        const QByteArray token = "the-bearer-token-pat-was-given";
        QVERIFY(accounts.createSession(hashOf(token), pat, expires));

        auto session = accounts.session(hashOf(token), now);
        QVERIFY(session && session->has_value());
        QCOMPARE(session->value().userId, pat);
        QCOMPARE(session->value().username, QStringLiteral("pat"));
        QCOMPARE(session->value().expiresAt.toMSecsSinceEpoch(), expires.toMSecsSinceEpoch());

        // Only the hash is stored: the token itself is in no column.
        auto rows = store.database->query(
            QStringLiteral("SELECT token_hash, user_id, created_at, expires_at FROM sessions"));
        QVERIFY(rows);
        int sessions = 0;
        while ((*rows)->next()) {
            ++sessions;
            for (int column = 0; column < 4; ++column)
                QVERIFY(!(*rows)->value(column).toString().contains(QString::fromLatin1(token)));
        }
        QCOMPARE(sessions, 1);

        // Another token, or a token close to it, opens nothing.
        QVERIFY(!accounts.session(hashOf("another-token"), now)->has_value());
        QVERIFY(!accounts.session(hashOf(token + ' '), now)->has_value());
        // Up to the expiry it works; at and after it, it does not.
        QVERIFY(accounts.session(hashOf(token), expires.addMSecs(-1))->has_value());
        QVERIFY(!accounts.session(hashOf(token), expires)->has_value());
        QVERIFY(!accounts.session(hashOf(token), expires.addDays(1))->has_value());

        // Signing out ends it for good; deleting it twice is no error.
        QVERIFY(accounts.deleteSession(hashOf(token)));
        QVERIFY(!accounts.session(hashOf(token), now)->has_value());
        QVERIFY(accounts.deleteSession(hashOf(token)));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM sessions")), 0);
    }

    void sessionsOfOneUserAreIndependent_data() { Test::TestDatabase::addBackendRows(); }
    //! Signing out on one desktop leaves the user's other desktops signed in.
    void sessionsOfOneUserAreIndependent() {
        QFETCH(QString, backend);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        AccountStore accounts(*store.database);
        const QString pizzeria = accounts.createTenant(QStringLiteral("Pizzeria")).value();
        const QString pat =
            accounts.createUser(pizzeria, QStringLiteral("pat"), Role::Owner, hashA).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(accounts.createSession(hashOf("desk"), pat, now.addSecs(600)));
        QVERIFY(accounts.createSession(hashOf("laptop"), pat, now.addSecs(600)));
        QVERIFY(accounts.deleteSession(hashOf("desk")));
        QVERIFY(!accounts.session(hashOf("desk"), now)->has_value());
        QVERIFY(accounts.session(hashOf("laptop"), now)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
