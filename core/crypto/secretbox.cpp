// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/secretbox.h"

#include "core/crypto/aead.h"
#include "core/crypto/random.h"

#include <QtEndian>

namespace Switchboard {

static_assert(SecretBox::CiphertextOffset == SecretBox::NonceOffset + Aead::NonceSize);
static_assert(SecretBox::Overhead == SecretBox::CiphertextOffset + Aead::TagSize);

namespace {

Error unknownKey(SecretBox::KeyId id) {
    return Error{QStringLiteral("unknown_key"),
                 QStringLiteral("No key with id %1 is in the keyring; it may have been removed "
                                "after a rotation.")
                     .arg(id)};
}

// Checks length, magic and version; the key id is read by the caller.
std::optional<Error> checkHeader(QByteArrayView envelope) {
    const auto truncated = [&] {
        return Error{QStringLiteral("truncated_envelope"),
                     QStringLiteral("The sealed value is %1 bytes, shorter than the %2 bytes "
                                    "every envelope has; it was cut off.")
                         .arg(envelope.size())
                         .arg(SecretBox::Overhead)};
    };
    if (envelope.size() < 2)
        return truncated();
    if (quint8(envelope[0]) != SecretBox::Magic || quint8(envelope[1]) != SecretBox::FormatVersion)
        return Error{QStringLiteral("unknown_format_version"),
                     QStringLiteral("The sealed value starts with 0x%1 0x%2, not a known envelope "
                                    "format (0x53 0x01).")
                         .arg(quint8(envelope[0]), 2, 16, QLatin1Char('0'))
                         .arg(quint8(envelope[1]), 2, 16, QLatin1Char('0'))};
    if (envelope.size() < SecretBox::Overhead)
        return truncated();
    return std::nullopt;
}

} // namespace

Result<SecretBox> SecretBox::withKey(KeyId id, const QByteArray &key) {
    SecretBox box;
    if (auto added = box.addKey(id, key); !added)
        return added.error();
    box.m_currentId = id;
    box.m_hasCurrent = true;
    return box;
}

Status SecretBox::addKey(KeyId id, const QByteArray &key) {
    if (key.size() != Aead::KeySize)
        return Error{QStringLiteral("invalid_key_length"),
                     QStringLiteral("Key %1 is %2 bytes; a sealing key is %3 bytes.")
                         .arg(id)
                         .arg(key.size())
                         .arg(Aead::KeySize)};
    if (const auto it = m_keys.find(id); it != m_keys.end()) {
        if (it->second == key)
            return success();
        return Error{QStringLiteral("key_id_in_use"),
                     QStringLiteral("Key id %1 already names another key; give the new key a new "
                                    "id so values sealed with the old one still open.")
                         .arg(id)};
    }
    m_keys.emplace(id, key);
    return success();
}

Status SecretBox::setCurrentKey(KeyId id) {
    if (!hasKey(id))
        return unknownKey(id);
    m_currentId = id;
    m_hasCurrent = true;
    return success();
}

void SecretBox::removeKey(KeyId id) {
    m_keys.erase(id);
    if (m_hasCurrent && m_currentId == id)
        m_hasCurrent = false;
}

QList<SecretBox::KeyId> SecretBox::keyIds() const {
    QList<KeyId> ids;
    ids.reserve(qsizetype(m_keys.size()));
    for (const auto &entry : m_keys)
        ids.append(entry.first);
    return ids;
}

Result<QByteArray> SecretBox::seal(QByteArrayView plaintext, QByteArrayView aad) const {
    if (!m_hasCurrent)
        return Error{QStringLiteral("no_current_key"),
                     QStringLiteral("No sealing key has been chosen for the keyring.")};
    auto nonce = randomBytes(Aead::NonceSize);
    if (!nonce)
        return nonce.error();

    QByteArray envelope;
    envelope.reserve(Overhead + plaintext.size());
    envelope.append(char(Magic)).append(char(FormatVersion));
    envelope.resize(HeaderSize);
    qToBigEndian<quint32>(m_currentId, envelope.data() + 2);
    envelope.append(*nonce);

    const QByteArray authenticated = envelope.first(HeaderSize) + aad.toByteArray();
    auto sealed = Aead::encrypt(m_keys.at(m_currentId), *nonce, plaintext, authenticated);
    if (!sealed)
        return sealed.error();
    envelope.append(sealed->ciphertext).append(sealed->tag);
    return envelope;
}

Result<QByteArray> SecretBox::open(QByteArrayView envelope, QByteArrayView aad) const {
    auto id = keyIdOf(envelope);
    if (!id)
        return id.error();
    const auto key = m_keys.find(*id);
    if (key == m_keys.end())
        return unknownKey(*id);

    const QByteArray authenticated = envelope.first(HeaderSize).toByteArray() + aad.toByteArray();
    const qsizetype ciphertextSize = envelope.size() - Overhead;
    return Aead::decrypt(key->second, envelope.sliced(NonceOffset, Aead::NonceSize),
                         envelope.sliced(CiphertextOffset, ciphertextSize),
                         envelope.sliced(CiphertextOffset + ciphertextSize), authenticated);
}

Result<QString> SecretBox::sealToText(QByteArrayView plaintext, QByteArrayView aad) const {
    auto envelope = seal(plaintext, aad);
    if (!envelope)
        return envelope.error();
    return QString::fromLatin1(
        envelope->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<QByteArray> SecretBox::openText(const QString &text, QByteArrayView aad) const {
    auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error{QStringLiteral("malformed_envelope_text"),
                     QStringLiteral("The sealed value is not base64url text.")};
    return open(decoded.decoded, aad);
}

Result<SecretBox::KeyId> SecretBox::keyIdOf(QByteArrayView envelope) {
    if (auto error = checkHeader(envelope))
        return *error;
    return qFromBigEndian<quint32>(envelope.data() + 2);
}

} // namespace Switchboard
