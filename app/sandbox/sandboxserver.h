// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/control/faultinjector.h"
#include "app/sandbox/sandboxoptions.h"
#include "core/result.h"

#include <QHttpServer>
#include <QObject>

#include <memory>

namespace Switchboard::Sandbox {

class AccountApi;
class BusinessProfileApi;
class CallbackVerifier;
class ControlApi;
class CustomerSimulator;
class DemoScript;
class GraphAccess;
class MediaApi;
class MessagingApi;
class OnboardingApi;
class SandboxState;
class StatusReporter;
class TemplateApi;
class WebhookEmitter;
struct GraphReply;
struct GraphRequest;

//! Serves the sandbox: Meta's Graph API under /{version}/…, the control API under /_sandbox/
//! and /_sandbox/healthz. QtHttpServer 6.4 routes are not used for the Graph paths: one
//! dispatcher sees every request, so a wrong method or unknown object gets Meta's error
//! envelope instead of the toolkit's bare 404, and faults can match any path.
class SandboxServer : public QObject {
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    //! Binds --listen (port 0 picks a free port); returns the bound port.
    Result<quint16> listen();
    quint16 port() const { return m_port; }

    SandboxState &state() { return *m_state; }
    WebhookEmitter &emitter() { return *m_emitter; }

private:
    GraphReply dispatch(const GraphRequest &request);
    GraphReply dispatchGraph(const GraphRequest &request);

    SandboxOptions m_options;
    QHttpServer m_http;
    quint16 m_port = 0;
    std::unique_ptr<SandboxState> m_state;
    FaultInjector m_faults;
    WebhookEmitter *m_emitter;
    StatusReporter *m_reporter;
    std::unique_ptr<GraphAccess> m_access;
    CallbackVerifier *m_verifier;
    std::unique_ptr<AccountApi> m_accounts;
    std::unique_ptr<OnboardingApi> m_onboarding;
    std::unique_ptr<MessagingApi> m_messaging;
    TemplateApi *m_templates;
    std::unique_ptr<MediaApi> m_media;
    std::unique_ptr<BusinessProfileApi> m_profiles;
    std::unique_ptr<CustomerSimulator> m_customers;
    DemoScript *m_demo;
    std::unique_ptr<ControlApi> m_control;
};

} // namespace Switchboard::Sandbox
