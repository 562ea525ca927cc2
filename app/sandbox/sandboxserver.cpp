// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/sandboxserver.h"

#include "app/sandbox/control/controlapi.h"
#include "app/sandbox/graph/accountapi.h"
#include "app/sandbox/graph/businessprofileapi.h"
#include "app/sandbox/graph/graphaccess.h"
#include "app/sandbox/graph/graphrequest.h"
#include "app/sandbox/graph/mediaapi.h"
#include "app/sandbox/graph/messagingapi.h"
#include "app/sandbox/graph/onboardingapi.h"
#include "app/sandbox/graph/templateapi.h"
#include "app/sandbox/signup/signupdialog.h"
#include "app/sandbox/simulation/callbackverifier.h"
#include "app/sandbox/simulation/customersimulator.h"
#include "app/sandbox/simulation/demoscript.h"
#include "app/sandbox/simulation/statusreporter.h"
#include "app/sandbox/simulation/webhookemitter.h"
#include "app/sandbox/state/sandboxstate.h"
#include "core/logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

QHttpServerResponse toResponse(const GraphReply &reply) {
    QHttpServerResponse response(reply.contentType, reply.body,
                                 QHttpServerResponse::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.addHeader(name, value);
    return response;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_state(std::make_unique<SandboxState>(m_options))
    , m_emitter(new WebhookEmitter(m_options.appSecret.toUtf8(), m_options.webhookRetryMs,
                                   m_options.webhookMaxAttempts, m_options.webhookBody, this))
    , m_reporter(new StatusReporter(*m_state, *m_emitter, this))
    , m_access(std::make_unique<GraphAccess>(*m_state))
    , m_verifier(new CallbackVerifier(this))
    , m_accounts(std::make_unique<AccountApi>(*m_state, *m_access, *m_verifier))
    , m_onboarding(std::make_unique<OnboardingApi>(*m_state, *m_access, *m_verifier))
    , m_messaging(std::make_unique<MessagingApi>(*m_state, *m_access, *m_reporter))
    , m_templates(new TemplateApi(*m_state, *m_access, *m_emitter, this))
    , m_media(std::make_unique<MediaApi>(*m_state, *m_access))
    , m_profiles(std::make_unique<BusinessProfileApi>(*m_access))
    , m_customers(std::make_unique<CustomerSimulator>(*m_state, *m_emitter))
    , m_demo(new DemoScript(*m_customers, this))
    , m_control(
          std::make_unique<ControlApi>(*m_state, m_faults, *m_customers, *m_templates, *m_demo)) {
    m_http.route(QStringLiteral("/_sandbox/healthz"), QHttpServerRequest::Method::Get, [this] {
        return toResponse(
            GraphReply::json({{QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("app_id"), m_options.appId},
                              {QStringLiteral("webhook_url"), m_options.webhookUrl.toString()}}));
    });
    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            GraphReply reply = dispatch(GraphRequest::fromHttp(request));
            if (!reply.later) {
                toResponse(reply).write(std::move(responder));
                return;
            }
            // The answer waits for a network round trip (a callback verification): keep the
            // responder until it is known.
            auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
            reply.later(
                [kept](const GraphReply &answer) { toResponse(answer).write(std::move(*kept)); });
        });
}

SandboxServer::~SandboxServer() = default;

Result<quint16> SandboxServer::listen() {
    const int port = m_http.listen(m_options.listenAddress, m_options.listenPort);
    if (port == 0)
        return Error{QStringLiteral("listen_failed"),
                     QStringLiteral("Cannot listen on %1:%2; choose another --listen.")
                         .arg(m_options.listenAddress.toString())
                         .arg(m_options.listenPort)};
    m_port = quint16(port);
    qCInfo(Log::sandbox) << "sandbox listening on" << port;
    return m_port;
}

GraphReply SandboxServer::dispatch(const GraphRequest &request) {
    if (!request.segments.isEmpty() && request.segments.first() == u"_sandbox"_s)
        return m_control->handle(request);
    if (auto asset = SignupDialog::serve(request))
        return *asset;
    return dispatchGraph(request);
}

