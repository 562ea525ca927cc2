// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/sandboxoptions.h"
#include "app/sandbox/state/accountdirectory.h"
#include "app/sandbox/state/mediastore.h"
#include "app/sandbox/state/outbox.h"
#include "app/sandbox/state/sandboxclock.h"
#include "app/sandbox/state/sendlimiter.h"
#include "app/sandbox/state/servicewindows.h"
#include "app/sandbox/state/templatestore.h"
#include "app/sandbox/state/tokenstore.h"

#include <QUrl>

namespace Switchboard::Sandbox {

//! Everything the fake Meta knows, in memory. Thread-confined: it lives on the thread of the
//! SandboxServer and is only touched from its handlers and timers, so nothing here locks.
class SandboxState {
public:
    explicit SandboxState(const SandboxOptions &options);

    const SandboxOptions &options() const { return m_options; }
    SandboxClock &clock() { return m_clock; }
    AccountDirectory &accounts() { return m_accounts; }
    TokenStore &tokens() { return m_tokens; }
    TemplateStore &templates() { return m_templates; }
    Outbox &outbox() { return m_outbox; }
    ServiceWindows &windows() { return m_windows; }
    SendLimiter &limiter() { return m_limiter; }
    MediaStore &media() { return m_media; }

    //! Where a WABA's webhooks go (phone override → WABA override → app URL); an empty URL when
    //! they are not delivered (--require-subscription and the app is not subscribed).
    QUrl webhookUrlFor(const QString &wabaId, const QString &phoneNumberId = {});

    //! What a person finishing Embedded Signup creates: business (reused by name), WABA, number
    //! and a single-use code for the token.
    struct SignupResult {
        QString code;
        QString businessId;
        QString wabaId;
        QString phoneNumberId;
    };
    SignupResult completeSignup(const QString &businessName, const QString &displayPhoneNumber);

private:
    SandboxOptions m_options;
    SandboxClock m_clock;
    AccountDirectory m_accounts;
    TokenStore m_tokens;
    TemplateStore m_templates;
    Outbox m_outbox;
    ServiceWindows m_windows;
    SendLimiter m_limiter;
    MediaStore m_media;
};

} // namespace Switchboard::Sandbox
