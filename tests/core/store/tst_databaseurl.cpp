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

    void rejectsBadInput_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("mysql") << QStringLiteral("mysql://u:p@h/db");
        QTest::newRow("no database") << QStringLiteral("postgresql://u:p@host:5432");
        QTest::newRow("no host") << QStringLiteral("postgresql:///db");
    }
    void rejectsBadInput() {
        QFETCH(QString, text);
        auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code, QStringLiteral("invalid_database"));
        QVERIFY(!url.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
