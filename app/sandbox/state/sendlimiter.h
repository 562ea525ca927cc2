// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace Switchboard::Sandbox {

//! Meta's two send limits (reference §8.1, §8.2): messages per second per business number
//! (inbound and outbound count; → 130429) and the business→user pair rate, a bucket of `burst`
//! messages refilled one per `pairIntervalMs` (→ 131056).
class SendLimiter {
public:
    SendLimiter(int messagesPerSecond, int pairBurst, qint64 pairIntervalMs);

    //! 0 when the send may go; otherwise the Meta error code that refuses it. A refused send
    //! uses no capacity.
    int admitOutbound(const QString &phoneNumberId, const QString &waId, qint64 nowMs);
    //! Inbound messages use throughput too.
    void countInbound(const QString &phoneNumberId, qint64 nowMs);

private:
    bool throughputFull(const QString &phoneNumberId, qint64 nowMs);

    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    int m_messagesPerSecond;
    int m_pairBurst;
    qint64 m_pairIntervalMs;
    QHash<QString, std::deque<qint64>> m_recent; // per number, times within the last second
    QHash<QString, Bucket> m_pairs;
};

} // namespace Switchboard::Sandbox
