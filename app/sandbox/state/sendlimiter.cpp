// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/state/sendlimiter.h"

#include <algorithm>

namespace Switchboard::Sandbox {

SendLimiter::SendLimiter(int messagesPerSecond, int pairBurst, qint64 pairIntervalMs)
    : m_messagesPerSecond(messagesPerSecond)
    , m_pairBurst(pairBurst)
    , m_pairIntervalMs(std::max<qint64>(1, pairIntervalMs)) {}

bool SendLimiter::throughputFull(const QString &phoneNumberId, qint64 nowMs) {
    auto &recent = m_recent[phoneNumberId];
    while (!recent.empty() && recent.front() <= nowMs - 1000)
        recent.pop_front();
    return int(recent.size()) >= m_messagesPerSecond;
}

int SendLimiter::admitOutbound(const QString &phoneNumberId, const QString &waId, qint64 nowMs) {
    if (throughputFull(phoneNumberId, nowMs))
        return 130429;
    const QString pairKey = phoneNumberId + QLatin1Char('/') + waId;
    auto it = m_pairs.find(pairKey);
    if (it == m_pairs.end())
        it = m_pairs.insert(pairKey, Bucket{double(m_pairBurst), nowMs});
    it->tokens = std::min(double(m_pairBurst),
                          it->tokens + double(nowMs - it->updatedMs) / double(m_pairIntervalMs));
    it->updatedMs = nowMs;
    if (it->tokens < 1.0)
        return 131056;
    it->tokens -= 1.0;
    m_recent[phoneNumberId].push_back(nowMs);
    return 0;
}

void SendLimiter::countInbound(const QString &phoneNumberId, qint64 nowMs) {
    throughputFull(phoneNumberId, nowMs);
    m_recent[phoneNumberId].push_back(nowMs);
}

} // namespace Switchboard::Sandbox
