// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"

namespace Switchboard::Sandbox {

class CustomerSimulator;
class FaultInjector;
class DemoScript;
class SandboxState;
class TemplateApi;

//! The control API of the relay contract ("Sandbox"), for tests and demos: signup without a
//! browser, customers who write, the outbox, and fault injection. Errors use the contract's
//! body {"error":{"code","message"}} (GraphReply::contractError), not Meta's, because this is
//! not Meta speaking.
class ControlApi {
public:
    ControlApi(SandboxState &state, FaultInjector &faults, CustomerSimulator &customers,
               TemplateApi &templates, DemoScript &demo);

    //! Answers a request under /_sandbox/ (segments without "_sandbox").
    GraphReply handle(const GraphRequest &request);

private:
    GraphReply signup(const GraphRequest &request);
    GraphReply addFault(const GraphRequest &request);
    GraphReply outbox(const GraphRequest &request);
    GraphReply setTemplateStatus(const QString &templateId, const GraphRequest &request);

    SandboxState &m_state;
    FaultInjector &m_faults;
    CustomerSimulator &m_customers;
    TemplateApi &m_templates;
    DemoScript &m_demo;
};

} // namespace Switchboard::Sandbox
