// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"
#include "app/sandbox/graph/messagevalidator.h"

namespace Switchboard::Sandbox {

class GraphAccess;
class SandboxState;
class StatusReporter;
struct PhoneNumber;

//! POST /{phone_number_id}/messages (reference §3, §8): validates, applies the throughput and
//! pair limits, records the message in the outbox and lets the StatusReporter play out its
//! statuses, failing free-form messages outside the service window with 131047 as Meta does
//! (accepted now, failed status later). Also mark-as-read.
class MessagingApi {
public:
    MessagingApi(SandboxState &state, GraphAccess &access, StatusReporter &reporter);

    //! `asyncFault`: a fault whose Meta code is reported in a failed status, not in the answer.
    GraphReply send(const GraphRequest &request, PhoneNumber &number, int asyncFault = 0);

private:
    GraphReply markRead(const GraphRequest &request, const PhoneNumber &number);

    SandboxState &m_state;
    GraphAccess &m_access;
    StatusReporter &m_reporter;
    MessageValidator m_validator;
};

} // namespace Switchboard::Sandbox
