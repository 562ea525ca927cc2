// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/accounts/loginthrottle.h"

namespace Switchboard {

LoginThrottle::LoginThrottle(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {}

LoginThrottle::Count LoginThrottle::current(const QHash<QString, Count> &table,
                                            const QString &key) const {
    const Count count = table.value(key);
    if (!count.windowStart.isValid() || count.windowStart.secsTo(m_clock()) >= windowSeconds)
        return {};
    return count;
}

void LoginThrottle::bump(QHash<QString, Count> &table, const QString &key) {
    Count count = current(table, key);
    if (count.failures == 0)
        count.windowStart = m_clock();
    ++count.failures;
    table.insert(key, count);
}

LoginThrottle::Verdict LoginThrottle::check(const QString &username, const QString &address) const {
    // An address may try several accounts (a shared office); allow it more before refusing.
    const Count user = current(m_byUser, username.toLower());
    const Count from = current(m_byAddress, address);
    const int userAttempts = user.failures + m_pendingByUser.value(username.toLower());
    const int addressAttempts = from.failures + m_pendingByAddress.value(address);
    Verdict verdict;
    const auto refuseUntil = [this, &verdict](const Count &count) {
        verdict.refused = true;
        // Refused only for attempts still being checked: those end within a second.
        verdict.retryAfterSeconds =
            count.windowStart.isValid()
                ? qMax<int>(1, windowSeconds - int(count.windowStart.secsTo(m_clock())))
                : 1;
    };
    if (userAttempts >= maxFailures)
        refuseUntil(user);
    else if (addressAttempts >= maxFailures * 3)
        refuseUntil(from);
    else if (userAttempts >= freeFailures)
        verdict.delayMs = qMin(3000, 250 * (1 << qMin(4, userAttempts - freeFailures)));
    return verdict;
}

namespace {
void release(QHash<QString, int> &pending, const QString &key) {
    if (--pending[key] <= 0)
        pending.remove(key);
}
} // namespace

void LoginThrottle::started(const QString &username, const QString &address) {
    ++m_pendingByUser[username.toLower()];
    ++m_pendingByAddress[address];
}

void LoginThrottle::failed(const QString &username, const QString &address) {
    release(m_pendingByUser, username.toLower());
    release(m_pendingByAddress, address);
    bump(m_byUser, username.toLower());
    bump(m_byAddress, address);
}

void LoginThrottle::succeeded(const QString &username, const QString &address) {
    release(m_pendingByUser, username.toLower());
    release(m_pendingByAddress, address);
    m_byUser.remove(username.toLower());
}

} // namespace Switchboard
