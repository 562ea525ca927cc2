// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/databaseurl.h"

#include <QTest>

using namespace Switchboard;

class TestDatabaseUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesPostgresUrl() {
        auto url = DatabaseUrl::parse(
            QStringLiteral("postgresql://relay:p%40ss%3Aword@db.internal:6543/switchboard"));
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        QCOMPARE(url->backend, DatabaseUrl::Backend::Postgres);
        QCOMPARE(url->host, QStringLiteral("db.internal"));
        QCOMPARE(url->port, 6543);
        QCOMPARE(url->user, QStringLiteral("relay"));
        QCOMPARE(url->password, QStringLiteral("p@ss:word"));
        QCOMPARE(url->databaseName, QStringLiteral("switchboard"));
    }

    void defaultsPostgresPort() {
        auto url = DatabaseUrl::parse(QStringLiteral("postgres://u@localhost/db"));
        QVERIFY(url.ok());
        QCOMPARE(url->port, 5432);
    }

    //! libpq's forms: TCP, a Unix socket directory percent-encoded as the host or given as the
    //! host parameter (QPSQL treats a host starting with '/' as a socket directory).
    void parsesPostgresForms_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<bool>("socket");
        QTest::newRow("tcp") << QStringLiteral("postgresql://relay:pw@db.internal:6543/sb")
                             << QStringLiteral("db.internal") << 6543 << QStringLiteral("relay")
                             << QStringLiteral("pw") << QStringLiteral("sb") << false;
        QTest::newRow("tcp, host name normalised")
            << QStringLiteral("postgres://u@DB.Internal/sb") << QStringLiteral("db.internal")
            << 5432 << QStringLiteral("u") << QString() << QStringLiteral("sb") << false;
        QTest::newRow("tcp, ipv6")
            << QStringLiteral("postgresql://u@[::1]:5433/sb") << QStringLiteral("::1") << 5433
            << QStringLiteral("u") << QString() << QStringLiteral("sb") << false;
        QTest::newRow("socket as host")
            << QStringLiteral("postgresql://switchboard@%2Frun%2Fpostgresql/switchboard")
            << QStringLiteral("/run/postgresql") << 5432 << QStringLiteral("switchboard")
            << QString() << QStringLiteral("switchboard") << true;
        QTest::newRow("socket as host, lower-case escapes, password, port")
            << QStringLiteral("postgresql://relay:p%40ss@%2fvar%2frun%2fpostgresql:5433/sb")
            << QStringLiteral("/var/run/postgresql") << 5433 << QStringLiteral("relay")
            << QStringLiteral("p@ss") << QStringLiteral("sb") << true;
        QTest::newRow("socket parameter")
            << QStringLiteral("postgresql:///switchboard?host=/run/postgresql")
            << QStringLiteral("/run/postgresql") << 5432 << QString() << QString()
            << QStringLiteral("switchboard") << true;
        QTest::newRow("socket parameter, user, encoded directory, port parameter")
            << QStringLiteral("postgres://relay:pw@/sb?port=55433&host=%2Ftmp%2Fpg%20dir")
            << QStringLiteral("/tmp/pg dir") << 55433 << QStringLiteral("relay")
            << QStringLiteral("pw") << QStringLiteral("sb") << true;
        QTest::newRow("tcp, encoded password and non-ASCII user")
            << QStringLiteral("postgresql://us%C3%A9r:p%20w%2F%3F@h/sb") << QStringLiteral("h")
            << 5432 << QStringLiteral("usér") << QStringLiteral("p w/?") << QStringLiteral("sb")
            << false;
        QTest::newRow("socket, encoded password and non-ASCII user")
            << QStringLiteral("postgresql://us%C3%A9r:p%20w%26%3D@%2Frun%2Fpg/sb")
            << QStringLiteral("/run/pg") << 5432 << QStringLiteral("usér")
            << QStringLiteral("p w&=") << QStringLiteral("sb") << true;
        QTest::newRow("host parameter naming a host")
            << QStringLiteral("postgresql:///sb?host=db.internal") << QStringLiteral("db.internal")
            << 5432 << QString() << QString() << QStringLiteral("sb") << false;
    }
    void parsesPostgresForms() {
        QFETCH(QString, text);
        auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        QCOMPARE(url->backend, DatabaseUrl::Backend::Postgres);
        QTEST(url->host, "host");
        QTEST(url->port, "port");
        QTEST(url->user, "user");
        QTEST(url->password, "password");
        QTEST(url->databaseName, "database");
        QTEST(url->isUnixSocket(), "socket");

        // toString() is read back to the same server, as the relay's tests pass it along.
        auto again = DatabaseUrl::parse(url->toString());
        QVERIFY2(again.ok(),
                 qPrintable(url->toString() + QStringLiteral(": ") + again.error().message));
        QCOMPARE(again->host, url->host);
        QCOMPARE(again->port, url->port);
        QCOMPARE(again->user, url->user);
        QCOMPARE(again->password, url->password);
        QCOMPARE(again->databaseName, url->databaseName);
        auto renamed = DatabaseUrl::parse(url->withDatabase(QStringLiteral("other")).toString());
        QVERIFY(renamed.ok());
        QCOMPARE(renamed->host, url->host);
        QCOMPARE(renamed->databaseName, QStringLiteral("other"));
    }

    void sqlitePathIsKeptAsIs() {
        auto url = DatabaseUrl::parse(QStringLiteral("/var/lib/switchboard/relay.sqlite"));
        QVERIFY(url.ok());
        QCOMPARE(url->backend, DatabaseUrl::Backend::Sqlite);
        QCOMPARE(url->sqlitePath, QStringLiteral("/var/lib/switchboard/relay.sqlite"));
    }

    void redactedHidesThePassword() {
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://relay:hunter2@h:1/d"));
        QVERIFY(url.ok());
        QVERIFY(!url->redacted().contains(QLatin1String("hunter2")));
        QVERIFY(url->redacted().contains(QLatin1String("relay")));
        QVERIFY(url->toString().contains(QLatin1String("hunter2")));
    }

    void redactedHidesTheSocketPassword_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("socket as host")
            << QStringLiteral("postgresql://relay:hunter2@%2Frun%2Fpostgresql/sb");
        QTest::newRow("socket parameter")
            << QStringLiteral("postgresql://relay:hunter2@/sb?host=/run/postgresql");
    }
    void redactedHidesTheSocketPassword() {
        QFETCH(QString, text);
        auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        const QString redacted = url->redacted();
        QVERIFY2(!redacted.contains(QLatin1String("hunter2")), qPrintable(redacted));
        QCOMPARE(redacted,
                 QStringLiteral("postgresql://relay:***@/sb?host=/run/postgresql&port=5432"));
        QVERIFY(url->toString().contains(QLatin1String("hunter2")));
    }

    void rejectsBadInput_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("mysql") << QStringLiteral("mysql://u:p@h/db");
        QTest::newRow("no database") << QStringLiteral("postgresql://u:p@host:5432");
        QTest::newRow("no host") << QStringLiteral("postgresql:///db");
        QTest::newRow("bad host name") << QStringLiteral("postgresql://u@ex<ample/db");
        QTest::newRow("several hosts") << QStringLiteral("postgresql://u@h1,h2/db");
        QTest::newRow("port not a number") << QStringLiteral("postgresql://u@h:abc/db");
        QTest::newRow("port out of range") << QStringLiteral("postgresql://u@h:70000/db");
        QTest::newRow("ipv6 not closed") << QStringLiteral("postgresql://u@[::1/db");
        QTest::newRow("space") << QStringLiteral("postgresql://u@h/my db");
        QTest::newRow("fragment") << QStringLiteral("postgresql://u:hunter#2@h/db");
        QTest::newRow("bad escape") << QStringLiteral("postgresql://u:hunter2@%2Frun%2/db");
        QTest::newRow("bad escape in parameter") << QStringLiteral("postgresql:///db?host=%ZZrun");
        QTest::newRow("unsupported parameter")
            << QStringLiteral("postgresql://u:hunter2@h/db?sslmode=require");
        QTest::newRow("password parameter")
            << QStringLiteral("postgresql:///db?host=/run/postgresql&password=hunter2");
        QTest::newRow("socket: relative directory as host")
            << QStringLiteral("postgresql://u@run%2Fpostgresql/db");
        QTest::newRow("socket: relative directory parameter")
            << QStringLiteral("postgresql:///db?host=run/postgresql");
        QTest::newRow("socket: empty host parameter") << QStringLiteral("postgresql:///db?host=");
        QTest::newRow("socket: host and host parameter")
            << QStringLiteral("postgresql://u@%2Frun%2Fpostgresql/db?host=/tmp");
        QTest::newRow("socket: host parameter twice")
            << QStringLiteral("postgresql:///db?host=/a&host=/b");
        QTest::newRow("socket: port and port parameter")
            << QStringLiteral("postgresql://u@%2Frun:5432/db?port=5433");
        QTest::newRow("socket: bad port parameter")
            << QStringLiteral("postgresql:///db?host=/run/postgresql&port=abc");
        QTest::newRow("socket: no database")
            << QStringLiteral("postgresql://u:hunter2@%2Frun%2Fpostgresql/");
        QTest::newRow("socket parameter: no database")
            << QStringLiteral("postgresql:///?host=/run/postgresql");
    }
    void rejectsBadInput() {
        QFETCH(QString, text);
        auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code, QStringLiteral("invalid_database"));
        // One line an operator can act on: which setting, and never its password.
        const QString message = url.error().message;
        QVERIFY2(message.startsWith(QLatin1String("SWITCHBOARD_DATABASE: ")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("hunter")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
