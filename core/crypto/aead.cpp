// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/aead.h"

#include "core/crypto/opensslerror_p.h"

#include <openssl/err.h>
#include <openssl/evp.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace Switchboard {

namespace {

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

// EVP takes int lengths; feed big buffers in slices so sizes above 2 GiB stay correct.
constexpr qsizetype MaxSlice = qsizetype(1) << 30;

const unsigned char *bytes(QByteArrayView view) {
    return reinterpret_cast<const unsigned char *>(view.data());
}

std::optional<Error> checkSizes(QByteArrayView key, QByteArrayView nonce) {
    if (key.size() != Aead::KeySize)
        return Error{QStringLiteral("invalid_key_length"),
                     QStringLiteral("An AES-256-GCM key is %1 bytes; this one is %2.")
                         .arg(Aead::KeySize)
                         .arg(key.size())};
    if (nonce.size() != Aead::NonceSize)
        return Error{QStringLiteral("invalid_nonce_length"),
                     QStringLiteral("An AES-256-GCM nonce is %1 bytes; this one is %2.")
                         .arg(Aead::NonceSize)
                         .arg(nonce.size())};
    return std::nullopt;
}

// Feeds AAD (out == nullptr) or payload through the cipher in slices.
bool update(EVP_CIPHER_CTX *ctx, QByteArrayView in, unsigned char *out) {
    for (qsizetype done = 0; done < in.size();) {
        const qsizetype slice = std::min(MaxSlice, in.size() - done);
        int written = 0;
        if (EVP_CipherUpdate(ctx, out ? out + done : nullptr, &written, bytes(in) + done,
                             static_cast<int>(slice)) != 1)
            return false;
        done += slice;
    }
    return true;
}

} // namespace

Result<Aead::Sealed> Aead::encrypt(QByteArrayView key, QByteArrayView nonce,
                                   QByteArrayView plaintext, QByteArrayView aad) {
    if (auto error = checkSizes(key, nonce))
        return *error;
    const auto fail = [] {
        return openSslError(QStringLiteral("encryption_failed"),
                            QStringLiteral("AES-256-GCM encryption failed"));
    };

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1)
        return fail();

    Sealed sealed{QByteArray(plaintext.size(), Qt::Uninitialized),
                  QByteArray(TagSize, Qt::Uninitialized)};
    auto *out = reinterpret_cast<unsigned char *>(sealed.ciphertext.data());
    int finalLength = 0;
    if (!update(ctx.get(), aad, nullptr) || !update(ctx.get(), plaintext, out) ||
        EVP_EncryptFinal_ex(ctx.get(), out + plaintext.size(), &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, TagSize, sealed.tag.data()) != 1)
        return fail();
    return sealed;
}

Result<QByteArray> Aead::decrypt(QByteArrayView key, QByteArrayView nonce,
                                 QByteArrayView ciphertext, QByteArrayView tag,
                                 QByteArrayView aad) {
    if (auto error = checkSizes(key, nonce))
        return *error;
    if (tag.size() != TagSize)
        return Error{QStringLiteral("invalid_tag_length"),
                     QStringLiteral("An AES-256-GCM tag is %1 bytes; this one is %2.")
                         .arg(TagSize)
                         .arg(tag.size())};

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx ||
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1)
        return openSslError(QStringLiteral("decryption_failed"),
                            QStringLiteral("AES-256-GCM could not start"));

    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plaintext.data());
    QByteArray expectedTag = tag.toByteArray();
    int finalLength = 0;
    const bool authentic =
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, TagSize, expectedTag.data()) == 1 &&
        update(ctx.get(), aad, nullptr) && update(ctx.get(), ciphertext, out) &&
        EVP_DecryptFinal_ex(ctx.get(), out + ciphertext.size(), &finalLength) == 1;
    if (!authentic) {
        // Never hand out bytes that did not authenticate, not even by accident.
        plaintext.fill('\0');
        ERR_clear_error();
        return Error{QStringLiteral("authentication_failed"),
                     QStringLiteral("The sealed data did not authenticate: it was altered, "
                                    "truncated, or sealed with another key or context.")};
    }
    return plaintext;
}

} // namespace Switchboard
