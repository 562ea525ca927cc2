// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <map>

namespace Switchboard {

//! Seals secrets at rest (tenants' access tokens, the console's replica key) into a versioned,
//! self-describing envelope, so that keys can rotate without a flag day.
//!
//! Envelope, format 1 (all integers big-endian):
//! ```
//!   offset 0   1 byte   magic 0x53 ('S')
//!          1   1 byte   format version, 0x01
//!          2   4 bytes  key id (uint32) of the keyring entry that sealed it
//!          6  12 bytes  random nonce
//!         18   n bytes  AES-256-GCM ciphertext
//!       18+n  16 bytes  tag
//! ```
//! The six header bytes are authenticated together with the caller's AAD, so the version and the
//! key id cannot be swapped either. Key ids are plain uint32 numbers chosen by the operator
//! (1, 2, 3… in order of rotation); they name keys, they are not secret.
//!
//! Promises: open() returns the exact plaintext or one of these errors, never garbage:
//! "truncated_envelope" (shorter than header + tag), "unknown_format_version" (magic or version
//! byte not ours), "unknown_key" (key id not in the keyring), "authentication_failed" (altered
//! bytes, a different key under the same id, or an AAD other than the one used to seal). Pass the
//! owning tenant id as AAD so a value copied into another tenant's row does not open.
//! Rotation: addKey() a new key, setCurrentKey() to it; envelopes sealed under older ids still
//! open while those keys stay in the keyring, and keyIdOf() finds the ones to re-seal.
class SecretBox {
public:
    using KeyId = quint32;

    static constexpr quint8 Magic = 0x53;
    static constexpr quint8 FormatVersion = 1;
    static constexpr qsizetype HeaderSize = 6;
    static constexpr qsizetype NonceOffset = HeaderSize;
    static constexpr qsizetype CiphertextOffset = NonceOffset + 12;
    static constexpr qsizetype Overhead = CiphertextOffset + 16;

    //! An empty keyring: nothing opens and seal() fails with "no_current_key" until a key is
    //! added and made current.
    SecretBox() = default;

    //! A keyring holding one key, current. Fails with "invalid_key_length" unless key is 32 bytes.
    static Result<SecretBox> withKey(KeyId id, const QByteArray &key);

    //! Adds a key under id. Re-adding the same bytes is a no-op; a different key under an id
    //! already present fails with "key_id_in_use", since it would orphan what the old key sealed.
    Status addKey(KeyId id, const QByteArray &key);
    //! Chooses the key new envelopes are sealed with; "unknown_key" if id is not in the keyring.
    Status setCurrentKey(KeyId id);
    //! Drops a retired key; envelopes sealed with it will fail with "unknown_key".
    void removeKey(KeyId id);

    bool hasKey(KeyId id) const { return m_keys.count(id) != 0; }
    bool hasCurrentKey() const { return m_hasCurrent; }
    KeyId currentKeyId() const { return m_currentId; }
    QList<KeyId> keyIds() const;

    Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView aad = {}) const;
    Result<QByteArray> open(QByteArrayView envelope, QByteArrayView aad = {}) const;

    //! seal() as unpadded base64url text, for TEXT columns and JSON.
    Result<QString> sealToText(QByteArrayView plaintext, QByteArrayView aad = {}) const;
    //! open() for sealToText() output; text that is not base64url fails with
    //! "malformed_envelope_text".
    Result<QByteArray> openText(const QString &text, QByteArrayView aad = {}) const;

    //! The key id an envelope claims (not authenticated by itself), to find envelopes that need
    //! re-sealing after a rotation. Fails like open() does on short or foreign input.
    static Result<KeyId> keyIdOf(QByteArrayView envelope);

private:
    std::map<KeyId, QByteArray> m_keys;
    KeyId m_currentId = 0;
    bool m_hasCurrent = false;
};

} // namespace Switchboard
