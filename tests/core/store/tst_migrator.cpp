// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"
#include "core/store/migrator.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace Switchboard;
using Switchboard::Test::TestDatabase;

namespace {

std::vector<Migration> fixtureMigrations() {
    auto loaded = Migrator::load(QStringLiteral(SWITCHBOARD_TEST_DATA "/migrations"));
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().message));
    return loaded.value();
}

int count(Database &db, const QString &sql) {
    auto q = db.query(sql);
    if (!q || !(*q)->next())
        return -1;
    return (*q)->value(0).toInt();
}

} // namespace

class TestMigrator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsFilesInVersionOrder() {
        const auto migrations = fixtureMigrations();
        QCOMPARE(migrations.size(), size_t(2));
        QCOMPARE(migrations[0].version, 1);
        QCOMPARE(migrations[0].name, QStringLiteral("create_notes"));
        QCOMPARE(migrations[1].version, 2);
    }

    void appliesInOrderOnce_data() { TestDatabase::addBackendRows(); }
    void appliesInOrderOnce() {
        QFETCH(QString, backend);
        TestDatabase fixture(backend);
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        auto db = fixture.open();
        QVERIFY(db);
        Migrator migrator(*db, fixtureMigrations());
        QCOMPARE(migrator.currentVersion().value(), 0);
        auto applied = migrator.migrate();
        QVERIFY2(applied.ok(), qPrintable(applied.error().message));
        QCOMPARE(*applied, 2);
        QCOMPARE(migrator.currentVersion().value(), 2);
        // The schema works: the column added by 0002 and the identity of 0001.
        QVERIFY(db->query(QStringLiteral("INSERT INTO notebooks (title) VALUES (?)"),
                          {QStringLiteral("מחברת")}));
        QVERIFY(db->query(
            QStringLiteral("INSERT INTO notes (notebook_id, body, tags) VALUES (1, ?, ?)"),
            {QStringLiteral("hello"), QStringLiteral("a,b")}));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), 2);

        auto again = Migrator(*db, fixtureMigrations()).migrate();
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM notes")), 1);
    }

    void failedMigrationLeavesPreviousVersion_data() { TestDatabase::addBackendRows(); }
    void failedMigrationLeavesPreviousVersion() {
        QFETCH(QString, backend);
        TestDatabase fixture(backend);
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        auto db = fixture.open();
        QVERIFY(db);
        auto migrations = fixtureMigrations();
        migrations.push_back(
            Migration{3, QStringLiteral("broken"),
                      QStringLiteral("CREATE TABLE half_done (id INTEGER);\n"
                                     "ALTER TABLE no_such_table ADD COLUMN x TEXT;\n")});
        Migrator migrator(*db, migrations);
        auto result = migrator.migrate();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("migration_failed"));
        QVERIFY(result.error().message.contains(QLatin1String("broken")));
        QCOMPARE(migrator.currentVersion().value(), 2);
        // The first statement of the failed migration was rolled back with it.
        QVERIFY(!db->query(QStringLiteral("SELECT COUNT(*) FROM half_done")).ok());
    }

    void refusesNewerDatabase_data() { TestDatabase::addBackendRows(); }
    void refusesNewerDatabase() {
        QFETCH(QString, backend);
        TestDatabase fixture(backend);
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        auto db = fixture.open();
        QVERIFY(db);
        QVERIFY(Migrator(*db, fixtureMigrations()).migrate().ok());
        QVERIFY(db->query(QStringLiteral("INSERT INTO schema_migrations (version, name, "
                                         "applied_at) VALUES (7, 'future', 'x')")));
        auto result = Migrator(*db, fixtureMigrations()).migrate();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("database_too_new"));
        QVERIFY(result.error().message.contains(QLatin1String("7")));
    }

    void concurrentMigratorsApplyEachStepOnce() {
        // Two relays starting at once against one PostgreSQL database.
        TestDatabase fixture(QStringLiteral("postgresql"));
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        int applied[2] = {-1, -1};
        auto run = [&fixture, &applied](int i) {
            auto db = fixture.open();
            if (!db)
                return;
            auto result = Migrator(*db, fixtureMigrations()).migrate();
            applied[i] = result.ok() ? *result : -100;
        };
        std::thread a(run, 0), b(run, 1);
        a.join();
        b.join();
        QVERIFY(applied[0] >= 0 && applied[1] >= 0);
        QCOMPARE(applied[0] + applied[1], 2);
        auto db = fixture.open();
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), 2);
    }

    void rejectsBadlyNamedFiles() {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("first.sql")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SELECT 1;");
        f.close();
        auto loaded = Migrator::load(dir.path());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("migrations_invalid"));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
