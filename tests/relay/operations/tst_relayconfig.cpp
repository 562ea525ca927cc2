// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/operations/relayconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

namespace {

QProcessEnvironment serveEnvironment() {
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/op"));
    env.insert(QStringLiteral("SWITCHBOARD_APP_ID"), QStringLiteral("1234"));
    env.insert(QStringLiteral("SWITCHBOARD_APP_SECRET"), QStringLiteral("s3cr3t-app"));
    env.insert(QStringLiteral("SWITCHBOARD_VERIFY_TOKEN"), QStringLiteral("verify-me"));
    return env;
}

} // namespace

class TestRelayConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheContract() {
        auto config = RelayConfig::load(serveEnvironment());
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QCOMPARE(config->listenAddress, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(config->listenPort, quint16(8080));
        QCOMPARE(config->database,
                 QStringLiteral("/home/op/.local/share/switchboard/relay.sqlite"));
        QCOMPARE(config->masterKeyFile,
                 QStringLiteral("/home/op/.local/share/switchboard/master.key"));
        QCOMPARE(config->graphUrl, QStringLiteral("https://graph.facebook.com"));
        QVERIFY(config->graphVersion.startsWith(QLatin1Char('v')));
        QCOMPARE(config->maxBody, qint64(4194304));
        // The media cache: 512 MB beside the master key (the relay's data directory).
        QCOMPARE(config->mediaCacheBytes, qint64(512) * 1024 * 1024);
        QCOMPARE(config->mediaCacheLocation(),
                 QStringLiteral("/home/op/.local/share/switchboard/media-cache"));
    }

    void mediaCacheIsSetInMegabytes() {
        auto env = serveEnvironment();
        env.insert(QStringLiteral("SWITCHBOARD_MEDIA_CACHE_MB"), QStringLiteral("64"));
        env.insert(QStringLiteral("SWITCHBOARD_MEDIA_CACHE_DIR"), QStringLiteral("/var/cache/sb"));
        auto config = RelayConfig::load(env);
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QCOMPARE(config->mediaCacheBytes, qint64(64) * 1024 * 1024);
        QCOMPARE(config->mediaCacheLocation(), QStringLiteral("/var/cache/sb"));
    }

    void xdgDataHomeMovesTheDatabase() {
        auto env = serveEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/srv/data"));
        auto config = RelayConfig::load(env);
        QVERIFY(config.ok());
        QCOMPARE(config->database, QStringLiteral("/srv/data/switchboard/relay.sqlite"));
    }

    void iniFileIsReadAndEnvironmentWins() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("relay.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[relay]\nlisten = 0.0.0.0:9000\ndatabase = /var/lib/sb/relay.sqlite\n"
                   "graph_version = v24.0\napp_secret = from-file\nmax_body = 65536\n");
        file.close();
        auto env = serveEnvironment();
        env.remove(QStringLiteral("SWITCHBOARD_APP_SECRET"));
        env.insert(QStringLiteral("SWITCHBOARD_GRAPH_VERSION"), QStringLiteral("v23.0"));
        auto config = RelayConfig::load(env, path);
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QCOMPARE(config->listenAddress, QHostAddress(QStringLiteral("0.0.0.0")));
        QCOMPARE(config->listenPort, quint16(9000));
        QCOMPARE(config->database, QStringLiteral("/var/lib/sb/relay.sqlite"));
        QCOMPARE(config->masterKeyFile, QStringLiteral("/var/lib/sb/master.key"));
        QCOMPARE(config->appSecret, QStringLiteral("from-file"));
        QCOMPARE(config->graphVersion, QStringLiteral("v23.0"));
        QCOMPARE(config->maxBody, qint64(65536));
    }

    void badSettingsNameTheVariable_data() {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("listen without port") << "LISTEN"
                                             << "127.0.0.1";
        QTest::newRow("listen bad host") << "LISTEN"
                                         << "nohost:80";
        QTest::newRow("listen port too big") << "LISTEN"
                                             << "127.0.0.1:70000";
        QTest::newRow("graph url not http") << "GRAPH_URL"
                                            << "ftp://graph.example";
        QTest::newRow("graph version") << "GRAPH_VERSION"
                                       << "25";
        QTest::newRow("max body words") << "MAX_BODY"
                                        << "lots";
        QTest::newRow("max body tiny") << "MAX_BODY"
                                       << "10";
        QTest::newRow("media cache words") << "MEDIA_CACHE_MB"
                                           << "lots";
        QTest::newRow("media cache negative") << "MEDIA_CACHE_MB"
                                              << "-1";
        QTest::newRow("missing secret") << "APP_SECRET"
                                        << "";
        QTest::newRow("missing verify token") << "VERIFY_TOKEN"
                                              << "";
        QTest::newRow("missing app id") << "APP_ID"
                                        << "";
    }
    void badSettingsNameTheVariable() {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        auto env = serveEnvironment();
        env.insert(QStringLiteral("SWITCHBOARD_") + variable, value);
        auto config = RelayConfig::load(env);
        QVERIFY(!config.ok());
        QCOMPARE(config.error().code, QStringLiteral("SWITCHBOARD_") + variable);
        QVERIFY(config.error().message.startsWith(QStringLiteral("SWITCHBOARD_") + variable));
        QVERIFY(!config.error().message.contains(QLatin1Char('\n')));
    }

    void adminNeedsNoMetaSettings() {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/root"));
        QVERIFY(!RelayConfig::load(env).ok());
        QVERIFY(RelayConfig::load(env, {}, RelayConfig::Purpose::Admin).ok());
    }

    void describeHidesSecrets() {
        auto config = RelayConfig::load(serveEnvironment());
        QVERIFY(config.ok());
        const QString line = config->describe();
        QVERIFY(!line.contains(QLatin1String("s3cr3t-app")));
        QVERIFY(!line.contains(QLatin1String("verify-me")));
        QVERIFY(line.contains(QLatin1String("app_secret=set")));
    }

    void unreadableConfigFileIsAnError() {
        auto config =
            RelayConfig::load(serveEnvironment(), QStringLiteral("/nonexistent/relay.ini"));
        QVERIFY(!config.ok());
        QVERIFY(config.error().message.contains(QLatin1String("/nonexistent/relay.ini")));
    }
};

QTEST_GUILESS_MAIN(TestRelayConfig)
#include "tst_relayconfig.moc"
