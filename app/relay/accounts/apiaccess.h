// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/accounts/accountstore.h"
#include "core/result.h"

class QUrl;

namespace Switchboard {

class ApiRequest;
class Database;

//! Who is calling a client route, and whether they may touch a tenant.
//!
//! The bearer token comes from `Authorization: Bearer …` or, for WebSockets that cannot set
//! headers, the `access_token` query parameter. Every /api/v1/tenants/{tid}/… route goes
//! through authorize() in the RouteTable, so a caller who is not a member of {tid} is refused
//! whatever the route.
class ApiAccess {
public:
    explicit ApiAccess(Database &database);

    struct Caller {
        QString userId;
        QString username;
        QString tenantId;
        AccountStore::Role role = AccountStore::Role::Staff;
        //! The session this request used, from the header or the query: sign-out revokes it.
        QByteArray tokenHash;
    };

    //! Errors: "unauthenticated" (401).
    Result<Caller> authenticate(const ApiRequest &request);
    Result<Caller> authenticate(const QByteArray &authorization, const QUrl &url);
    //! Errors: "forbidden" (403: not a member, or role below minimum).
    Result<Caller> authorize(const Caller &caller, const QString &tenantId,
                             AccountStore::Role minimum);

    static QByteArray tokenHash(const QByteArray &token);

private:
    Database &m_database;
};

} // namespace Switchboard
