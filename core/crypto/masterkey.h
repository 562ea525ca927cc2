// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Switchboard {

//! The relay's master key: the 32 bytes that seal every tenant's access token (SecretBox).
//! It lives in a file holding the key as standard base64 text (what `openssl rand -base64 32`
//! prints) or comes from an environment variable holding the same text.
//!
//! Promises: a key is returned only when it is exactly 32 bytes of valid base64 from a file no
//! one but its owner can read or write. Errors say which: "key_file_missing",
//! "key_file_unreadable", "insecure_key_file_mode" (any group or other permission bit set),
//! "bad_key_encoding", "wrong_key_length". create() never replaces an existing file
//! ("key_file_exists"): losing a master key loses every secret sealed with it. The file appears
//! whole or not at all, with mode 0600, flushed to disk. POSIX only, like the relay.
class MasterKey {
public:
    static constexpr qsizetype Size = 32;

    static Result<QByteArray> load(const QString &path);
    //! Generates a new key and writes it to path, creating missing parent directories (the
    //! key's own directory with mode 0700).
    static Result<QByteArray> create(const QString &path);
    //! load() if the file exists, otherwise create(): the relay's first start in demo mode.
    static Result<QByteArray> loadOrCreate(const QString &path);
    //! Decodes a key given as base64 text, e.g. SWITCHBOARD_MASTER_KEY. Surrounding whitespace is
    //! ignored.
    static Result<QByteArray> fromEnvironmentValue(QByteArrayView base64);
};

} // namespace Switchboard
