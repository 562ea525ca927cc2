// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/state/tokenstore.h"

#include "app/sandbox/state/sandboxids.h"

namespace Switchboard::Sandbox {

QString TokenStore::issueCode(const QString &appId, const QString &businessId,
                              const QStringList &wabaIds, qint64 nowMs, qint64 ttlMs) {
    SignupCode code{SandboxIds::signupCode(), appId, businessId, wabaIds, nowMs + ttlMs, false};
    m_codes.insert(code.code, code);
    return code.code;
}

TokenStore::Redemption TokenStore::redeem(const QString &code, const QString &appId, qint64 nowMs,
                                          SignupCode *out) {
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return Redemption::Unknown;
    if (it->used)
        return Redemption::Used;
    it->used = true;
    if (it->appId != appId)
        return Redemption::WrongApp;
    if (it->expiresMs <= nowMs)
        return Redemption::Expired;
    if (out)
        *out = *it;
    return Redemption::Ok;
}

const BusinessToken &TokenStore::issueToken(const QString &appId, const QString &businessId,
                                            const QStringList &wabaIds, qint64 nowSecs,
                                            qint64 ttlSecs) {
    BusinessToken token;
    token.token = SandboxIds::accessToken();
    token.appId = appId;
    token.userId = SandboxIds::numericId(17);
    token.scopes = {QStringLiteral("whatsapp_business_management"),
                    QStringLiteral("whatsapp_business_messaging"),
                    QStringLiteral("business_management"), QStringLiteral("public_profile")};
    token.wabaIds = wabaIds;
    token.businessIds = {businessId};
    token.issuedSecs = nowSecs;
    token.expiresSecs = ttlSecs > 0 ? nowSecs + ttlSecs : 0;
    return *m_tokens.insert(token.token, token);
}

const BusinessToken *TokenStore::find(const QString &token) const {
    const auto it = m_tokens.constFind(token);
    return it == m_tokens.constEnd() ? nullptr : &*it;
}

} // namespace Switchboard::Sandbox
