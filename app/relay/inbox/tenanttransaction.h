// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Switchboard {

class Database;

//! One tenant's write, the way every inbox route makes it: a transaction that first takes the
//! tenant's sequence lock (EventLog::lockTenant, so writers of a tenant queue instead of
//! deadlocking), and rolls back unless commit() succeeded, whatever path the handler leaves by.
class TenantTransaction {
public:
    TenantTransaction(Database &database, QString tenantId);
    ~TenantTransaction();
    TenantTransaction(const TenantTransaction &) = delete;
    TenantTransaction &operator=(const TenantTransaction &) = delete;

    //! Errors: "database_unavailable" when no transaction could start.
    Status begin();
    Status commit();

private:
    Database &m_database;
    QString m_tenantId;
    bool m_open = false;
};

} // namespace Switchboard
