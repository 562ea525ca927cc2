// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/accounts/authendpoint.h"

#include "app/relay/accounts/accountstore.h"
#include "app/relay/accounts/apiaccess.h"
#include "app/relay/accounts/passwordcheck.h"
#include "app/relay/http/apicall.h"
#include "app/relay/http/jsonresponse.h"
#include "app/relay/http/requestfields.h"
#include "app/relay/http/routetable.h"
#include "core/crypto/passwordhash.h"
#include "core/crypto/random.h"
#include "core/logging.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

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

AuthEndpoint::AuthEndpoint(RouteTable &routes, Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database) {
    using Method = QHttpServerRequest::Method;
    routes.publicRoute(Method::Post, QStringLiteral("/api/v1/auth/login"),
                       RouteTable::bind(this, &AuthEndpoint::login), RouteTable::Thread::Api);
    routes.userRoute(Method::Post, QStringLiteral("/api/v1/auth/logout"),
                     RouteTable::bind(this, &AuthEndpoint::logout));
    routes.userRoute(Method::Get, QStringLiteral("/api/v1/tenants"),
                     RouteTable::bind(this, &AuthEndpoint::tenants));
    routes.tenantRoute(Method::Get, QStringLiteral("/api/v1/tenants/{tid}/members"),
                       RouteTable::Role::Staff, RouteTable::bind(this, &AuthEndpoint::members));
}

void AuthEndpoint::login(const ApiCall &call) {
    // A body that is not JSON reads as one without the fields: the answer names what to send.
    RequestFields fields(QJsonDocument::fromJson(call.request().body()).object());
    const QString username = fields.required("username");
    const QString password = fields.required("password");
    if (const auto &problem = fields.error())
        return call.fail(
            Error{problem->code,
                  problem->message + QStringLiteral(" Send {\"username\": …, \"password\": …} as "
                                                    "JSON.")});
    const QString address = call.request().remoteAddress().toString();
    const auto verdict = m_throttle.check(username, address);
    if (verdict.refused) {
        QHttpServerResponse response =
            errorResponse(HttpStatus::TooManyRequests, QStringLiteral("too_many_attempts"),
                          QStringLiteral("Too many failed sign-ins; wait %1 seconds and try again.")
                              .arg(verdict.retryAfterSeconds));
        response.setHeader(QByteArrayLiteral("Retry-After"),
                           QByteArray::number(verdict.retryAfterSeconds));
        return call.reply(std::move(response));
    }
    auto user = AccountStore(*m_database).findUser(username);
    if (!user)
        return call.fail(user.error());
    const QString encoded = user->has_value() ? user->value().passwordHash : decoyHash();
    const QString userId = user->has_value() ? user->value().id : QString();
    m_throttle.started(username, address);

    auto *check = PasswordCheck::start(password, encoded, this);
    connect(check, &PasswordCheck::finished, this,
            [this, check, call, username, address, userId, delay = verdict.delayMs] {
                check->deleteLater();
                if (!check->error().code.isEmpty())
                    qCWarning(Log::auth)
                        << "a stored password hash cannot be read:" << check->error().message;
                if (!check->matches() || userId.isEmpty()) {
                    m_throttle.failed(username, address);
                    qCInfo(Log::auth) << "failed sign-in for a user from" << address;
                    QTimer::singleShot(delay, this, [call] {
                        call.fail(Error{QStringLiteral("invalid_credentials"),
                                        QStringLiteral("The username or password is wrong.")});
                    });
                    return;
                }
                m_throttle.succeeded(username, address);
                const QByteArray token = randomBytes(32).value().toBase64(
                    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
                const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(sessionDays);
                AccountStore accounts(*m_database);
                auto stored = accounts.createSession(ApiAccess::tokenHash(token), userId, expires);
                auto memberships = accounts.memberships(userId);
                if (!stored || !memberships)
                    return call.fail(stored ? memberships.error() : stored.error());
                call.reply(QJsonObject{
                    {QStringLiteral("token"), QString::fromLatin1(token)},
                    {QStringLiteral("expires_at"), expires.toString(Qt::ISODate)},
                    {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId},
                                                         {QStringLiteral("username"), username}}},
                    {QStringLiteral("tenants"), tenantsJson(*memberships)}});
            });
}

void AuthEndpoint::logout(const ApiCall &call) {
    if (auto done = AccountStore(*m_database).deleteSession(call.caller().tokenHash); !done)
        return call.fail(done.error());
    call.reply(QJsonObject{{QStringLiteral("status"), QStringLiteral("signed_out")}});
}

void AuthEndpoint::tenants(const ApiCall &call) {
    auto memberships = AccountStore(*m_database).memberships(call.caller().userId);
    if (!memberships)
        return call.fail(memberships.error());
    call.reply(QJsonObject{{QStringLiteral("tenants"), tenantsJson(*memberships)}});
}

void AuthEndpoint::members(const ApiCall &call) {
    auto members = AccountStore(*m_database).members(call.tenantId());
    if (!members)
        return call.fail(members.error());
    QJsonArray all;
    for (const AccountStore::Member &member : *members)
        all.append(QJsonObject{{QStringLiteral("id"), member.userId},
                               {QStringLiteral("username"), member.username},
                               {QStringLiteral("role"), AccountStore::roleName(member.role)}});
    call.reply(QJsonObject{{QStringLiteral("members"), all}});
}

} // namespace Switchboard
