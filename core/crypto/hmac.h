// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Switchboard {

//! HMAC-SHA256 (OpenSSL 3 EVP_MAC) and the comparisons that go with it. It exists because the
//! relay must prove every webhook came from Meta (X-Hub-Signature-256) and sign its own state
//! tokens, and both are only as good as a comparison that does not leak where bytes differ.
//!
//! Promises: constantTimeEquals() takes time independent of the contents (only unequal lengths,
//! which are public, return early); verifyHubSignature() accepts exactly
//! `sha256=` followed by 64 hex digits (either case) that match the body, and nothing else.
class Hmac {
public:
    static constexpr qsizetype Sha256Size = 32;

    static Result<QByteArray> hmacSha256(QByteArrayView key, QByteArrayView data);
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
    //! Checks Meta's `X-Hub-Signature-256: sha256=<hex>` header against the raw request body
    //! with the app secret. An empty app secret never verifies anything.
    static bool verifyHubSignature(QByteArrayView headerValue, QByteArrayView rawBody,
                                   QByteArrayView appSecret);
};

} // namespace Switchboard
