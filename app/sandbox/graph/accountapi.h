// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"

namespace Switchboard::Sandbox {

class CallbackVerifier;
class GraphAccess;
class SandboxState;
struct PhoneNumber;
struct Waba;

//! The Graph nodes a relay reads after signup (reference §2): GET /{waba}, GET
//! /{waba}/phone_numbers, GET and POST /{phone_number_id}, and a business portfolio's WABA
//! lists, with field selection and Meta's list shape.
class AccountApi {
public:
    AccountApi(SandboxState &state, GraphAccess &access, CallbackVerifier &verifier);

    GraphReply getWaba(const GraphRequest &request, const Waba &waba);
    GraphReply listPhoneNumbers(const GraphRequest &request, const Waba &waba);
    GraphReply getPhoneNumber(const GraphRequest &request, const PhoneNumber &number);
    GraphReply updatePhoneNumber(const GraphRequest &request, PhoneNumber &number);
    GraphReply listBusinessWabas(const GraphRequest &request, const QString &businessId);

    QJsonObject phoneNumberJson(const PhoneNumber &number);

private:
    QJsonObject wabaJson(const Waba &waba);

    SandboxState &m_state;
    GraphAccess &m_access;
    CallbackVerifier &m_verifier;
};

} // namespace Switchboard::Sandbox