GraphReply SandboxServer::dispatchGraph(const GraphRequest &request) {
    const QStringList &s = request.segments;
    const QString &method = request.method;
    int asyncFault = 0;
    if (auto fault = m_faults.take(request.path)) {
        const bool send = s.size() == 2 && s.at(1) == u"messages"_s && method == u"POST"_s &&
                          !request.json.contains(u"status"_s);
        if (send && GraphError::isAsynchronous(fault->metaCode)) {
            asyncFault = fault->metaCode;
        } else {
            GraphError error = fault->metaCode == 190
                                   ? GraphError::expiredToken(m_state->clock().nowSecs() - 60,
                                                              m_state->clock().nowSecs())
                                   : GraphError::fromCode(fault->metaCode);
            if (fault->status != 0)
                error.httpStatus = fault->status;
            qCInfo(Log::sandbox) << "injected fault" << fault->metaCode << "for" << request.path;
            return GraphReply::error(error);
        }
    }
    if (s.isEmpty())
        return GraphReply::error(GraphError::unsupported(method, QString()));
    if (s == QStringList{u"whatsapp_business"_s, u"attachments"_s} && method == u"GET"_s)
        return m_media->download(request);
    if (s.size() == 2 && s.at(0) == u"oauth"_s && s.at(1) == u"access_token"_s)
        return method == u"GET"_s || method == u"POST"_s
                   ? m_onboarding->exchangeCode(request)
                   : GraphReply::error(GraphError::unsupported(method, s.at(0)));
    if (s.size() == 1 && s.at(0) == u"debug_token"_s)
        return method == u"GET"_s ? m_onboarding->debugToken(request)
                                  : GraphReply::error(GraphError::unsupported(method, s.at(0)));

    const QString &id = s.at(0);
    const QString edge = s.size() > 1 ? s.mid(1).join(QLatin1Char('/')) : QString();
    const auto unsupported = [&] { return GraphReply::error(GraphError::unsupported(method, id)); };
    // Meta checks the token before it says whether an object exists.
    if (request.token.isEmpty())
        return GraphReply::error(GraphError::missingToken());

    if (Waba *waba = m_state->accounts().waba(id)) {
        if (edge.isEmpty())
            return method == u"GET"_s ? m_accounts->getWaba(request, *waba) : unsupported();
        if (edge == u"phone_numbers"_s)
            return method == u"GET"_s ? m_accounts->listPhoneNumbers(request, *waba)
                                      : unsupported();
        if (edge == u"subscribed_apps"_s)
            return method == u"GET"_s || method == u"POST"_s || method == u"DELETE"_s
                       ? m_onboarding->subscribedApps(request, *waba)
                       : unsupported();
        if (edge == u"message_templates"_s) {
            if (method == u"GET"_s)
                return m_templates->list(request, *waba);
            if (method == u"POST"_s)
                return m_templates->create(request, *waba);
            return method == u"DELETE"_s ? m_templates->remove(request, *waba) : unsupported();
        }
        return GraphReply::error(GraphError::unknownPath(edge));
    }
    if (PhoneNumber *number = m_state->accounts().phoneNumber(id)) {
        if (edge.isEmpty()) {
            if (method == u"GET"_s)
                return m_accounts->getPhoneNumber(request, *number);
            return method == u"POST"_s ? m_accounts->updatePhoneNumber(request, *number)
                                       : unsupported();
        }
        if (edge == u"whatsapp_business_profile"_s) {
            if (method == u"GET"_s)
                return m_profiles->get(request, *number);
            return method == u"POST"_s ? m_profiles->update(request, *number) : unsupported();
        }
        static const QStringList postEdges = {u"messages"_s,   u"media"_s,        u"register"_s,
                                              u"deregister"_s, u"request_code"_s, u"verify_code"_s};
        // Meta answers an edge a phone number does not have, or a method it does not take, with
        // the unsupported-request error naming the number.
        if (method != u"POST"_s || !postEdges.contains(edge))
            return unsupported();
        if (edge == u"messages"_s)
            return m_messaging->send(request, *number, asyncFault);
        if (edge == u"media"_s)
            return m_media->upload(request, *number);
        if (edge == u"register"_s)
            return m_onboarding->registerNumber(request, *number);
        if (edge == u"deregister"_s)
            return m_onboarding->deregisterNumber(request, *number);
        if (edge == u"request_code"_s)
            return m_onboarding->requestCode(request, *number);
        return m_onboarding->verifyCode(request, *number);
    }
    if (MessageTemplate *messageTemplate = m_state->templates().byId(id)) {
        if (!edge.isEmpty())
            return GraphReply::error(GraphError::unknownPath(edge));
        if (method == u"GET"_s)
            return m_templates->get(request, *messageTemplate);
        return method == u"POST"_s ? m_templates->edit(request, *messageTemplate) : unsupported();
    }
    if (Media *media = m_state->media().find(id)) {
        if (!edge.isEmpty())
            return GraphReply::error(GraphError::unknownPath(edge));
        if (method == u"GET"_s)
            return m_media->get(request, *media);
        return method == u"DELETE"_s ? m_media->remove(request, *media) : unsupported();
    }
    if (m_state->accounts().business(id)) {
        if (edge == u"client_whatsapp_business_accounts"_s ||
            edge == u"owned_whatsapp_business_accounts"_s)
            return method == u"GET"_s ? m_accounts->listBusinessWabas(request, id) : unsupported();
        return edge.isEmpty() ? unsupported() : GraphReply::error(GraphError::unknownPath(edge));
    }
    if (auto error = m_access->authenticate(request, nullptr);
        error && !m_access->isAppToken(request.token))
        return GraphReply::error(*error);
    return unsupported();
}

} // namespace Switchboard::Sandbox
