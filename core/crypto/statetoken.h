// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Switchboard {

//! The claims of one Embedded Signup state token and their signed wire form. It is the format
//! only: whether a token is still valid and unspent is StateTokenIssuer's policy.
//!
//! Wire form: `base64url(claims).base64url(HMAC-SHA256(key, base64url(claims)))`, unpadded,
//! where claims is compact JSON `{"v":1,"iat":<ms>,"exp":<ms>,"nonce":"<base64url>","data":{…}}`
//! (times in milliseconds since the Unix epoch, UTC). The token is URL- and form-safe text.
//!
//! Promises: parseSigned() checks the signature before it reads a single claim, and reports
//! "malformed_state" for anything that is not the shape above and "bad_state_signature" for a
//! token signed with another key or altered in any byte.
struct StateToken {
    static constexpr int Version = 1;
    static constexpr qsizetype NonceSize = 16;

    QJsonObject payload;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QByteArray nonce;

    //! The signed token; fails only if the key is shorter than 32 bytes ("invalid_key_length")
    //! or OpenSSL fails.
    Result<QString> sign(QByteArrayView key) const;
    //! The claims of a token signed with key, without any time or replay check.
    static Result<StateToken> parseSigned(const QString &token, QByteArrayView key);

    bool operator==(const StateToken &) const = default;
};

} // namespace Switchboard
