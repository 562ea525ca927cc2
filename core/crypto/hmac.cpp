// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/hmac.h"

#include "core/crypto/opensslerror_p.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>
#include <optional>

namespace Switchboard {

namespace {

struct MacFree {
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
};

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<QByteArray> decodeHex(QByteArrayView hex) {
    if (hex.size() % 2 != 0)
        return std::nullopt;
    QByteArray out(hex.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int high = hexValue(hex[2 * i]);
        const int low = hexValue(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        out[i] = char((high << 4) | low);
    }
    return out;
}

} // namespace

Result<QByteArray> Hmac::hmacSha256(QByteArrayView key, QByteArrayView data) {
    const auto fail = [] {
        return openSslError(QStringLiteral("mac_failed"), QStringLiteral("HMAC-SHA256 failed"));
    };
    const std::unique_ptr<EVP_MAC, MacFree> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac)
        return fail();
    const std::unique_ptr<EVP_MAC_CTX, MacFree> ctx(EVP_MAC_CTX_new(mac.get()));
    if (!ctx)
        return fail();

    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    // A zero-length key is legal HMAC; give OpenSSL a valid pointer for it.
    static const unsigned char noKey = 0;
    const auto *keyBytes = key.isEmpty() ? &noKey : reinterpret_cast<const uchar *>(key.data());

    QByteArray out(Sha256Size, Qt::Uninitialized);
    size_t written = 0;
    if (EVP_MAC_init(ctx.get(), keyBytes, size_t(key.size()), params) != 1 ||
        EVP_MAC_update(ctx.get(), reinterpret_cast<const uchar *>(data.data()),
                       size_t(data.size())) != 1 ||
        EVP_MAC_final(ctx.get(), reinterpret_cast<uchar *>(out.data()), &written,
                      size_t(out.size())) != 1 ||
        written != size_t(Sha256Size))
        return fail();
    return out;
}

bool Hmac::constantTimeEquals(QByteArrayView a, QByteArrayView b) {
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

bool Hmac::verifyHubSignature(QByteArrayView headerValue, QByteArrayView rawBody,
                              QByteArrayView appSecret) {
    constexpr QByteArrayView Prefix("sha256=");
    const QByteArrayView value = headerValue.trimmed();
    if (appSecret.isEmpty() || !value.startsWith(Prefix) ||
        value.size() != Prefix.size() + 2 * Sha256Size)
        return false;
    const auto claimed = decodeHex(value.sliced(Prefix.size()));
    if (!claimed)
        return false;
    const auto expected = hmacSha256(appSecret, rawBody);
    return expected && constantTimeEquals(*expected, *claimed);
}

} // namespace Switchboard
