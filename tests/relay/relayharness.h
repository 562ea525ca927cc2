// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/relay.h"
#include "tests/support/testdatabase.h"

#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace Switchboard::Test {

//! A real relay for one test: its own database (SQLite or PostgreSQL), master key and free
//! loopback port, with two tenants ("pizzeria" owning PN1, "clinic" owning PN2), a user in each,
//! and HTTP helpers over a real QNetworkAccessManager.
class RelayHarness {
public:
    explicit RelayHarness(const QString &backend = QStringLiteral("sqlite"));
    ~RelayHarness();

    //! Empty when set-up worked; otherwise the reason, for QVERIFY2.
    QString error() const { return m_error; }
    //! Starts (or restarts) the relay in this process.
    bool start();
    void stop();
    Relay *relay() const { return m_relay.get(); }
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    RelayConfig config() const { return m_config; }
    //! Before start(): how long a request may take and an idle connection stays open.
    void setRequestTimeoutMs(int ms) { m_config.requestTimeoutMs = ms; }
    //! Before start(): where Meta is (a sandbox), and the port to listen on (0: any free one).
    void setGraphUrl(const QString &url) { m_config.graphUrl = url; }
    void setListenPort(quint16 port) { m_port = port; }
    //! Before start(): where the signup page loads Meta's SDK from (a sandbox's shim).
    void setSignupSdkUrl(const QString &url) { m_config.signupSdkUrl = url; }
    //! Before start(): how many bytes of media the relay keeps (media-cache/ in its directory).
    void setMediaCacheBytes(qint64 bytes) { m_config.mediaCacheBytes = bytes; }
    const TestDatabase &database() const { return m_database; }

    static constexpr const char *appSecret = "test-app-secret";
    static constexpr const char *verifyToken = "test-verify-token";
    static constexpr const char *password = "correct horse battery";
    QString tenantId;      //!< "Pizzeria", phone number PN1, owner "pat", staff "sam"
    QString otherTenantId; //!< "Clinic", phone number PN2, user "cleo"

    struct Reply {
        int status = 0;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers; //!< lower-case names
        QJsonObject json() const;
    };
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QMap<QByteArray, QByteArray> &headers = {});
    Reply get(const QString &path, const QString &token = {});
    //! POSTs a webhook delivery signed with the app secret (or with `signature` when given).
    Reply postWebhook(const QByteArray &body, const QByteArray &signature = {});
    //! Signs in and returns the bearer token (empty on failure).
    QString login(const QString &username);

    static QByteArray sign(const QByteArray &body);
    //! A delivery of one text message from `from` to `phoneNumberId`.
    static QByteArray textDelivery(const QString &phoneNumberId, const QString &wamid,
                                   const QString &from, const QString &text,
                                   const QString &name = QStringLiteral("Dana"));
    //! A delivery of one status of a business message.
    static QByteArray statusDelivery(const QString &phoneNumberId, const QString &wamid,
                                     const QString &status, const QString &errorCode = {});

    //! Waits until every committed delivery was ingested.
    bool waitIngested(int timeoutMs = 10000);
    //! All events of a tenant, paging through the log directly in the database.
    QList<QJsonObject> events(const QString &tenant);
    int count(const QString &sql, const QVariantList &bindings = {});
    //! Runs a statement on the relay's database directly, behind the relay's back.
    bool execute(const QString &sql, const QVariantList &bindings = {});
    //! Webhook deliveries acknowledged and not yet ingested (-1 on error).
    qint64 pendingDeliveries();
    //! Webhook deliveries in the inbox, ingested or not (-1 on error).
    qint64 storedDeliveries();

private:
    QTemporaryDir m_dir;
    TestDatabase m_database;
    RelayConfig m_config;
    std::unique_ptr<Relay> m_relay;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Switchboard::Test
