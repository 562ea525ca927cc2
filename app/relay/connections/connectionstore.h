// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/connection.h"
#include "core/result.h"

#include <QVariantList>

#include <optional>
#include <utility>
#include <vector>

namespace Switchboard {

class Database;
class SecretBox;

//! Each tenant's WhatsApp connection: its status, its numbers (which route webhooks to it) and
//! its access token, sealed with the master key and bound to the tenant id, so a sealed token
//! copied to another tenant's row does not open.
class ConnectionStore {
public:
    ConnectionStore(Database &database, const SecretBox *box);

    //! The manual path (`admin connect-number`, `…/connection/manual`): stores the sealed token
    //! and `number` as Meta describes it (TokenCheck read it; at least its id), marks the tenant
    //! connected and appends a connection event. A number another tenant owns is refused.
    Result<Connection> connectNumber(const QString &tenantId, const QString &wabaId,
                                     const PhoneNumber &number, const QByteArray &accessToken);
    Result<Connection> connection(const QString &tenantId);

    //! Signup and number routes: status, step and reason of the tenant's connection (created
    //! when missing), keeping its token and numbers; appends a connection event.
    Result<Connection> setProgress(const QString &tenantId, ConnectionStatus status,
                                   std::optional<ConnectionStep> step, const QString &reason = {});
    //! A signup's result: the WABA, business and sealed token replace the tenant's, and
    //! `numbers` become the numbers routed to it (refused when another tenant owns one). The
    //! status stays pending at `step` until the number is registered.
    Result<Connection> storeAccount(const QString &tenantId, const QString &wabaId,
                                    const QString &businessId, const QByteArray &accessToken,
                                    const QList<PhoneNumber> &numbers, ConnectionStep step);
    //! Meta refused the tenant's token (190 and kin): needs_reconnect, with Meta's words.
    Result<Connection> tokenRefused(const QString &tenantId, const QString &metaReason);
    Result<Connection> updateNumber(const QString &tenantId, const PhoneNumber &number);
    //! The two-step verification PIN the relay registered the number with, sealed like tokens.
    Status storePin(const QString &tenantId, const QByteArray &pin);
    Result<QByteArray> pin(const QString &tenantId);
    //! Erases the token and PIN and stops routing the numbers; status disconnected.
    Result<Connection> disconnect(const QString &tenantId, const QString &reason);
    //! The opened access token of a tenant, for Graph calls; error when none is stored.
    Result<QByteArray> accessToken(const QString &tenantId);

    //! Which tenant a webhook change belongs to: by phone number id, else by WABA id.
    Result<std::optional<QString>> tenantForPhoneNumber(const QString &phoneNumberId);
    Result<std::optional<QString>> tenantForWaba(const QString &wabaId);

private:
    using Change = std::pair<QString, QVariantList>;
    //! Runs `statements` and appends the resulting connection event, in one transaction.
    Result<Connection> change(const QString &tenantId, const std::vector<Change> &statements);

    Database &m_database;
    const SecretBox *m_box;
};

} // namespace Switchboard
