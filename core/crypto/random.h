// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>

namespace Switchboard {

//! Cryptographically secure random bytes from OpenSSL's DRBG (RAND_bytes), for keys, nonces,
//! salts and token ids across core/crypto. Never returns short or predictable output: if the
//! generator cannot deliver, the result is Error{"random_unavailable"} and nothing else.
Result<QByteArray> randomBytes(qsizetype count);

} // namespace Switchboard
