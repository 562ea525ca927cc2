// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"
#include "core/store/multirow.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Switchboard;
using Switchboard::Test::TestDatabase;

class TestDatabaseBackends : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storesUnicodeAndBlobs_data() { TestDatabase::addBackendRows(); }
    void storesUnicodeAndBlobs() {
        QFETCH(QString, backend);
        TestDatabase fixture(backend);
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        auto db = fixture.open();
        QVERIFY(db);
        QVERIFY(db->exec(db->dialect(
            QStringLiteral("CREATE TABLE t (id {{autoincrement}}, name TEXT, data {{blob}})"))));
        const QString hebrew = QStringLiteral("פיצה מרגריטה 🍕👨‍👩‍👧");
        const QByteArray bytes("\x00\x01\xff\xfe sealed", 12);
        QVERIFY(
            db->query(QStringLiteral("INSERT INTO t (name, data) VALUES (?, ?)"), {hebrew, bytes}));
        auto q = db->query(QStringLiteral("SELECT id, name, data FROM t"));
        QVERIFY(q);
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(0).toLongLong(), 1);
        QCOMPARE((*q)->value(1).toString(), hebrew);
        QCOMPARE((*q)->value(2).toByteArray(), bytes);
    }

    //! Ingest writes a batch's records and events on PostgreSQL as one array a column, so any
    //! number of rows is one statement: nulls must stay null (not the text "NULL"), numbers
    //! numbers, and text exactly as sent, for no row as for several.
    void postgresColumnsInsertRowsOfAnyCount() {
        TestDatabase fixture(QStringLiteral("postgresql"));
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        auto db = fixture.open();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE r (n BIGINT, t TEXT, maybe TEXT)")));
        const QString insert = QStringLiteral("INSERT INTO r (n, t, maybe) ") +
                               unnestColumns({QStringLiteral("BIGINT"), QStringLiteral("TEXT"),
                                              QStringLiteral("TEXT")});
        const std::vector<QVariantList> rows{
            {qint64(1), QStringLiteral("{\"json\": \"with \\\"quotes\\\"\"}"), QVariant()},
            {qint64(9007199254740993), QStringLiteral("NULL"), QStringLiteral("")},
            {qint64(-3), QStringLiteral("שלום, {a,b}"), QStringLiteral("x")},
            {qint64(7), QStringLiteral("a null QString binds as NULL"), QString()}};
        std::vector<const QVariantList *> none, all;
        for (const QVariantList &row : rows)
            all.push_back(&row);
        QVERIFY(db->query(insert, postgresColumns(none, 3)));
        QVERIFY(db->query(insert, postgresColumns(all, 3)));
        auto q = db->query(QStringLiteral("SELECT n, t, maybe FROM r ORDER BY n"));
        QVERIFY(q);
        std::vector<QVariantList> back;
        while ((*q)->next())
            back.push_back({(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                            (*q)->isNull(2) ? QVariant() : (*q)->value(2)});
        QCOMPARE(back.size(), size_t(4)); // ordered by n: rows 2, 0, 3, 1
        QCOMPARE(back[0], rows[2]);
        QCOMPARE(back[1], rows[0]);
        QVERIFY(back[1][2].isNull());
        QCOMPARE(back[2][1], rows[3][1]);
        QVERIFY(back[2][2].isNull());
        QCOMPARE(back[3][1].toString(), QStringLiteral("NULL"));
        QCOMPARE(back[3][0].toLongLong(), qint64(9007199254740993));
        QVERIFY(!back[3][2].isNull());
        QCOMPARE(back[3][2].toString(), QString());
    }

    //! Ingest looks up a batch's wamids through one PostgreSQL array parameter; Meta's ids are
    //! opaque text, so every character must come back as sent.
    void postgresArrayCarriesAnyText() {
        TestDatabase fixture(QStringLiteral("postgresql"));
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        auto db = fixture.open();
        QVERIFY(db);
        const QStringList values{QStringLiteral("wamid.HBgLMTIzNDU2Nzg5MBUCABIYFjNFQjA="),
                                 QStringLiteral("quote \" and backslash \\"),
                                 QStringLiteral("a,b {c} 'd'"),
                                 QStringLiteral("NULL"),
                                 QString(),
                                 QStringLiteral("  spaces  "),
                                 QStringLiteral("שלום")};
        auto q = db->query(QStringLiteral("SELECT v FROM unnest(CAST(? AS TEXT[])) "
                                          "WITH ORDINALITY AS t(v, n) ORDER BY n"),
                           {postgresArray(values)});
        QVERIFY2(q, qPrintable(q.error().message));
        QStringList back;
        while ((*q)->next()) {
            QVERIFY(!(*q)->isNull(0));
            back << (*q)->value(0).toString();
        }
        QCOMPARE(back, values);
    }

    void enforcesForeignKeys_data() { TestDatabase::addBackendRows(); }
    void enforcesForeignKeys() {
        QFETCH(QString, backend);
        TestDatabase fixture(backend);
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        auto db = fixture.open();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id "
                                        "INTEGER REFERENCES parent(id))")));
        auto orphan = db->query(QStringLiteral("INSERT INTO child (id, parent_id) VALUES (1, 42)"));
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.error().code, QStringLiteral("database_error"));
    }

    void rollbackLosesNothingCommitted_data() { TestDatabase::addBackendRows(); }
    void rollbackLosesNothingCommitted() {
        QFETCH(QString, backend);
        TestDatabase fixture(backend);
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        auto db = fixture.open();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
        QVERIFY(db->begin());
        QVERIFY(db->query(QStringLiteral("INSERT INTO t VALUES (1)")));
        QVERIFY(db->commit());
        QVERIFY(db->begin());
        QVERIFY(db->query(QStringLiteral("INSERT INTO t VALUES (2)")));
        db->rollback();
        auto count = db->query(QStringLiteral("SELECT COUNT(*), SUM(v) FROM t"));
        QVERIFY(count);
        QVERIFY((*count)->next());
        QCOMPARE((*count)->value(0).toInt(), 1);
        QCOMPARE((*count)->value(1).toInt(), 1);
    }

    void committedRowsSurviveReopen_data() { TestDatabase::addBackendRows(); }
    void committedRowsSurviveReopen() {
        QFETCH(QString, backend);
        TestDatabase fixture(backend);
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        {
            auto db = fixture.open();
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
            QVERIFY(
                db->query(QStringLiteral("INSERT INTO t VALUES (?)"), {QStringLiteral("kept")}));
        }
        auto db = fixture.open();
        QVERIFY(db);
        auto q = db->query(QStringLiteral("SELECT v FROM t"));
        QVERIFY(q && (*q)->next());
        QCOMPARE((*q)->value(0).toString(), QStringLiteral("kept"));
    }

    void sqliteUsesWalAndFullSync() {
        TestDatabase fixture(QStringLiteral("sqlite"));
        auto db = fixture.open();
        QVERIFY(db);
        auto mode = db->query(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && (*mode)->next());
        QCOMPARE((*mode)->value(0).toString(), QStringLiteral("wal"));
        auto sync = db->query(QStringLiteral("PRAGMA synchronous"));
        QVERIFY(sync && (*sync)->next());
        QCOMPARE((*sync)->value(0).toInt(), 2); // FULL
        auto fk = db->query(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk && (*fk)->next());
        QCOMPARE((*fk)->value(0).toInt(), 1);
    }

    void sqliteCreatesMissingDirectories() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/c/relay.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QVERIFY(QFile::exists(path));
    }

    void unreachableServerGivesClearError() {
        // Port 1 on loopback has no PostgreSQL: the error must say which database failed,
        // without the password.
        auto db = Database::open(QStringLiteral("postgresql://u:topsecret@127.0.0.1:1/nothing"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("database_unavailable"));
        QVERIFY(db.error().message.contains(QLatin1String("127.0.0.1")));
        QVERIFY(!db.error().message.contains(QLatin1String("topsecret")));
    }

    //! libpq's Unix socket forms reach the fixture's server through its socket directory: the
    //! directory the fixture's state file names, which the server was given as `-k`.
    void opensThroughUnixSocket_data() {
        QTest::addColumn<bool>("asHost");
        QTest::newRow("socket as host") << true;
        QTest::newRow("socket parameter") << false;
    }
    void opensThroughUnixSocket() {
        QFETCH(bool, asHost);
        QFile state(qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES_STATE"));
        if (!state.open(QIODevice::ReadOnly))
            QFAIL("SWITCHBOARD_TEST_POSTGRES_STATE names no fixture state file: run the tests "
                  "through ctest (fixture `postgres`)");
        const QString directory = QString::fromLocal8Bit(state.readAll()).trimmed();
        QVERIFY(directory.startsWith(QLatin1Char('/')));
        TestDatabase fixture(QStringLiteral("postgresql"));
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        const DatabaseUrl &tcp = fixture.databaseUrl();
        const QString user = QString::fromLatin1(QUrl::toPercentEncoding(tcp.user));
        const QString password = QString::fromLatin1(QUrl::toPercentEncoding(tcp.password));
        const QString text =
            asHost
                ? QStringLiteral("postgresql://%1:%2@%3:%4/%5")
                      .arg(user, password, QString::fromLatin1(QUrl::toPercentEncoding(directory)),
                           QString::number(tcp.port), tcp.databaseName)
                : QStringLiteral("postgresql://%1:%2@/%5?host=%3&port=%4")
                      .arg(user, password, directory, QString::number(tcp.port), tcp.databaseName);
        auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        QVERIFY(url->isUnixSocket());
        QCOMPARE(url->host, directory);

        auto socket = Database::open(*url);
        QVERIFY2(socket.ok(), qPrintable(socket.error().message));
        const auto &db = *socket;
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
        QVERIFY(db->query(QStringLiteral("INSERT INTO t VALUES (?)"), {QStringLiteral("socket")}));
        // A connection over a Unix socket has no server address; over TCP it has one.
        const QString probe = QStringLiteral("SELECT inet_server_addr() IS NULL, current_user, "
                                             "current_database(), (SELECT v FROM t)");
        auto q = db->query(probe);
        QVERIFY2(q, qPrintable(q.error().message));
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(0).toBool(), true);
        QCOMPARE((*q)->value(1).toString(), tcp.user);
        QCOMPARE((*q)->value(2).toString(), tcp.databaseName);
        QCOMPARE((*q)->value(3).toString(), QStringLiteral("socket"));
        auto overTcp = fixture.open();
        QVERIFY(overTcp);
        auto t = overTcp->query(probe);
        QVERIFY(t && (*t)->next());
        QCOMPARE((*t)->value(0).toBool(), false);
        QCOMPARE((*t)->value(3).toString(), QStringLiteral("socket"));
    }

    void missingSocketGivesClearError() {
        QTemporaryDir empty;
        const QString text =
            QStringLiteral("postgresql://u:topsecret@/nothing?host=%1").arg(empty.path());
        auto db = Database::open(text);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("database_unavailable"));
        QVERIFY2(db.error().message.contains(empty.path()), qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(QLatin1String("topsecret")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseBackends)
#include "tst_database.moc"
