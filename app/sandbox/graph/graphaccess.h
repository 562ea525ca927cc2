// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"

#include <optional>

namespace Switchboard::Sandbox {

class SandboxState;
struct BusinessToken;

//! The access check every Graph call makes, in Meta's order: a token at all, a token Meta
//! issued, not expired (190, HTTP 401), then the asset granted to it for the needed scope
//! (200, HTTP 403).
class GraphAccess {
public:
    static inline const QString Management = QStringLiteral("whatsapp_business_management");
    static inline const QString Messaging = QStringLiteral("whatsapp_business_messaging");

    explicit GraphAccess(SandboxState &state);

    //! True for the app token "APP_ID|APP_SECRET" of the configured app.
    bool isAppToken(const QString &token) const;
    //! The business token of the request, or the error Meta would answer.
    std::optional<GraphError> authenticate(const GraphRequest &request,
                                           const BusinessToken **token) const;
    //! authenticate() and the grant of `scope` on `wabaId`.
    std::optional<GraphError> authorize(const GraphRequest &request, const QString &wabaId,
                                        const QString &scope) const;

private:
    SandboxState &m_state;
};

} // namespace Switchboard::Sandbox
