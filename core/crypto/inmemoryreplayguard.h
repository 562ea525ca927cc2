// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/replayguard.h"

#include <QMutex>

#include <functional>
#include <map>

namespace Switchboard {

//! A ReplayGuard for one relay process: spent nonces live in memory until their token expires,
//! and expired entries are pruned on every call, so memory stays bounded by the tokens issued in
//! one lifetime window. Safe to share between threads. Forgets everything on restart, which only
//! matters for tokens issued before the restart and still unexpired.
class InMemoryReplayGuard : public ReplayGuard {
public:
    using Clock = std::function<QDateTime()>;

    //! clock defaults to the system's UTC time; tests pass their own.
    explicit InMemoryReplayGuard(Clock clock = {});

    bool consume(const QByteArray &nonce, const QDateTime &expiresAt) override;
    //! Nonces currently remembered (after pruning those expired by now).
    qsizetype size();

private:
    void pruneLocked(const QDateTime &now);

    Clock m_clock;
    QMutex m_mutex;
    std::map<QByteArray, QDateTime> m_spent;
    std::multimap<QDateTime, QByteArray> m_byExpiry;
};

} // namespace Switchboard
