// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/http/metrics.h"
#include "app/relay/http/relayserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

class TestRelayServer : public QObject {
    Q_OBJECT

private:
    struct Answer {
        int status = 0;
        QByteArray contentType;
        QJsonObject body;
    };

    Answer get(quint16 port, const QString &path) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(5000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

    RelayConfig testConfig() {
        RelayConfig config;
        config.listenPort = 0;
        return config;
    }

    QNetworkAccessManager m_network;
    Metrics m_metrics;

private Q_SLOTS:
    void healthzAnswersOkWithVersion() {
        RelayServer server(testConfig(), &m_metrics);
        auto port = server.listen();
        QVERIFY2(port.ok(), qPrintable(port.error().message));
        const Answer answer = get(*port, QStringLiteral("/healthz"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.contentType, QByteArray("application/json"));
        QCOMPARE(answer.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(answer.body.value(QStringLiteral("version")).toString(),
                 QStringLiteral(SWITCHBOARD_VERSION));
    }

    void unknownPathAnswersContractError() {
        RelayServer server(testConfig(), &m_metrics);
        auto port = server.listen();
        QVERIFY(port.ok());
        const Answer answer = get(*port, QStringLiteral("/no/such/thing"));
        QCOMPARE(answer.status, 404);
        const QJsonObject error = answer.body.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }

    void portInUseIsAClearError() {
        RelayServer first(testConfig(), &m_metrics);
        auto port = first.listen();
        QVERIFY(port.ok());
        RelayConfig config = testConfig();
        config.listenPort = *port;
        RelayServer second(config, &m_metrics);
        auto again = second.listen();
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("SWITCHBOARD_LISTEN")));
    }
};

QTEST_GUILESS_MAIN(TestRelayServer)
#include "tst_relayserver.moc"
