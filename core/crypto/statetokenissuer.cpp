// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/statetokenissuer.h"

#include "core/crypto/inmemoryreplayguard.h"
#include "core/crypto/random.h"
#include "core/crypto/statetoken.h"

namespace Switchboard {

StateTokenIssuer::StateTokenIssuer(QByteArray secretKey, Clock clock,
                                   std::shared_ptr<ReplayGuard> replayGuard)
    : m_key(std::move(secretKey))
    , m_clock(clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc))
    , m_replayGuard(replayGuard ? std::move(replayGuard)
                                : std::make_shared<InMemoryReplayGuard>(m_clock)) {}

Result<QString> StateTokenIssuer::issue(const QJsonObject &payload) const {
    auto nonce = randomBytes(StateToken::NonceSize);
    if (!nonce)
        return nonce.error();
    const QDateTime now = m_clock();
    const StateToken token{payload, now, now.addMSecs(m_lifetime.count()), *nonce};
    return token.sign(m_key);
}

Result<QJsonObject> StateTokenIssuer::verify(const QString &token) {
    auto parsed = StateToken::parseSigned(token, m_key);
    if (!parsed)
        return parsed.error();
    if (m_clock() >= parsed->expiresAt)
        return Error{QStringLiteral("expired_state"),
                     QStringLiteral("The signup state expired at %1; start the signup again.")
                         .arg(parsed->expiresAt.toUTC().toString(Qt::ISODate))};
    if (!m_replayGuard->consume(parsed->nonce, parsed->expiresAt))
        return Error{QStringLiteral("replayed_state"),
                     QStringLiteral("This signup state was already used; start the signup "
                                    "again.")};
    return parsed->payload;
}

} // namespace Switchboard
