// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QString>

namespace Switchboard {

class Database;

//! What changed on a tenant's numbers over time, for the console's Connection page: quality
//! rating, messaging limit tier and status. Nothing else keeps this history: every connection
//! event carries the whole connection, so two consecutive events of the tenant's log show what
//! a webhook, the health check or a registration changed, and when.
class ConnectionHistory {
public:
    explicit ConnectionHistory(Database &database);

    //! The changes newest first, at most `limit`, each {"at","phone_number_id","field","from",
    //! "to"} (field quality_rating, messaging_limit_tier or status; an empty value is null). A
    //! number is compared only with its own earlier state: appearing or leaving is no change.
    Result<QJsonArray> changes(const QString &tenantId, int limit = 100);

private:
    Database &m_database;
};

} // namespace Switchboard
