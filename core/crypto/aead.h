// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Switchboard {

//! Raw AES-256-GCM (OpenSSL 3 EVP), the one authenticated cipher of the project. It exists so
//! that the envelope (SecretBox) and the known-answer tests share a single, small code path.
//!
//! Promises: inputs of the wrong size are refused before any work ("invalid_key_length",
//! "invalid_nonce_length", "invalid_tag_length"); decrypt returns plaintext only when the tag
//! authenticates key, nonce, ciphertext and AAD together, and otherwise fails with
//! "authentication_failed" without exposing any unauthenticated bytes. The caller owns nonce
//! uniqueness: never encrypt twice with the same key and nonce (SecretBox draws them at random).
class Aead {
public:
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype TagSize = 16;

    //! Ciphertext (same length as the plaintext) and its 16-byte authentication tag.
    struct Sealed {
        QByteArray ciphertext;
        QByteArray tag;
    };

    static Result<Sealed> encrypt(QByteArrayView key, QByteArrayView nonce,
                                  QByteArrayView plaintext, QByteArrayView aad = {});
    static Result<QByteArray> decrypt(QByteArrayView key, QByteArrayView nonce,
                                      QByteArrayView ciphertext, QByteArrayView tag,
                                      QByteArrayView aad = {});
};

} // namespace Switchboard
