// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Switchboard {

//! Remembers which single-use tokens were already spent. StateTokenIssuer asks it once per
//! verification; the relay keeps one in memory (InMemoryReplayGuard) or, with several relay
//! instances, in the shared database, which is why the interface is one call.
class ReplayGuard {
public:
    virtual ~ReplayGuard();

    //! Records nonce as spent and returns true if it was not spent before. Returns false for a
    //! replay, and must also return false when it cannot record the nonce (fail closed). The
    //! nonce may be forgotten once expiresAt has passed, since the token is dead by then anyway.
    virtual bool consume(const QByteArray &nonce, const QDateTime &expiresAt) = 0;

protected:
    ReplayGuard() = default;
    ReplayGuard(const ReplayGuard &) = default;
    ReplayGuard &operator=(const ReplayGuard &) = default;
};

} // namespace Switchboard
