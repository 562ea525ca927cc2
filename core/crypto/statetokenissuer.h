// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/replayguard.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace Switchboard {

//! Issues and checks the `state` that travels through Meta's Embedded Signup popup, so that the
//! relay only completes a signup it started itself, for the tenant and user it started it for,
//! recently, and once.
//!
//! Promises: verify() returns the payload given to issue() only for a token this issuer's key
//! signed, before its expiry (valid while now < issued + lifetime), and only the first time.
//! Otherwise: "malformed_state", "bad_state_signature", "expired_state" or "replayed_state".
//! An expired token is refused before it is spent, so it never fills the ReplayGuard.
//! The key should be dedicated to state tokens (at least 32 bytes), not reused for sealing.
class StateTokenIssuer {
public:
    using Clock = std::function<QDateTime()>;
    static constexpr std::chrono::milliseconds DefaultLifetime = std::chrono::minutes(10);

    //! clock defaults to the system's UTC time; replayGuard defaults to an InMemoryReplayGuard on
    //! the same clock. Pass a shared guard when several issuers (relay instances) verify tokens.
    explicit StateTokenIssuer(QByteArray secretKey, Clock clock = {},
                              std::shared_ptr<ReplayGuard> replayGuard = {});

    std::chrono::milliseconds lifetime() const { return m_lifetime; }
    void setLifetime(std::chrono::milliseconds lifetime) { m_lifetime = lifetime; }

    Result<QString> issue(const QJsonObject &payload) const;
    //! Checks the token and spends it: a second verify() of the same token is a replay.
    Result<QJsonObject> verify(const QString &token);

private:
    QByteArray m_key;
    Clock m_clock;
    std::shared_ptr<ReplayGuard> m_replayGuard;
    std::chrono::milliseconds m_lifetime = DefaultLifetime;
};

} // namespace Switchboard
