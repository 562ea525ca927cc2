// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/signupendpoints.h"

#include "app/relay/apiaccess.h"
#include "app/relay/connectionstore.h"
#include "app/relay/jsonresponse.h"
#include "app/relay/relayconfig.h"
#include "app/relay/relayserver.h"
#include "app/relay/signupcompletion.h"
#include "app/relay/tokencheck.h"
#include "core/crypto/statetokenissuer.h"
#include "core/logging.h"
#include "core/meta/graphclient.h"
#include "core/meta/graphreply.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>

#include <memory>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initRelayPages() {
    Q_INIT_RESOURCE(relay_pages);
}

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;
using Role = AccountStore::Role;

std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QHttpServerResponse connectionResponse(const Result<Connection> &connection) {
    if (!connection)
        return ApiAccess::errorResponseFor(connection.error());
    return jsonResponse(toJson(connection.value()));
}

QHttpServerResponse metaFailure(const Error &error, const GraphError &meta) {
    return metaErrorResponse(error.code, error.message, meta.code);
}

} // namespace

SignupEndpoints::SignupEndpoints(RelayServer *server, Database *database, ApiAccess *access,
                                 GraphClient *graph, const SecretBox *box, StateTokenIssuer *states,
                                 const RelayConfig &config, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_access(access)
    , m_graph(graph)
    , m_box(box)
    , m_states(states)
    , m_config(config) {
    numberRoutes(server);
    server->route(
        Method::Post, QStringLiteral("/api/v1/tenants/<arg>/connection/manual"),
        QStringLiteral("/api/v1/tenants/{tid}/connection/manual"),
        [this, server](const QString &tid, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder) {
            auto caller = m_access->authorize(request, tid, Role::Admin);
            if (!caller)
                return ApiAccess::errorResponseFor(caller.error()).write(std::move(responder));
            const auto body = jsonBody(request);
            const QString wabaId =
                body ? body->value(QLatin1String("waba_id")).toString() : QString();
            const QString numberId =
                body ? body->value(QLatin1String("phone_number_id")).toString() : QString();
            const QString token =
                body ? body->value(QLatin1String("access_token")).toString().trimmed() : QString();
            if (wabaId.isEmpty() || numberId.isEmpty() || token.isEmpty())
                return errorResponse(HttpStatus::BadRequest, QStringLiteral("invalid_request"),
                                     QStringLiteral("waba_id, phone_number_id and access_token "
                                                    "are all required."))
                    .write(std::move(responder));
            auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
            TokenCheck::run(
                m_graph, m_config.appId, m_config.appSecret, token, wabaId,
                [this, server, kept, tid, wabaId, numberId,
                 token](const Status &verdict, const std::optional<GraphError> &meta) {
                    if (!verdict) {
                        if (meta)
                            return metaFailure(verdict.error(), *meta).write(std::move(*kept));
                        return errorResponse(HttpStatus::UnprocessableEntity, verdict.error().code,
                                             verdict.error().message)
                            .write(std::move(*kept));
                    }
                    auto connection = ConnectionStore(*m_database, m_box)
                                          .connectNumber(tid, wabaId, numberId, token.toUtf8());
                    if (connection)
                        Q_EMIT server->eventsAppended({tid});
                    connectionResponse(connection).write(std::move(*kept));
                });
        });
    server->route(Method::Get, QStringLiteral("/signup"), QStringLiteral("/signup"),
                  [this] { return signupPage(); });
    server->route(Method::Post, QStringLiteral("/api/v1/tenants/<arg>/signup/start"),
                  QStringLiteral("/api/v1/tenants/{tid}/signup/start"),
                  [this](const QString &tid, const QHttpServerRequest &request) {
                      auto caller = m_access->authorize(request, tid, Role::Admin);
                      if (!caller)
                          return ApiAccess::errorResponseFor(caller.error());
                      auto state = m_states->issue({{QStringLiteral("tenant"), tid},
                                                    {QStringLiteral("user"), caller->userId}});
                      if (!state)
                          return ApiAccess::errorResponseFor(state.error());
                      return jsonResponse({{QStringLiteral("app_id"), m_config.appId},
                                           {QStringLiteral("config_id"), m_config.signupConfigId},
                                           {QStringLiteral("graph_version"), m_config.graphVersion},
                                           {QStringLiteral("state"), state.value()},
                                           {QStringLiteral("sdk_url"), m_config.signupSdkUrl}});
                  });

    server->route(
        Method::Post, QStringLiteral("/api/v1/tenants/<arg>/signup/complete"),
        QStringLiteral("/api/v1/tenants/{tid}/signup/complete"),
        [this, server](const QString &tid, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder) {
            auto caller = m_access->authorize(request, tid, Role::Admin);
            if (!caller)
                return ApiAccess::errorResponseFor(caller.error()).write(std::move(responder));
            const auto body = jsonBody(request);
            if (!body)
                return errorResponse(HttpStatus::BadRequest, QStringLiteral("malformed_json"),
                                     QStringLiteral("The body is not a JSON object."))
                    .write(std::move(responder));
            auto state = m_states->verify(body->value(QLatin1String("state")).toString());
            if (!state)
                return errorResponse(HttpStatus::BadRequest, state.error().code,
                                     state.error().message +
                                         QStringLiteral(" Start the signup again."))
                    .write(std::move(responder));
            if (state->value(QLatin1String("tenant")).toString() != tid)
                return errorResponse(HttpStatus::Forbidden, QStringLiteral("forbidden"),
                                     QStringLiteral("This signup was started for another "
                                                    "tenant."))
                    .write(std::move(responder));
            auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
            auto connections = std::make_shared<ConnectionStore>(*m_database, m_box);
            auto *completion = new SignupCompletion(
                {tid, body->value(QLatin1String("code")).toString(),
                 body->value(QLatin1String("waba_id")).toString(),
                 body->value(QLatin1String("phone_number_id")).toString(),
                 body->value(QLatin1String("business_id")).toString()},
                m_graph, *connections, m_config,
                [server, tid] { Q_EMIT server->eventsAppended({tid}); }, this);
            completion->start([kept, connections](const SignupCompletion::Outcome &outcome) {
                if (outcome.metaError && !outcome.connection)
                    return metaFailure(outcome.connection.error(), *outcome.metaError)
                        .write(std::move(*kept));
                connectionResponse(outcome.connection).write(std::move(*kept));
            });
        });

    server->route(
        Method::Post, QStringLiteral("/api/v1/tenants/<arg>/connection/disconnect"),
        QStringLiteral("/api/v1/tenants/{tid}/connection/disconnect"),
        [this, server](const QString &tid, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder) {
            auto caller = m_access->authorize(request, tid, Role::Admin);
            if (!caller)
                return ApiAccess::errorResponseFor(caller.error()).write(std::move(responder));
            auto connections = std::make_shared<ConnectionStore>(*m_database, m_box);
            auto current = connections->connection(tid);
            if (!current)
                return ApiAccess::errorResponseFor(current.error()).write(std::move(responder));
            auto token = connections->accessToken(tid);
            auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
            // Meta is told first (deregister each number, unsubscribe the app); the token is
            // erased whatever Meta answers, so a revoked token cannot block a disconnect.
            auto pending = std::make_shared<int>(0);
            auto problems = std::make_shared<QStringList>();
            auto finish = [kept, connections, tid, problems, server] {
                const QString reason =
                    problems->isEmpty()
                        ? QStringLiteral("Disconnected by an administrator.")
                        : QStringLiteral("Disconnected by an administrator; Meta reported: ") +
                              problems->join(QStringLiteral(" "));
                connectionResponse(connections->disconnect(tid, reason)).write(std::move(*kept));
                Q_EMIT server->eventsAppended({tid});
            };
            QList<GraphReply *> calls;
            if (token) {
                const QString bearer = QString::fromUtf8(token.value());
                for (const PhoneNumber &number : current->numbers)
                    calls << m_graph->post(
                        number.id + QStringLiteral("/deregister"),
                        {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")}},
                        bearer);
                if (!current->wabaId.isEmpty())
                    calls << m_graph->deleteResource(
                        current->wabaId + QStringLiteral("/subscribed_apps"), {}, bearer);
            }
            if (calls.isEmpty())
                return finish();
            *pending = int(calls.size());
            for (GraphReply *call : std::as_const(calls)) {
                connect(call, &GraphReply::finished, this, [call, pending, problems, finish] {
                    call->deleteLater();
                    if (!call->ok())
                        *problems << call->error().describe();
                    if (--*pending == 0)
                        finish();
                });
            }
        });
}

void SignupEndpoints::numberRoutes(RelayServer *server) {
    // request-code, verify-code and register: the manual steps for a number that Embedded
    // Signup did not register (or that needs its code by SMS or voice).
    struct Step {
        const char *route;
        const char *graphEdge;
    };
    for (const Step step : {Step{"request-code", "request_code"},
                            Step{"verify-code", "verify_code"}, Step{"register", "register"}}) {
        const QString route = QString::fromLatin1(step.route);
        const QString edge = QString::fromLatin1(step.graphEdge);
        server->route(
            Method::Post, QStringLiteral("/api/v1/tenants/<arg>/numbers/<arg>/") + route,
            QStringLiteral("/api/v1/tenants/{tid}/numbers/{pnid}/") + route,
            [this, server, route, edge](const QString &tid, const QString &pnid,
                                        const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder) {
                auto caller = m_access->authorize(request, tid, Role::Admin);
                if (!caller)
                    return ApiAccess::errorResponseFor(caller.error()).write(std::move(responder));
                const auto body = jsonBody(request);
                if (!body)
                    return errorResponse(HttpStatus::BadRequest, QStringLiteral("malformed_json"),
                                         QStringLiteral("The body is not a JSON object."))
                        .write(std::move(responder));
                auto connections = std::make_shared<ConnectionStore>(*m_database, m_box);
                auto owner = connections->tenantForPhoneNumber(pnid);
                if (!owner || !owner->has_value() || owner->value() != tid)
                    return errorResponse(HttpStatus::NotFound, QStringLiteral("not_found"),
                                         QStringLiteral("Phone number %1 is not connected to "
                                                        "this tenant.")
                                             .arg(pnid))
                        .write(std::move(responder));
                auto token = connections->accessToken(tid);
                if (!token)
                    return ApiAccess::errorResponseFor(token.error()).write(std::move(responder));
                QJsonObject graphBody;
                QByteArray pin;
                if (route == QLatin1String("request-code")) {
                    const QString method = body->value(QLatin1String("method")).toString();
                    if (method != QLatin1String("SMS") && method != QLatin1String("VOICE"))
                        return errorResponse(HttpStatus::BadRequest,
                                             QStringLiteral("invalid_request"),
                                             QStringLiteral("method must be SMS or VOICE."))
                            .write(std::move(responder));
                    graphBody = {
                        {QStringLiteral("code_method"), method},
                        {QStringLiteral("language"),
                         body->value(QLatin1String("language")).toString(QStringLiteral("en_US"))}};
                } else if (route == QLatin1String("verify-code")) {
                    graphBody = {{QStringLiteral("code"), body->value(QLatin1String("code"))}};
                } else {
                    pin = body->value(QLatin1String("pin")).toString().toLatin1();
                    if (pin.size() != 6 || !std::all_of(pin.cbegin(), pin.cend(), [](char c) {
                            return c >= '0' && c <= '9';
                        }))
                        return errorResponse(HttpStatus::BadRequest,
                                             QStringLiteral("invalid_request"),
                                             QStringLiteral("The PIN is six digits."))
                            .write(std::move(responder));
                    graphBody = {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                 {QStringLiteral("pin"), QString::fromLatin1(pin)}};
                }
                auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
                GraphReply *reply = m_graph->post(pnid + QLatin1Char('/') + edge, graphBody,
                                                  QString::fromUtf8(token.value()));
                connect(reply, &GraphReply::finished, this,
                        [reply, kept, connections, tid, route, pin, server] {
                            reply->deleteLater();
                            if (!reply->ok()) {
                                const Error error{QStringLiteral("meta_error"),
                                                  reply->error().describe()};
                                return metaFailure(error, reply->error()).write(std::move(*kept));
                            }
                            Result<Connection> connection = Error{};
                            if (route == QLatin1String("request-code"))
                                connection = connections->setProgress(
                                    tid, ConnectionStatus::Pending, ConnectionStep::AwaitingCode);
                            else if (route == QLatin1String("verify-code"))
                                connection =
                                    connections->setProgress(tid, ConnectionStatus::Pending,
                                                             ConnectionStep::RegisteringNumber);
                            else if (auto stored = connections->storePin(tid, pin); !stored)
                                connection = stored.error();
                            else
                                connection = connections->setProgress(
                                    tid, ConnectionStatus::Connected, std::nullopt);
                            Q_EMIT server->eventsAppended({tid});
                            connectionResponse(connection).write(std::move(*kept));
                        });
            });
    }
}

QHttpServerResponse SignupEndpoints::signupPage() const {
    static const QByteArray page = [] {
        initRelayPages();
        QFile file(QStringLiteral(":/relay/signup.html"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QByteArray settings =
        QJsonDocument(QJsonObject{{QStringLiteral("app_id"), m_config.appId},
                                  {QStringLiteral("config_id"), m_config.signupConfigId},
                                  {QStringLiteral("graph_version"), m_config.graphVersion},
                                  {QStringLiteral("sdk_url"), m_config.signupSdkUrl}})
            .toJson(QJsonDocument::Compact);
    settings.replace("</", "<\\/"); // a setting cannot close the script element
    QByteArray html = page;
    html.replace("{{SETTINGS}}", settings);
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), html);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    return response;
}

} // namespace Switchboard
