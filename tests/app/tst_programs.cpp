// SPDX-License-Identifier: GPL-3.0-or-later
#ifdef SWITCHBOARD_HAVE_CONSOLE
#include <QImage>
#endif
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString program(const char *name) {
    return QStringLiteral(SWITCHBOARD_BIN_DIR "/") + QLatin1String(name);
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &path, const QStringList &arguments, const QProcessEnvironment &env = {},
        const QByteArray &input = {}) {
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(path, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QProcessEnvironment relayEnvironment(const QString &dataDir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir);
    env.insert(QStringLiteral("SWITCHBOARD_APP_ID"), QStringLiteral("1001"));
    env.insert(QStringLiteral("SWITCHBOARD_APP_SECRET"), QStringLiteral("app-secret"));
    env.insert(QStringLiteral("SWITCHBOARD_VERIFY_TOKEN"), QStringLiteral("verify"));
    return env;
}

} // namespace

class TestPrograms : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("relay") << QStringLiteral("switchboard-relay");
        QTest::newRow("sandbox") << QStringLiteral("switchboard-sandbox");
#ifdef SWITCHBOARD_HAVE_CONSOLE
        QTest::newRow("console") << QStringLiteral("switchboard");
#endif
    }
    void versionAndHelp() {
        QFETCH(QString, name);
        const QString path = program(qPrintable(name));
        const Run version = run(path, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QLatin1String(SWITCHBOARD_VERSION)), qPrintable(version.out));
        const Run help = run(path, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("Usage:")));
        QVERIFY(help.out.contains(QLatin1String("Switchboard")));
    }

    void relayRefusesToStartWithoutSecret() {
        QTemporaryDir dir;
        auto env = relayEnvironment(dir.path());
        env.remove(QStringLiteral("SWITCHBOARD_APP_SECRET"));
        const Run result = run(program("switchboard-relay"), {QStringLiteral("serve")}, env);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.contains(QLatin1String("SWITCHBOARD_APP_SECRET")),
                 qPrintable(result.err));
    }

    void relayServesHealthzUntilTerminated() {
        QTemporaryDir dir;
        auto env = relayEnvironment(dir.path());
        const quint16 port = freePort();
        env.insert(QStringLiteral("SWITCHBOARD_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(port));
        const Run refused = run(program("switchboard-relay"), {QStringLiteral("serve")}, env);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("admin init")), qPrintable(refused.err));
        const Run init = run(program("switchboard-relay"),
                             {QStringLiteral("admin"), QStringLiteral("init")}, env);
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(QLatin1String("master key: created")));
        QProcess relay;
        relay.setProcessEnvironment(env);
        relay.start(program("switchboard-relay"), {QStringLiteral("serve")});
        QVERIFY(relay.waitForStarted());

        QNetworkAccessManager network;
        int status = 0;
        QByteArray body;
        for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
            QTest::qWait(100);
            std::unique_ptr<QNetworkReply> reply(network.get(
                QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(port)))));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            done.wait(2000);
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            body = reply->readAll();
        }
        QCOMPARE(status, 200);
        QVERIFY(body.contains("\"status\":\"ok\""));

        relay.terminate(); // SIGTERM: a clean exit, not a crash
        QVERIFY(relay.waitForFinished(10000));
        QCOMPARE(relay.exitStatus(), QProcess::NormalExit);
        QCOMPARE(relay.exitCode(), 0);
    }

    //! Operators who ship logs to a collector ask for JSON: every line of stderr is one record.
    void relayWritesJsonLogsOnRequest() {
        QTemporaryDir dir;
        auto env = relayEnvironment(dir.path());
        env.insert(QStringLiteral("SWITCHBOARD_LOG_FORMAT"), QStringLiteral("json"));
        const Run init = run(program("switchboard-relay"),
                             {QStringLiteral("admin"), QStringLiteral("init")}, env);
        QCOMPARE(init.exitCode, 0);
        const QStringList lines = init.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(init.err)); // one per migration at least
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonObject record = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            QCOMPARE(record.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
            QVERIFY(record.value(QStringLiteral("category"))
                        .toString()
                        .startsWith(QLatin1String("switchboard.")));
            QVERIFY(!record.value(QStringLiteral("time")).toString().isEmpty());
            QVERIFY(!line.contains(QLatin1String("app-secret")));
        }
        QVERIFY(init.err.contains(QLatin1String("applied migration")));

        env.insert(QStringLiteral("SWITCHBOARD_LOG_FORMAT"), QStringLiteral("xml"));
        const Run refused = run(program("switchboard-relay"),
                                {QStringLiteral("admin"), QStringLiteral("init")}, env);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("SWITCHBOARD_LOG_FORMAT")),
                 qPrintable(refused.err));
    }

    //! The manual path: connect-number asks Meta (here the sandbox program) about the token
    //! before storing it; a token Meta does not know is refused with a sentence saying so.
    void connectNumberChecksTheTokenWithMeta() {
        QTemporaryDir dir;
        const quint16 sandboxPort = freePort();
        QProcess sandbox;
        sandbox.start(program("switchboard-sandbox"),
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(sandboxPort),
                       QStringLiteral("--app-id"), QStringLiteral("1001"),
                       QStringLiteral("--app-secret"), QStringLiteral("app-secret")});
        QVERIFY(sandbox.waitForStarted());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(sandboxPort);
        QNetworkAccessManager network;
        auto call = [&](QNetworkReply *reply) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(5000);
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            delete reply;
            return json;
        };
        QJsonObject signup;
        for (int attempt = 0; attempt < 50 && signup.isEmpty(); ++attempt) {
            QTest::qWait(100);
            QNetworkRequest request(QUrl(base + QStringLiteral("/_sandbox/signup")));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            signup = call(network.post(
                request, QByteArrayLiteral("{\"app_id\":\"1001\",\"config_id\":\"c\","
                                           "\"business_name\":\"Manual\",\"display_phone_"
                                           "number\":\"+1 555-010-0123\"}")));
        }
        QVERIFY(!signup.value(QStringLiteral("code")).toString().isEmpty());
        const QJsonObject exchanged = call(network.get(QNetworkRequest(
            QUrl(base +
                 QStringLiteral("/v25.0/oauth/access_token?client_id=1001&client_secret="
                                "app-secret&code=") +
                 signup.value(QStringLiteral("code")).toString()))));
        const QString token = exchanged.value(QStringLiteral("access_token")).toString();
        QVERIFY(!token.isEmpty());

        auto env = relayEnvironment(dir.path());
        env.insert(QStringLiteral("SWITCHBOARD_APP_SECRET"), QStringLiteral("app-secret"));
        env.insert(QStringLiteral("SWITCHBOARD_GRAPH_URL"), base);
        QCOMPARE(run(program("switchboard-relay"),
                     {QStringLiteral("admin"), QStringLiteral("init")}, env)
                     .exitCode,
                 0);
        const QString tenant = run(program("switchboard-relay"),
                                   {QStringLiteral("admin"), QStringLiteral("create-tenant"),
                                    QStringLiteral("--name"), QStringLiteral("Manual")},
                                   env)
                                   .out.trimmed();
        const QStringList connect{QStringLiteral("admin"),
                                  QStringLiteral("connect-number"),
                                  QStringLiteral("--tenant"),
                                  tenant,
                                  QStringLiteral("--waba-id"),
                                  signup.value(QStringLiteral("waba_id")).toString(),
                                  QStringLiteral("--phone-number-id"),
                                  signup.value(QStringLiteral("phone_number_id")).toString(),
                                  QStringLiteral("--access-token-stdin")};
        const Run refused =
            run(program("switchboard-relay"), connect, env, QByteArrayLiteral("EAAnot-a-token\n"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("not valid")), qPrintable(refused.err));
        const Run connected =
            run(program("switchboard-relay"), connect, env, token.toUtf8() + '\n');
        QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
        QVERIFY(!connected.err.contains(token) && !connected.out.contains(token));

        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
    }

    void sandboxNamesMissingOption() {
        const Run result =
            run(program("switchboard-sandbox"), {QStringLiteral("--app-id"), QStringLiteral("1")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("--app-secret")));
    }

#ifdef SWITCHBOARD_HAVE_CONSOLE
    //! A first start has no session: the console opens on its sign-in dialog.
    void consoleOpensItsSignInInBothLanguages_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("english") << QStringLiteral("en");
        QTest::newRow("hebrew") << QStringLiteral("he");
    }
    void consoleOpensItsSignInInBothLanguages() {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("window.png"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Its own settings and data: nothing remembered from another run.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        const Run result =
            run(program("switchboard"),
                {QStringLiteral("--lang"), language, QStringLiteral("--screenshot"), shot}, env);
        QCOMPARE(result.exitCode, 0);
        const QImage image(shot);
        QVERIFY(!image.isNull());
        // The dialog, not the empty window behind it: about 460 × 260 at the default font.
        QVERIFY2(image.width() >= 400 && image.width() < 800 && image.height() >= 200,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    }

    void consoleRejectsUnknownLanguage() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Run result =
            run(program("switchboard"), {QStringLiteral("--lang"), QStringLiteral("xx")}, env);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("he")));
    }
#endif
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
