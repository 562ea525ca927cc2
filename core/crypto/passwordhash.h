// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Switchboard {

//! Hashes the passwords of console users (relay accounts) with scrypt (RFC 7914, OpenSSL 3
//! EVP_KDF "SCRYPT"), stored as a self-describing PHC-style string:
//! `$scrypt$ln=14,r=8,p=1$<salt>$<hash>` (standard base64 without padding, 16-byte random salt,
//! 32-byte hash). Because the cost is in the string, old hashes keep verifying after the cost is
//! raised, and needsRehash() says when to upgrade one at the next successful login.
//!
//! Promises: passwords are compared as UTF-8 after Unicode NFC normalisation (the same Hebrew
//! or accented password typed on two keyboards verifies); verify() compares in constant time,
//! returns false for a wrong password and an Error ("malformed_password_hash" or
//! "unsupported_password_hash") for a string it cannot read, including costs so high they would
//! let a stored string exhaust the relay's memory.
class PasswordHash {
public:
    //! scrypt cost: N = 2^logN, block size r, parallelism p.
    struct Cost {
        int logN = 14;
        int r = 8;
        int p = 1;
        bool operator==(const Cost &) const = default;
    };
    //! The default for new hashes: scrypt's recommended interactive-login cost, 16 MiB and
    //! about 70 ms per hash on the project's 2-core build machine (ln=15 took 130-160 ms).
    static constexpr Cost DefaultCost{14, 8, 1};
    static constexpr qsizetype SaltSize = 16;
    static constexpr qsizetype HashSize = 32;

    //! cost is what new hashes use; tests pass a cheap one.
    explicit PasswordHash(Cost cost = DefaultCost);

    Cost cost() const { return m_cost; }

    Result<QString> hash(const QString &password) const;
    Result<bool> verify(const QString &password, const QString &encoded) const;
    //! True when encoded uses a weaker cost, salt or hash length than this hasher, or cannot
    //! be read at all.
    bool needsRehash(const QString &encoded) const;

    //! Raw scrypt, for known-answer tests and key derivation. Fails with
    //! "invalid_scrypt_parameters" unless N is a power of two above 1, r and p are positive and
    //! the memory needed (128·r·(N+p+2) bytes) stays under 1 GiB.
    static Result<QByteArray> scrypt(QByteArrayView password, QByteArrayView salt, quint64 N,
                                     quint32 r, quint32 p, qsizetype length);

private:
    Cost m_cost;
};

} // namespace Switchboard
