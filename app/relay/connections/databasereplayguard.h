// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/replayguard.h"

namespace Switchboard {

class Database;

//! Spent signup states in the relay database (signup_states), so that a state completes one
//! signup only, whichever relay instance sees it. Fails closed: a database error is a replay.
class DatabaseReplayGuard : public ReplayGuard {
public:
    explicit DatabaseReplayGuard(Database &database);
    bool consume(const QByteArray &nonce, const QDateTime &expiresAt) override;

private:
    Database &m_database;
};

} // namespace Switchboard
