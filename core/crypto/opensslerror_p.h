// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace Switchboard {

//! Turns a failure inside OpenSSL into an Error: the message is the caller's context plus the
//! reason OpenSSL queued, and the queue is drained so it cannot leak into a later, unrelated
//! call. OpenSSL's reasons describe algorithms and states, never key or plaintext bytes, so the
//! warning logged under Log::crypto is safe to keep.
Error openSslError(const QString &code, const QString &context);

} // namespace Switchboard
