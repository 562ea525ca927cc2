// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace Switchboard {

//! Slows, then refuses, repeated failed logins for one username or from one address.
//!
//! Within a window (15 minutes), the first failures cost nothing, the following ones are answered
//! only after a growing delay, and past the limit every attempt is refused with 429 until the
//! window has passed. A successful login clears the username's count.
class LoginThrottle {
public:
    using Clock = std::function<QDateTime()>;
    explicit LoginThrottle(Clock clock = {});

    struct Verdict {
        bool refused = false;
        int retryAfterSeconds = 0; //!< when refused
        int delayMs = 0;           //!< when allowed: wait this long before answering a failure
    };
    //! Attempts still being checked count as failures until they end, so guesses sent in
    //! parallel cannot outrun the limit.
    Verdict check(const QString &username, const QString &address) const;
    //! An allowed attempt is being checked; end it with failed() or succeeded().
    void started(const QString &username, const QString &address);
    void failed(const QString &username, const QString &address);
    void succeeded(const QString &username, const QString &address);

    static constexpr int freeFailures = 3;
    static constexpr int maxFailures = 10;
    static constexpr int windowSeconds = 15 * 60;

private:
    struct Count {
        int failures = 0;
        QDateTime windowStart;
    };
    Count current(const QHash<QString, Count> &table, const QString &key) const;
    void bump(QHash<QString, Count> &table, const QString &key);

    Clock m_clock;
    QHash<QString, Count> m_byUser;
    QHash<QString, Count> m_byAddress;
    QHash<QString, int> m_pendingByUser;
    QHash<QString, int> m_pendingByAddress;
};

} // namespace Switchboard
