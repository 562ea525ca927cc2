// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Switchboard {

struct GraphError;

//! How hard a GraphClient call tries before it gives up. Exponential backoff with jitter so that
//! many numbers hitting the same outage do not retry in step; Meta's Retry-After wins over our own
//! schedule, and the pair rate limit (131056) follows Meta's 4^X-seconds schedule. All delays are
//! plain fields so tests can run a whole retry sequence in milliseconds.
struct RetryPolicy {
    int maxAttempts = 5;    //!< tries in total, including the first
    int baseDelayMs = 500;  //!< delay after the first failure; doubles per failure
    int maxDelayMs = 30000; //!< no single wait is longer; a longer Retry-After ends the call
    double jitter = 0.2;    //!< ± fraction applied to the backoff
    int timeoutMs = 30000;  //!< transfer timeout of one attempt (no bytes for that long)
    int pairLimitBaseDelayMs = 1000; //!< 131056: wait base·4^(failures−1)

    //! Milliseconds to wait after the attempt-th try failed (attempt counts from 1).
    int delayFor(int attempt, int retryAfterSeconds = -1) const;
    //! As above, with the error's Retry-After and Meta's own schedule for the pair rate limit.
    int delayFor(int attempt, const GraphError &error) const;
    //! Whether the attempt-th failure may be retried: a retryable error, attempts left, a
    //! Retry-After within maxDelayMs, and Meta's "once" (code 1) or "a few times" (131000) limits.
    bool shouldRetry(int attempt, const GraphError &error) const;
};

} // namespace Switchboard
