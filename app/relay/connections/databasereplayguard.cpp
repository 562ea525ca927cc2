// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/connections/databasereplayguard.h"

#include "app/relay/records/storedformat.h"
#include "core/store/database.h"

#include <QSqlQuery>

namespace Switchboard {

DatabaseReplayGuard::DatabaseReplayGuard(Database &database)
    : m_database(database) {}

bool DatabaseReplayGuard::consume(const QByteArray &nonce, const QDateTime &expiresAt) {
    // Dead states need not be remembered: they are refused as expired before they get here.
    (void)m_database.query(QStringLiteral("DELETE FROM signup_states WHERE expires_at < ?"),
                           {nowText()});
    return m_database
        .query(
            QStringLiteral("INSERT INTO signup_states (nonce, expires_at) VALUES (?, ?)"),
            {QString::fromLatin1(nonce.toBase64()), expiresAt.toUTC().toString(Qt::ISODateWithMs)})
        .ok();
}

} // namespace Switchboard
