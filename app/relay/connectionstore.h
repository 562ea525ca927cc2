// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/connection.h"
#include "core/result.h"

#include <optional>

namespace Switchboard {

class Database;
class SecretBox;

//! Each tenant's WhatsApp connection: its status, its numbers (which route webhooks to it) and
//! its access token, sealed with the master key and bound to the tenant id, so a sealed token
//! copied to another tenant's row does not open.
class ConnectionStore {
public:
    ConnectionStore(Database &database, const SecretBox *box);

    //! The manual path (`admin connect-number`): stores the sealed token and the number, marks the
    //! tenant connected and appends a connection event. A number another tenant owns is refused.
    Result<Connection> connectNumber(const QString &tenantId, const QString &wabaId,
                                     const QString &phoneNumberId, const QByteArray &accessToken);
    Result<Connection> connection(const QString &tenantId);
    //! The opened access token of a tenant, for Graph calls; error when none is stored.
    Result<QByteArray> accessToken(const QString &tenantId);

    //! Which tenant a webhook change belongs to: by phone number id, else by WABA id.
    Result<std::optional<QString>> tenantForPhoneNumber(const QString &phoneNumberId);
    Result<std::optional<QString>> tenantForWaba(const QString &wabaId);

private:
    Database &m_database;
    const SecretBox *m_box;
};

} // namespace Switchboard
