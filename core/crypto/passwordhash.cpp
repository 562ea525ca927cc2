// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/passwordhash.h"

#include "core/crypto/hmac.h"
#include "core/crypto/opensslerror_p.h"
#include "core/crypto/random.h"

#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>
#include <optional>

namespace Switchboard {

namespace {

constexpr quint64 RawMemoryLimit = quint64(1) << 30;
// Stored strings could come from a damaged or hostile row: bound what one verify() may cost.
constexpr quint64 StoredMemoryLimit = quint64(256) << 20;
constexpr int MaxStoredP = 16;
constexpr qsizetype MinStoredSalt = 8;
constexpr qsizetype MinStoredHash = 16;
constexpr qsizetype MaxStoredBytes = 64;

struct KdfFree {
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};

// Bytes OpenSSL's scrypt allocates: B (128·r·p) plus V and XY (128·r·(N+2)).
std::optional<quint64> memoryNeeded(quint64 n, quint64 r, quint64 p) {
    if (r == 0 || p == 0 || n > (quint64(1) << 32) || r > (1u << 20) || p > (1u << 20))
        return std::nullopt;
    return 128 * r * (n + p + 2);
}

QByteArray passwordBytes(const QString &password) {
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

QString toPhcBase64(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toBase64(QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> fromPhcBase64(const QString &text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
              u == u'+' || u == u'/'))
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

std::optional<int> decimal(QStringView text) {
    if (text.isEmpty() || text.size() > 9 || (text.size() > 1 && text.front() == u'0'))
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

struct Parsed {
    PasswordHash::Cost cost;
    QByteArray salt;
    QByteArray hash;
};

Error malformed(const QString &why) {
    return Error{QStringLiteral("malformed_password_hash"),
                 QStringLiteral("The stored password hash cannot be read: %1.").arg(why)};
}

Result<Parsed> parse(const QString &encoded) {
    const QStringList fields = encoded.split(QLatin1Char('$'));
    if (fields.size() >= 3 && fields[0].isEmpty() && fields[1] != QLatin1String("scrypt"))
        return Error{QStringLiteral("unsupported_password_hash"),
                     QStringLiteral("The stored password hash uses \"%1\", not scrypt.")
                         .arg(fields[1].left(32))};
    if (fields.size() != 5 || !fields[0].isEmpty())
        return malformed(QStringLiteral("it is not $scrypt$<cost>$<salt>$<hash>"));
    const QStringList cost = fields[2].split(QLatin1Char(','));
    if (cost.size() != 3 || !cost[0].startsWith(QLatin1String("ln=")) ||
        !cost[1].startsWith(QLatin1String("r=")) || !cost[2].startsWith(QLatin1String("p=")))
        return malformed(QStringLiteral("its cost is not ln=…,r=…,p=…"));
    const auto logN = decimal(QStringView(cost[0]).sliced(3));
    const auto r = decimal(QStringView(cost[1]).sliced(2));
    const auto p = decimal(QStringView(cost[2]).sliced(2));
    if (!logN || !r || !p)
        return malformed(QStringLiteral("its cost is not three decimal numbers"));
    const auto memory = (*logN >= 1 && *logN <= 30)
                            ? memoryNeeded(quint64(1) << *logN, quint64(*r), quint64(*p))
                            : std::nullopt;
    if (!memory || *memory > StoredMemoryLimit || *p > MaxStoredP)
        return Error{QStringLiteral("unsupported_password_hash"),
                     QStringLiteral("The stored password hash asks for a cost outside the "
                                    "supported range (ln=%1, r=%2, p=%3).")
                         .arg(*logN)
                         .arg(*r)
                         .arg(*p)};
    const auto salt = fromPhcBase64(fields[3]);
    const auto hash = fromPhcBase64(fields[4]);
    if (!salt || !hash)
        return malformed(QStringLiteral("its salt or hash is not base64"));
    if (salt->size() < MinStoredSalt || salt->size() > MaxStoredBytes ||
        hash->size() < MinStoredHash || hash->size() > MaxStoredBytes)
        return malformed(QStringLiteral("its salt or hash has an implausible length"));
    return Parsed{PasswordHash::Cost{*logN, *r, *p}, *salt, *hash};
}

} // namespace

PasswordHash::PasswordHash(Cost cost)
    : m_cost(cost) {}

Result<QByteArray> PasswordHash::scrypt(QByteArrayView password, QByteArrayView salt, quint64 N,
                                        quint32 r, quint32 p, qsizetype length) {
    const auto memory = memoryNeeded(N, r, p);
    if (N < 2 || (N & (N - 1)) != 0 || !memory || *memory > RawMemoryLimit || length <= 0 ||
        length > (qsizetype(1) << 20))
        return Error{QStringLiteral("invalid_scrypt_parameters"),
                     QStringLiteral("scrypt needs N a power of two above 1, r and p positive, "
                                    "at most 1 GiB of memory and a sane length (N=%1, r=%2, "
                                    "p=%3, length=%4).")
                         .arg(N)
                         .arg(r)
                         .arg(p)
                         .arg(length)};
    const auto fail = [] {
        return openSslError(QStringLiteral("kdf_failed"), QStringLiteral("scrypt failed"));
    };
    const std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        return fail();
    const std::unique_ptr<EVP_KDF_CTX, KdfFree> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return fail();

    // OpenSSL wants valid pointers even for the empty password and salt of RFC 7914's vector 1.
    static char empty = 0;
    const auto octets = [](QByteArrayView view) {
        return view.isEmpty() ? static_cast<void *>(&empty) : const_cast<char *>(view.data());
    };
    uint64_t n = N;
    uint32_t blockSize = r;
    uint32_t parallelism = p;
    // OpenSSL's own accounting adds a little to memoryNeeded(); leave it room.
    uint64_t maxMemory = *memory + (quint64(1) << 20);
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, octets(password),
                                          size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, octets(salt), size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &blockSize),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &parallelism),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(length, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(length),
                       params) != 1)
        return fail();
    return out;
}

Result<QString> PasswordHash::hash(const QString &password) const {
    auto salt = randomBytes(SaltSize);
    if (!salt)
        return salt.error();
    auto derived = scrypt(passwordBytes(password), *salt, quint64(1) << m_cost.logN,
                          quint32(m_cost.r), quint32(m_cost.p), HashSize);
    if (!derived)
        return derived.error();
    return QString(
        QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$").arg(m_cost.logN).arg(m_cost.r).arg(m_cost.p) +
        toPhcBase64(*salt) + QLatin1Char('$') + toPhcBase64(*derived));
}

Result<bool> PasswordHash::verify(const QString &password, const QString &encoded) const {
    auto parsed = parse(encoded);
    if (!parsed)
        return parsed.error();
    auto derived = scrypt(passwordBytes(password), parsed->salt, quint64(1) << parsed->cost.logN,
                          quint32(parsed->cost.r), quint32(parsed->cost.p), parsed->hash.size());
    if (!derived)
        return derived.error();
    return Hmac::constantTimeEquals(*derived, parsed->hash);
}

bool PasswordHash::needsRehash(const QString &encoded) const {
    const auto parsed = parse(encoded);
    if (!parsed)
        return true;
    const Cost &cost = parsed->cost;
    return cost.logN < m_cost.logN || cost.r < m_cost.r || cost.p < m_cost.p ||
           parsed->salt.size() < SaltSize || parsed->hash.size() < HashSize;
}

} // namespace Switchboard
