// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/statetoken.h"

#include "core/crypto/hmac.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace Switchboard {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qsizetype MinimumKeySize = 32;
// Generous for a tenant id and a user id; stops a hostile megabyte before it reaches JSON.
constexpr qsizetype MaximumTokenSize = 8192;

std::optional<Error> checkKey(QByteArrayView key) {
    if (key.size() < MinimumKeySize)
        return Error{QStringLiteral("invalid_key_length"),
                     QStringLiteral("A state token key must be at least %1 bytes; this one is %2.")
                         .arg(MinimumKeySize)
                         .arg(key.size())};
    return std::nullopt;
}

Error malformed(const QString &why) {
    return Error{QStringLiteral("malformed_state"),
                 QStringLiteral("The signup state is not a valid state token: %1.").arg(why)};
}

std::optional<QByteArray> fromBase64Url(QByteArrayView text) {
    // Only the unpadded base64url alphabet; the decoder alone would also accept '=' and "+/".
    for (const char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::Base64UrlEncoding |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

// A millisecond timestamp must be an integral JSON number.
std::optional<QDateTime> timeClaim(const QJsonObject &claims, QLatin1String name) {
    const QJsonValue value = claims.value(name);
    if (!value.isDouble())
        return std::nullopt;
    const double ms = value.toDouble();
    if (!std::isfinite(ms) || std::trunc(ms) != ms || std::abs(ms) > 1e15)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
}

} // namespace

Result<QString> StateToken::sign(QByteArrayView key) const {
    if (auto error = checkKey(key))
        return *error;
    const QJsonObject claims{
        {QStringLiteral("v"), Version},
        {QStringLiteral("iat"), double(issuedAt.toMSecsSinceEpoch())},
        {QStringLiteral("exp"), double(expiresAt.toMSecsSinceEpoch())},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64(Base64Url))},
        {QStringLiteral("data"), payload},
    };
    const QByteArray body =
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    auto mac = Hmac::hmacSha256(key, body);
    if (!mac)
        return mac.error();
    return QString::fromLatin1(body + '.' + mac->toBase64(Base64Url));
}

Result<StateToken> StateToken::parseSigned(const QString &token, QByteArrayView key) {
    if (auto error = checkKey(key))
        return *error;
    if (token.size() > MaximumTokenSize)
        return malformed(QStringLiteral("it is too long"));
    const QByteArray text = token.toLatin1();
    const qsizetype dot = text.indexOf('.');
    if (dot <= 0 || dot == text.size() - 1 || text.indexOf('.', dot + 1) != -1)
        return malformed(QStringLiteral("it is not two dot-separated parts"));
    const QByteArrayView body = QByteArrayView(text).first(dot);
    const auto claimsJson = fromBase64Url(body);
    const auto signature = fromBase64Url(QByteArrayView(text).sliced(dot + 1));
    if (!claimsJson || !signature)
        return malformed(QStringLiteral("it is not base64url text"));

    auto expected = Hmac::hmacSha256(key, body);
    if (!expected)
        return expected.error();
    if (!Hmac::constantTimeEquals(*expected, *signature))
        return Error{QStringLiteral("bad_state_signature"),
                     QStringLiteral("The signup state was not issued by this relay or was "
                                    "altered; start the signup again.")};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*claimsJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(QStringLiteral("its claims are not a JSON object"));
    const QJsonObject claims = document.object();
    if (claims.value(QLatin1String("v")) != QJsonValue(Version))
        return malformed(QStringLiteral("its version is not %1").arg(Version));
    const auto issuedAt = timeClaim(claims, QLatin1String("iat"));
    const auto expiresAt = timeClaim(claims, QLatin1String("exp"));
    const auto nonceText = claims.value(QLatin1String("nonce"));
    const auto nonce = fromBase64Url(nonceText.toString().toLatin1());
    const QJsonValue payload = claims.value(QLatin1String("data"));
    if (!issuedAt || !expiresAt || !nonceText.isString() || !nonce || nonce->size() != NonceSize ||
        !payload.isObject())
        return malformed(QStringLiteral("a claim is missing or has the wrong type"));
    return StateToken{payload.toObject(), *issuedAt, *expiresAt, *nonce};
}

} // namespace Switchboard
