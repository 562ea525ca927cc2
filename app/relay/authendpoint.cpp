// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/authendpoint.h"

#include "app/relay/accountstore.h"
#include "app/relay/apiaccess.h"
#include "app/relay/jsonresponse.h"
#include "app/relay/relayserver.h"
#include "core/crypto/passwordhash.h"
#include "core/crypto/random.h"
#include "core/logging.h"

#include <QFutureWatcher>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QtConcurrent>

#include <memory>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

// A valid hash of a random password: verifying against it costs what a real check costs.
const QString &decoyHash() {
    static const QString hash =
        PasswordHash().hash(QStringLiteral("decoy-password-never-used")).value();
    return hash;
}

QJsonArray tenantsJson(const std::vector<AccountStore::Membership> &memberships) {
    QJsonArray tenants;
    for (const auto &m : memberships)
        tenants.append(QJsonObject{{QStringLiteral("id"), m.tenantId},
                                   {QStringLiteral("name"), m.tenantName},
                                   {QStringLiteral("role"), AccountStore::roleName(m.role)}});
    return tenants;
}

} // namespace

AuthEndpoint::AuthEndpoint(RelayServer *server, Database *database, ApiAccess *access,
                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_access(access) {
    server->route(
        QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/auth/login"),
        QStringLiteral("/api/v1/auth/login"),
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            const QString username = body.value(QStringLiteral("username")).toString();
            const QString password = body.value(QStringLiteral("password")).toString();
            if (username.isEmpty() || password.isEmpty())
                return errorResponse(HttpStatus::BadRequest, QStringLiteral("invalid_request"),
                                     QStringLiteral("Send {\"username\": …, \"password\": …} as "
                                                    "JSON."))
                    .write(std::move(responder));
            const QString address = request.remoteAddress().toString();
            const auto verdict = m_throttle.check(username, address);
            if (verdict.refused) {
                QHttpServerResponse response = errorResponse(
                    HttpStatus::TooManyRequests, QStringLiteral("too_many_attempts"),
                    QStringLiteral("Too many failed sign-ins; wait %1 seconds and try again.")
                        .arg(verdict.retryAfterSeconds));
                response.setHeader(QByteArrayLiteral("Retry-After"),
                                   QByteArray::number(verdict.retryAfterSeconds));
                return response.write(std::move(responder));
            }
            auto user = AccountStore(*m_database).findUser(username);
            if (!user)
                return ApiAccess::errorResponseFor(user.error()).write(std::move(responder));
            const QString encoded = user->has_value() ? user->value().passwordHash : decoyHash();
            const QString userId = user->has_value() ? user->value().id : QString();
            m_throttle.started(username, address);

            auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
            auto *watcher = new QFutureWatcher<bool>(this);
            connect(watcher, &QFutureWatcher<bool>::finished, this,
                    [this, watcher, kept, username, address, userId, delay = verdict.delayMs] {
                        watcher->deleteLater();
                        const bool ok = watcher->result() && !userId.isEmpty();
                        if (!ok) {
                            m_throttle.failed(username, address);
                            qCInfo(Log::relay) << "failed sign-in for a user from" << address;
                            QTimer::singleShot(delay, this, [kept] {
                                errorResponse(HttpStatus::Unauthorized,
                                              QStringLiteral("invalid_credentials"),
                                              QStringLiteral("The username or password is wrong."))
                                    .write(std::move(*kept));
                            });
                            return;
                        }
                        m_throttle.succeeded(username, address);
                        const QByteArray token = randomBytes(32).value().toBase64(
                            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
                        const QDateTime expires =
                            QDateTime::currentDateTimeUtc().addDays(sessionDays);
                        AccountStore accounts(*m_database);
                        auto stored =
                            accounts.createSession(ApiAccess::tokenHash(token), userId, expires);
                        auto memberships = accounts.memberships(userId);
                        if (!stored || !memberships)
                            return ApiAccess::errorResponseFor(stored ? memberships.error()
                                                                      : stored.error())
                                .write(std::move(*kept));
                        jsonResponse({{QStringLiteral("token"), QString::fromLatin1(token)},
                                      {QStringLiteral("expires_at"), expires.toString(Qt::ISODate)},
                                      {QStringLiteral("user"),
                                       QJsonObject{{QStringLiteral("id"), userId},
                                                   {QStringLiteral("username"), username}}},
                                      {QStringLiteral("tenants"), tenantsJson(*memberships)}})
                            .write(std::move(*kept));
                    });
            watcher->setFuture(QtConcurrent::run([password, encoded] {
                auto verified = PasswordHash().verify(password, encoded);
                return verified.ok() && *verified;
            }));
        });

    server->route(
        QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/auth/logout"),
        QStringLiteral("/api/v1/auth/logout"), [this](const QHttpServerRequest &request) {
            auto caller = m_access->authenticate(request);
            if (!caller)
                return ApiAccess::errorResponseFor(caller.error());
            const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
            const QByteArray token =
                header.startsWith("Bearer ") ? header.mid(7).trimmed() : QByteArray();
            if (auto done = AccountStore(*m_database).deleteSession(ApiAccess::tokenHash(token));
                !done)
                return ApiAccess::errorResponseFor(done.error());
            return jsonResponse({{QStringLiteral("status"), QStringLiteral("signed_out")}});
        });

    server->route(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/tenants"),
                  QStringLiteral("/api/v1/tenants"), [this](const QHttpServerRequest &request) {
                      auto caller = m_access->authenticate(request);
                      if (!caller)
                          return ApiAccess::errorResponseFor(caller.error());
                      auto memberships = AccountStore(*m_database).memberships(caller->userId);
                      if (!memberships)
                          return ApiAccess::errorResponseFor(memberships.error());
                      return jsonResponse({{QStringLiteral("tenants"), tenantsJson(*memberships)}});
                  });
}

} // namespace Switchboard
