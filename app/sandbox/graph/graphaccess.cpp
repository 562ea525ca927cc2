// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/graphaccess.h"

#include "app/sandbox/state/sandboxstate.h"

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

GraphAccess::GraphAccess(SandboxState &state)
    : m_state(state) {}

bool GraphAccess::isAppToken(const QString &token) const {
    return token == m_state.options().appId + QLatin1Char('|') + m_state.options().appSecret;
}

std::optional<GraphError> GraphAccess::authenticate(const GraphRequest &request,
                                                    const BusinessToken **token) const {
    if (request.token.isEmpty())
        return GraphError::missingToken();
    if (isAppToken(request.token))
        return GraphError::permission(
            u"An app access token cannot act on WhatsApp Business Account assets; use the "
            "business token."_s);
    const BusinessToken *found = m_state.tokens().find(request.token);
    if (!found)
        return GraphError::invalidToken();
    const qint64 now = m_state.clock().nowSecs();
    if (TokenStore::isExpired(*found, now))
        return GraphError::expiredToken(found->expiresSecs, now);
    if (token)
        *token = found;
    return std::nullopt;
}

std::optional<GraphError> GraphAccess::authorize(const GraphRequest &request, const QString &wabaId,
                                                 const QString &scope) const {
    const BusinessToken *token = nullptr;
    if (auto error = authenticate(request, &token))
        return error;
    if (!token->scopes.contains(scope))
        return GraphError::permission(u"The token lacks the %1 permission."_s.arg(scope));
    if (!token->wabaIds.contains(wabaId))
        return GraphError::permission(
            u"The token has no access to WhatsApp Business Account %1."_s.arg(wabaId));
    return std::nullopt;
}

} // namespace Switchboard::Sandbox
