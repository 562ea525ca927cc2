// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"

namespace Switchboard::Sandbox {

class SandboxState;
class WebhookEmitter;

//! Simulated WhatsApp users: turns "customer X writes this" into Meta's inbound `messages`
//! webhook (reference §6.4), opens the customer's service window and hands the delivery to the
//! emitter. Media a customer sends without an id is stored, so the relay can download it.
class CustomerSimulator {
public:
    CustomerSimulator(SandboxState &state, WebhookEmitter &emitter);

    //! POST /_sandbox/customers/{wa_id}/messages; answers {"wamid"} or a contract error.
    GraphReply customerMessage(const QString &waId, const GraphRequest &request);

private:
    SandboxState &m_state;
    WebhookEmitter &m_emitter;
};

} // namespace Switchboard::Sandbox
