// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"

namespace Switchboard::Sandbox {

//! The Embedded Signup stand-in (reference §1.2–1.5): an SDK shim offering FB.init / FB.login
//! at /sdk.js (and /en_US/sdk.js, Meta's path) and the dialog page at /{version}/dialog/oauth,
//! where a person picks a business, WABA and number. The page creates them through
//! /_sandbox/signup, posts the WA_EMBEDDED_SIGNUP FINISH (or CANCEL) message to the opener and
//! hands the single-use code to FB.login's callback.
class SignupDialog {
public:
    //! The asset for that request, or nothing when the path is not one of them.
    static std::optional<GraphReply> serve(const GraphRequest &request);
};

} // namespace Switchboard::Sandbox
