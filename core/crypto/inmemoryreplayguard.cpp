// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/inmemoryreplayguard.h"

#include <QMutexLocker>

namespace Switchboard {

InMemoryReplayGuard::InMemoryReplayGuard(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc)) {}

bool InMemoryReplayGuard::consume(const QByteArray &nonce, const QDateTime &expiresAt) {
    const QDateTime now = m_clock();
    const QMutexLocker lock(&m_mutex);
    pruneLocked(now);
    if (m_spent.count(nonce) != 0)
        return false;
    // Already-expired tokens are refused by the issuer before they get here; remembering one
    // anyway costs nothing until the next prune.
    m_spent.emplace(nonce, expiresAt);
    m_byExpiry.emplace(expiresAt, nonce);
    return true;
}

qsizetype InMemoryReplayGuard::size() {
    const QDateTime now = m_clock();
    const QMutexLocker lock(&m_mutex);
    pruneLocked(now);
    return qsizetype(m_spent.size());
}

void InMemoryReplayGuard::pruneLocked(const QDateTime &now) {
    auto it = m_byExpiry.begin();
    while (it != m_byExpiry.end() && it->first <= now) {
        m_spent.erase(it->second);
        it = m_byExpiry.erase(it);
    }
}

} // namespace Switchboard
