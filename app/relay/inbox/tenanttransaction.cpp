// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/inbox/tenanttransaction.h"

#include "app/relay/events/eventlog.h"
#include "core/store/database.h"

namespace Switchboard {

TenantTransaction::TenantTransaction(Database &database, QString tenantId)
    : m_database(database)
    , m_tenantId(std::move(tenantId)) {}

TenantTransaction::~TenantTransaction() {
    if (m_open)
        m_database.rollback();
}

Status TenantTransaction::begin() {
    if (!m_database.begin())
        return Error{QStringLiteral("database_unavailable"),
                     QStringLiteral("The relay's database is unavailable; try again.")};
    m_open = true;
    if (auto locked = EventLog(m_database).lockTenant(m_tenantId); !locked)
        return locked.error();
    return success();
}

Status TenantTransaction::commit() {
    Status done = m_database.commit();
    if (done)
        m_open = false;
    return done;
}

} // namespace Switchboard
