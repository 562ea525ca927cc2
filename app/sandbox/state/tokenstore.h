// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Switchboard::Sandbox {

//! What finishing Embedded Signup grants: a code that becomes one business token.
struct SignupCode {
    QString code;
    QString appId;
    QString businessId;
    QStringList wabaIds;
    qint64 expiresMs = 0;
    bool used = false;
};

struct BusinessToken {
    QString token;
    QString appId;
    QString userId;
    QStringList scopes;
    QStringList wabaIds; //!< newest first, as debug_token's target_ids
    QStringList businessIds;
    qint64 issuedSecs = 0;
    qint64 expiresSecs = 0; //!< 0: never
};

//! Signup codes (single use, short TTL) and the business tokens they are exchanged for.
class TokenStore {
public:
    QString issueCode(const QString &appId, const QString &businessId, const QStringList &wabaIds,
                      qint64 nowMs, qint64 ttlMs);

    enum class Redemption { Ok, Unknown, Used, Expired, WrongApp };
    //! Marks the code used whatever the outcome after it was found, as Meta burns a code once
    //! it is presented.
    Redemption redeem(const QString &code, const QString &appId, qint64 nowMs, SignupCode *out);

    const BusinessToken &issueToken(const QString &appId, const QString &businessId,
                                    const QStringList &wabaIds, qint64 nowSecs, qint64 ttlSecs);
    const BusinessToken *find(const QString &token) const;
    //! Every business token issued so far (tests check none leaks into the relay's files).
    QStringList issuedTokens() const { return m_tokens.keys(); }
    static bool isExpired(const BusinessToken &token, qint64 nowSecs) {
        return token.expiresSecs != 0 && token.expiresSecs <= nowSecs;
    }

private:
    QHash<QString, SignupCode> m_codes;
    QHash<QString, BusinessToken> m_tokens;
};

} // namespace Switchboard::Sandbox
