// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/relayreply.h"

#include <QObject>

#include <utility>

namespace Switchboard {

//! Calls `done(reply)` once the relay answered, on `context`'s thread, then deletes the reply. A
//! `context` destroyed first (the page closed) drops the answer.
template <typename Done>
void whenAnswered(RelayReply *reply, QObject *context, Done done) {
    QObject::connect(reply, &RelayReply::finished, context,
                     [reply, done = std::move(done)]() mutable {
                         reply->deleteLater();
                         done(*reply);
                     });
}

//! The path of a tenant's route under /api/v1.
inline QString tenantPath(const QString &tenantId, const QString &path) {
    return QStringLiteral("/tenants/%1").arg(tenantId) + path;
}

} // namespace Switchboard
