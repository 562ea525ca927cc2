// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/accounts/accountstore.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/state/accountdirectory.h"
#include "app/sandbox/state/sandboxstate.h"
#include "core/crypto/passwordhash.h"
#include "tests/relay/relayharness.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>

#include <memory>

namespace Switchboard::Test {

//! A real relay whose Graph API is an in-process sandbox (the e2e wiring), for the tests of the
//! Connection page's routes and of the page itself: the sandbox's control API, a business that
//! completed Meta's signup (its ids and a token of its own, as a business bringing its token to
//! the manual connection has), a number connected and registered, and tenants created as
//! `admin create-tenant` would. Serves the page tests, the signup popup's and the end-to-end test.
class SandboxedRelay {
public:
    bool start(const QString &backend = QStringLiteral("sqlite")) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 relayPort = probe.serverPort();
        probe.close();
        Sandbox::SandboxOptions options;
        options.listenPort = 0;
        options.appId = QStringLiteral("1001");
        options.appSecret = QLatin1String(RelayHarness::appSecret);
        options.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(relayPort));
        options.statusDelayMs = 50;
        options.webhookRetryMs = 100;
        sandbox = std::make_unique<Sandbox::SandboxServer>(options);
        auto port = sandbox->listen();
        if (!port) {
            m_error = port.error().message;
            return false;
        }
        sandboxUrl = QStringLiteral("http://127.0.0.1:%1").arg(port.value());
        relay = std::make_unique<RelayHarness>(backend);
        relay->setGraphUrl(sandboxUrl);
        relay->setSignupSdkUrl(sandboxUrl + QStringLiteral("/en_US/sdk.js"));
        relay->setListenPort(relayPort);
        if (mediaCacheBytes)
            relay->setMediaCacheBytes(*mediaCacheBytes);
        if (!relay->error().isEmpty() || !relay->start()) {
            m_error =
                relay->error().isEmpty() ? QStringLiteral("relay did not start") : relay->error();
            return false;
        }
        return true;
    }
    QString error() const { return m_error; }

    //! The sandbox's control API (/_sandbox/…), as a test script uses it.
    QJsonObject control(const QString &path, const QJsonObject &body) {
        QNetworkRequest request(QUrl(sandboxUrl + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(
            m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(10000);
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    //! Makes the next `count` Graph calls whose path matches fail with Meta's `metaCode`.
    void fault(const QString &pathRegex, int metaCode, int status = 400, int count = 1) {
        control(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("path_regex"), pathRegex},
                                                     {QStringLiteral("status"), status},
                                                     {QStringLiteral("meta_code"), metaCode},
                                                     {QStringLiteral("count"), count}});
    }

    struct Account {
        QString wabaId;
        QString phoneNumberId;
        QString token;
    };
    //! A business that went through Meta's signup and exchanged its code: what it brings to
    //! the manual connection. Its number is not registered yet (Meta's status PENDING).
    Account signedUpAccount(const QString &business, const QString &phone) {
        const QJsonObject signup = control(QStringLiteral("/_sandbox/signup"),
                                           {{QStringLiteral("app_id"), QStringLiteral("1001")},
                                            {QStringLiteral("config_id"), QStringLiteral("cfg")},
                                            {QStringLiteral("business_name"), business},
                                            {QStringLiteral("display_phone_number"), phone}});
        std::unique_ptr<QNetworkReply> exchange(m_network.get(QNetworkRequest(
            QUrl(sandboxUrl +
                 QStringLiteral("/v25.0/oauth/access_token?client_id=1001&client_secret=%1&code=%2")
                     .arg(QLatin1String(RelayHarness::appSecret),
                          signup.value(QStringLiteral("code")).toString())))));
        QSignalSpy exchanged(exchange.get(), &QNetworkReply::finished);
        exchanged.wait(10000);
        return {signup.value(QStringLiteral("waba_id")).toString(),
                signup.value(QStringLiteral("phone_number_id")).toString(),
                QJsonDocument::fromJson(exchange->readAll())
                    .object()
                    .value(QStringLiteral("access_token"))
                    .toString()};
    }

    //! The relay harness's tenant connected by hand to a new business of the sandbox, its number
    //! verified and registered, as `user` (an owner) does it on the Connection page; the
    //! account, or an empty one when a step failed.
    Account connectRegistered(const QString &business, const QString &phone,
                              const QString &user = QStringLiteral("pat")) {
        const Account account = signedUpAccount(business, phone);
        const QString token = relay->login(user);
        const QMap<QByteArray, QByteArray> headers{{"Authorization", "Bearer " + token.toUtf8()},
                                                   {"Content-Type", "application/json"}};
        const QString base = QStringLiteral("/api/v1/tenants/%1").arg(relay->tenantId);
        const QString number = base + QStringLiteral("/numbers/%1/").arg(account.phoneNumberId);
        auto post = [&](const QString &path, const QJsonObject &body) {
            return relay
                       ->request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 headers)
                       .status == 200;
        };
        const bool ok = post(base + QStringLiteral("/connection/manual"),
                             {{QStringLiteral("waba_id"), account.wabaId},
                              {QStringLiteral("phone_number_id"), account.phoneNumberId},
                              {QStringLiteral("access_token"), account.token}}) &&
                        post(number + QStringLiteral("request-code"),
                             {{QStringLiteral("method"), QStringLiteral("SMS")}}) &&
                        post(number + QStringLiteral("verify-code"),
                             {{QStringLiteral("code"), QStringLiteral("123456")}}) &&
                        post(number + QStringLiteral("register"),
                             {{QStringLiteral("pin"), QStringLiteral("246810")}});
        return ok ? account : Account{};
    }

    //! The sandbox's own record of a number (its profile, status, pending code).
    Sandbox::PhoneNumber *sandboxNumber(const QString &phoneNumberId) {
        return sandbox->state().accounts().phoneNumber(phoneNumberId);
    }

    //! A tenant without any connection, with an owner and a staff member (RelayHarness's
    //! password); returns its id, empty on failure.
    QString addTenant(const QString &name, const QString &owner, const QString &staff) {
        auto db = relay->database().open();
        if (!db)
            return {};
        AccountStore accounts(*db);
        auto id = accounts.createTenant(name);
        if (!id)
            return {};
        const QString hash =
            PasswordHash({10, 8, 1}).hash(QLatin1String(RelayHarness::password)).value();
        if (!accounts.createUser(*id, owner, AccountStore::Role::Owner, hash) ||
            !accounts.createUser(*id, staff, AccountStore::Role::Staff, hash))
            return {};
        return *id;
    }

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<RelayHarness> relay;
    //! Before start(): the relay's media cache size, when not its default.
    std::optional<qint64> mediaCacheBytes;
    QString sandboxUrl;

private:
    QNetworkAccessManager m_network;
    QString m_error;
};

} // namespace Switchboard::Test
