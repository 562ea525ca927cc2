// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/accounts/apiaccess.h"

#include "app/relay/http/apirequest.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QUrlQuery>

namespace Switchboard {

namespace {

int rank(AccountStore::Role role) {
    switch (role) {
    case AccountStore::Role::Owner:
        return 3;
    case AccountStore::Role::Admin:
        return 2;
    case AccountStore::Role::Staff:
        break;
    }
    return 1;
}

Error unauthenticated(const QString &message) {
    return Error{QStringLiteral("unauthenticated"), message};
}

} // namespace

ApiAccess::ApiAccess(Database &database)
    : m_database(database) {}

QByteArray ApiAccess::tokenHash(const QByteArray &token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

Result<ApiAccess::Caller> ApiAccess::authenticate(const ApiRequest &request) {
    return authenticate(request.value(QByteArrayLiteral("Authorization")), request.url());
}

Result<ApiAccess::Caller> ApiAccess::authenticate(const QByteArray &authorization,
                                                  const QUrl &url) {
    QByteArray token;
    if (authorization.startsWith("Bearer "))
        token = authorization.mid(7).trimmed();
    else
        token = QUrlQuery(url).queryItemValue(QStringLiteral("access_token")).toUtf8();
    if (token.isEmpty())
        return unauthenticated(QStringLiteral("Sign in first: send Authorization: Bearer <token> "
                                              "from POST /api/v1/auth/login."));
    auto session =
        AccountStore(m_database).session(tokenHash(token), QDateTime::currentDateTimeUtc());
    if (!session)
        return session.error();
    if (!session->has_value())
        return unauthenticated(
            QStringLiteral("The token is unknown or has expired; sign in again."));
    return Caller{session->value().userId,
                  session->value().username,
                  {},
                  AccountStore::Role::Staff,
                  tokenHash(token)};
}

Result<ApiAccess::Caller> ApiAccess::authorize(const Caller &caller, const QString &tenantId,
                                               AccountStore::Role minimum) {
    auto role = AccountStore(m_database).roleIn(caller.userId, tenantId);
    if (!role)
        return role.error();
    // Not a member and no such tenant look the same: ids of other businesses are not revealed.
    if (!role->has_value())
        return Error{QStringLiteral("forbidden"),
                     QStringLiteral("You are not a member of this tenant.")};
    if (rank(role->value()) < rank(minimum))
        return Error{QStringLiteral("forbidden"),
                     QStringLiteral("This needs the %1 role or higher.")
                         .arg(AccountStore::roleName(minimum))};
    Caller authorized = caller;
    authorized.tenantId = tenantId;
    authorized.role = role->value();
    return authorized;
}

} // namespace Switchboard
