// SPDX-License-Identifier: GPL-3.0-or-later
// Every route the relay registers is described in app/relay/http/openapi.json, with its method.
#include "app/relay/http/relayserver.h"
#include "tests/relay/relayharness.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;

class TestOpenApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QFile file(QStringLiteral(SWITCHBOARD_SOURCE_DIR "/app/relay/http/openapi.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(
            document.value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.")));
        m_paths = document.value(QStringLiteral("paths")).toObject();
        QVERIFY(!m_paths.isEmpty());
    }

    void everyRegisteredRouteIsDescribed() {
        const QJsonObject &paths = m_paths;

        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const auto &routes = relay.relay()->server()->routes();
        QVERIFY(routes.size() >= 14);
        for (const auto &route : routes) {
            const QJsonObject path = paths.value(route.path).toObject();
            QVERIFY2(!path.isEmpty(),
                     qPrintable(route.path + QStringLiteral(" is not in openapi.json")));
            QVERIFY2(path.contains(route.method.toLower()),
                     qPrintable(route.method + QLatin1Char(' ') + route.path +
                                QStringLiteral(" has no operation in openapi.json")));
            const QJsonObject operation = path.value(route.method.toLower()).toObject();
            QVERIFY(!operation.value(QStringLiteral("summary")).toString().isEmpty());
            QVERIFY(!operation.value(QStringLiteral("responses")).toObject().isEmpty());
        }
    }

    void everyDescribedOperationIsServed() {
        // The other direction: what the description promises is served, except operations of
        // the contract marked x-switchboard-planned, which must not be served yet (the marker
        // goes when the route is built).
        const QJsonObject &paths = m_paths;
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        QSet<QString> served;
        for (const auto &route : relay.relay()->server()->routes())
            served.insert(route.method.toLower() + QLatin1Char(' ') + route.path);
        int described = 0;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject operations = path.value().toObject();
            for (auto op = operations.begin(); op != operations.end(); ++op) {
                if (!QStringList{QStringLiteral("get"), QStringLiteral("post"),
                                 QStringLiteral("patch"), QStringLiteral("put"),
                                 QStringLiteral("delete")}
                         .contains(op.key()))
                    continue;
                const QString key = op.key() + QLatin1Char(' ') + path.key();
                const bool planned =
                    op.value().toObject().value(QStringLiteral("x-switchboard-planned")).toBool();
                QVERIFY2(served.contains(key) != planned,
                         qPrintable(key + (planned ? QStringLiteral(" is served but still marked "
                                                                    "x-switchboard-planned")
                                                   : QStringLiteral(" is described but not "
                                                                    "served"))));
                ++described;
            }
        }
        QVERIFY(described >= int(served.size()));
    }

    void contractRoutesAreAllDescribed() {
        // The contract's routes, registered or still to come, are all in the description.
        const QJsonObject &paths = m_paths;
        const QStringList contract = {QStringLiteral("/healthz"),
                                      QStringLiteral("/metrics"),
                                      QStringLiteral("/webhook"),
                                      QStringLiteral("/api/v1/auth/login"),
                                      QStringLiteral("/api/v1/tenants"),
                                      QStringLiteral("/api/v1/tenants/{tid}/events"),
                                      QStringLiteral("/api/v1/tenants/{tid}/stream"),
                                      QStringLiteral("/api/v1/tenants/{tid}/connection"),
                                      QStringLiteral("/api/v1/tenants/{tid}/signup/start"),
                                      QStringLiteral("/api/v1/tenants/{tid}/signup/complete"),
                                      QStringLiteral("/api/v1/tenants/{tid}/messages"),
                                      QStringLiteral("/api/v1/tenants/{tid}/customers"),
                                      QStringLiteral("/api/v1/tenants/{tid}/products"),
                                      QStringLiteral("/api/v1/tenants/{tid}/orders"),
                                      QStringLiteral("/api/v1/tenants/{tid}/orders/{id}/status"),
                                      QStringLiteral("/api/v1/tenants/{tid}/templates")};
        for (const QString &path : contract)
            QVERIFY2(paths.contains(path), qPrintable(path));
    }

private:
    QJsonObject m_paths;
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
