// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/accountstore.h"
#include "core/result.h"

#include <QHttpServerResponse>

class QHttpServerRequest;
class QUrl;

namespace Switchboard {

class Database;

//! Who is calling a client route, and whether they may touch a tenant.
//!
//! The bearer token comes from `Authorization: Bearer …` or, for WebSockets that cannot set
//! headers, the `access_token` query parameter. Every /api/v1/tenants/{tid}/… route goes
//! through authorize(), so a caller who is not a member of {tid} is refused whatever the route.
class ApiAccess {
public:
    explicit ApiAccess(Database &database);

    struct Caller {
        QString userId;
        QString username;
        QString tenantId;
        AccountStore::Role role = AccountStore::Role::Staff;
    };

    //! Errors: "unauthenticated" (401).
    Result<Caller> authenticate(const QHttpServerRequest &request);
    Result<Caller> authenticate(const QByteArray &authorization, const QUrl &url);
    //! Errors: "unauthenticated" (401), "forbidden" (403: not a member, or role below minimum).
    Result<Caller> authorize(const QHttpServerRequest &request, const QString &tenantId,
                             AccountStore::Role minimum = AccountStore::Role::Staff);
    Result<Caller> authorize(const Caller &caller, const QString &tenantId,
                             AccountStore::Role minimum);

    static QByteArray tokenHash(const QByteArray &token);
    //! The contract's error body with the status that fits the error code.
    static QHttpServerResponse errorResponseFor(const Error &error);

private:
    Database &m_database;
};

} // namespace Switchboard
