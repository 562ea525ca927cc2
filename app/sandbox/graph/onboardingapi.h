// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"

namespace Switchboard::Sandbox {

class CallbackVerifier;
class GraphAccess;
class SandboxState;
struct PhoneNumber;
struct Waba;

//! The server-side steps after Embedded Signup (reference §1.7): the code-for-token exchange,
//! debug_token, webhook subscription of the app to a WABA, and number registration and
//! verification, with Meta's rules (single-use 30 s codes, 6-digit PINs, 133005, 133016).
class OnboardingApi {
public:
    OnboardingApi(SandboxState &state, GraphAccess &access, CallbackVerifier &verifier);

    GraphReply exchangeCode(const GraphRequest &request);
    GraphReply debugToken(const GraphRequest &request);
    GraphReply subscribedApps(const GraphRequest &request, Waba &waba);
    GraphReply registerNumber(const GraphRequest &request, PhoneNumber &number);
    GraphReply deregisterNumber(const GraphRequest &request, PhoneNumber &number);
    GraphReply requestCode(const GraphRequest &request, PhoneNumber &number);
    GraphReply verifyCode(const GraphRequest &request, PhoneNumber &number);

private:
    //! 133016 when the number used its 10 register/deregister calls of the last 72 h.
    std::optional<GraphError> countRegistrationCall(PhoneNumber &number);

    SandboxState &m_state;
    GraphAccess &m_access;
    CallbackVerifier &m_verifier;
};

} // namespace Switchboard::Sandbox
