// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/retrypolicy.h"

#include "core/meta/grapherror.h"

#include <QRandomGenerator>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace Switchboard {

int RetryPolicy::delayFor(int attempt, int retryAfterSeconds) const {
    const int failures = std::max(1, attempt);
    const double exponential =
        std::min(double(maxDelayMs), double(baseDelayMs) * std::pow(2.0, failures - 1));
    const double spread = std::clamp(jitter, 0.0, 1.0);
    const double factor = 1.0 + spread * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    double delay = std::clamp(exponential * factor, 0.0, double(std::max(0, maxDelayMs)));
    if (retryAfterSeconds >= 0)
        delay = std::max(delay, retryAfterSeconds * 1000.0);
    return int(std::lround(delay));
}

int RetryPolicy::delayFor(int attempt, const GraphError &error) const {
    int delay = delayFor(attempt, error.retryAfterSeconds);
    if (error.isPairRateLimit()) {
        const double pair = double(pairLimitBaseDelayMs) * std::pow(4.0, std::max(0, attempt - 1));
        delay = std::max(delay, int(std::min(pair, double(std::max(0, maxDelayMs)))));
    }
    return delay;
}

bool RetryPolicy::shouldRetry(int attempt, const GraphError &error) const {
    if (!error.retryable() || attempt >= maxAttempts)
        return false;
    if (error.retryAfterSeconds >= 0 && qint64(error.retryAfterSeconds) * 1000 > maxDelayMs)
        return false;
    if (error.code == 1 && attempt >= 2)
        return false;
    if (error.code == 131000 && attempt >= 3)
        return false;
    return true;
}

} // namespace Switchboard
