// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard::Sandbox {

//! Identifiers shaped like Meta's: numeric object ids, `wamid.` message ids, `EAA…` tokens,
//! fbtrace ids. Random, so that a relay cannot depend on an order it would not get from Meta.
class SandboxIds {
public:
    static QString numericId(int digits = 15);
    static QString wamid();
    static QString accessToken();
    static QString signupCode();
    static QString fbtraceId();
    static QString hexSha256(const QByteArray &data);
};

} // namespace Switchboard::Sandbox
