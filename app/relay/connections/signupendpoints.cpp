// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/connections/signupendpoints.h"

#include "app/relay/connections/connectiondetailendpoints.h"
#include "app/relay/connections/connectionstore.h"
#include "app/relay/connections/graphnumber.h"
#include "app/relay/connections/signupcompletion.h"
#include "app/relay/connections/tokencheck.h"
#include "app/relay/http/apicall.h"
#include "app/relay/http/jsonresponse.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/http/requestfields.h"
#include "app/relay/http/routetable.h"
#include "app/relay/operations/relayconfig.h"
#include "core/crypto/statetokenissuer.h"
#include "core/logging.h"
#include "core/meta/graphclient.h"
#include "core/meta/graphreply.h"

#include <QFile>
#include <QHttpServerRequest>
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
using Role = RouteTable::Role;

void answerConnection(const ApiCall &call, const Result<Connection> &connection) {
    if (!connection)
        return call.fail(connection.error());
    call.reply(toJson(connection.value()));
}

void answerMetaFailure(const ApiCall &call, const Error &error, const GraphError &meta) {
    call.reply(metaErrorResponse(error.code, error.message, meta.code));
}

} // namespace

SignupEndpoints::SignupEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                                 GraphClient *graph, const SecretBox *box, StateTokenIssuer *states,
                                 const RelayConfig &config, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_database(database)
    , m_graph(graph)
    , m_box(box)
    , m_states(states)
    , m_config(config) {
    const QString base = QStringLiteral("/api/v1/tenants/{tid}");
    routes.publicRoute(Method::Get, QStringLiteral("/signup"),
                       RouteTable::bind(this, &SignupEndpoints::signupPage));
    routes.tenantRoute(Method::Post, base + QStringLiteral("/connection/manual"), Role::Admin,
                       RouteTable::bind(this, &SignupEndpoints::connectManually));
    routes.tenantRoute(Method::Post, base + QStringLiteral("/signup/start"), Role::Admin,
                       RouteTable::bind(this, &SignupEndpoints::startSignup));
    routes.tenantRoute(Method::Post, base + QStringLiteral("/signup/complete"), Role::Admin,
                       RouteTable::bind(this, &SignupEndpoints::completeSignup));
    routes.tenantRoute(Method::Post, base + QStringLiteral("/connection/disconnect"), Role::Admin,
                       RouteTable::bind(this, &SignupEndpoints::disconnect));
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
        routes.tenantRoute(
            Method::Post, base + QStringLiteral("/numbers/{pnid}/") + route, Role::Admin,
            [this, route, edge](const ApiCall &call) { numberStep(call, route, edge); });
    }
    // The Connection page's other reads (business profile, history): a child, so it moves to
    // the API thread with these endpoints.
    new ConnectionDetailEndpoints(routes, database, graph, box, this);
}

void SignupEndpoints::announce(const QString &tenantId) {
    Q_EMIT m_server->eventsAppended({tenantId});
}

void SignupEndpoints::connectManually(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    const QString tid = call.tenantId();
    RequestFields fields(*body);
    const QString wabaId = fields.required("waba_id");
    const QString numberId = fields.required("phone_number_id");
    const QString token = fields.required("access_token").trimmed();
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    if (token.isEmpty())
        return call.fail(
            Error{QStringLiteral("invalid_request"), QStringLiteral("access_token is required.")});
    auto *check = TokenCheck::start(m_graph, m_config.appId, m_config.appSecret, token, wabaId,
                                    numberId, this);
    connect(check, &TokenCheck::finished, this, [this, check, call, tid, wabaId, token] {
        check->deleteLater();
        if (!check->ok()) {
            if (check->metaError())
                return answerMetaFailure(call, check->error(), *check->metaError());
            return call.reply(errorResponse(HttpStatus::UnprocessableEntity, check->error().code,
                                            check->error().message));
        }
        auto connection = ConnectionStore(*m_database, m_box)
                              .connectNumber(tid, wabaId, check->number(), token.toUtf8());
        if (connection)
            announce(tid);
        answerConnection(call, connection);
    });
}

void SignupEndpoints::startSignup(const ApiCall &call) {
    auto state = m_states->issue({{QStringLiteral("tenant"), call.tenantId()},
                                  {QStringLiteral("user"), call.caller().userId}});
    if (!state)
        return call.fail(state.error());
    call.reply(QJsonObject{{QStringLiteral("app_id"), m_config.appId},
                           {QStringLiteral("config_id"), m_config.signupConfigId},
                           {QStringLiteral("graph_version"), m_config.graphVersion},
                           {QStringLiteral("state"), state.value()},
                           {QStringLiteral("sdk_url"), m_config.signupSdkUrl}});
}

void SignupEndpoints::completeSignup(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    const QString tid = call.tenantId();
    RequestFields fields(*body);
    const QString stateToken = fields.optional("state");
    SignupCompletion::Request request{tid, fields.required("code"), fields.required("waba_id"),
                                      fields.required("phone_number_id"),
                                      fields.optional("business_id")};
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    auto state = m_states->verify(stateToken);
    if (!state)
        return call.reply(
            errorResponse(HttpStatus::BadRequest, state.error().code,
                          state.error().message + QStringLiteral(" Start the signup again.")));
    if (state->value(QLatin1String("tenant")).toString() != tid)
        return call.fail(Error{QStringLiteral("forbidden"),
                               QStringLiteral("This signup was started for another tenant.")});
    auto *completion = SignupCompletion::start(
        std::move(request), m_graph, ConnectionStore(*m_database, m_box), m_config,
        [this, tid] { announce(tid); }, this);
    connect(completion, &SignupCompletion::finished, this, [completion, call] {
        completion->deleteLater();
        if (completion->metaError() && !completion->ok())
            return answerMetaFailure(call, completion->connection().error(),
                                     *completion->metaError());
        answerConnection(call, completion->connection());
    });
}

void SignupEndpoints::disconnect(const ApiCall &call) {
    const QString tid = call.tenantId();
    auto connections = std::make_shared<ConnectionStore>(*m_database, m_box);
    auto current = connections->connection(tid);
    if (!current)
        return call.fail(current.error());
    auto token = connections->accessToken(tid);
    // Meta is told first (deregister each number, unsubscribe the app); the token is erased
    // whatever Meta answers, so a revoked token cannot block a disconnect.
    auto pending = std::make_shared<int>(0);
    auto problems = std::make_shared<QStringList>();
    auto finish = [this, call, connections, tid, problems] {
        const QString reason =
            problems->isEmpty()
                ? QStringLiteral("Disconnected by an administrator.")
                : QStringLiteral("Disconnected by an administrator; Meta reported: ") +
                      problems->join(QStringLiteral(" "));
        answerConnection(call, connections->disconnect(tid, reason));
        announce(tid);
    };
    QList<GraphReply *> calls;
    if (token) {
        const QString bearer = QString::fromUtf8(token.value());
        for (const PhoneNumber &number : current->numbers)
            calls << m_graph->post(
                number.id + QStringLiteral("/deregister"),
                {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")}}, bearer);
        if (!current->wabaId.isEmpty())
            calls << m_graph->deleteResource(current->wabaId + QStringLiteral("/subscribed_apps"),
                                             {}, bearer);
    }
    if (calls.isEmpty())
        return finish();
    *pending = int(calls.size());
    for (GraphReply *reply : std::as_const(calls)) {
        connect(reply, &GraphReply::finished, this, [reply, pending, problems, finish] {
            reply->deleteLater();
            if (!reply->ok())
                *problems << reply->error().describe();
            if (--*pending == 0)
                finish();
        });
    }
}

void SignupEndpoints::numberStep(const ApiCall &call, const QString &route, const QString &edge) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    const QString tid = call.tenantId();
    const QString pnid = call.argument(0);
    auto connections = std::make_shared<ConnectionStore>(*m_database, m_box);
    auto owner = connections->tenantForPhoneNumber(pnid);
    if (!owner || !owner->has_value() || owner->value() != tid)
        return call.fail(
            Error{QStringLiteral("not_found"),
                  QStringLiteral("Phone number %1 is not connected to this tenant.").arg(pnid)});
    auto token = connections->accessToken(tid);
    if (!token)
        return call.fail(token.error());
    QJsonObject graphBody;
    QByteArray pin;
    RequestFields fields(*body);
    if (route == QLatin1String("request-code")) {
        const QString method = fields.required("method");
        const QString language = fields.optional("language", QStringLiteral("en_US"));
        if (const auto &problem = fields.error())
            return call.fail(*problem);
        if (method != QLatin1String("SMS") && method != QLatin1String("VOICE"))
            return call.fail(Error{QStringLiteral("invalid_request"),
                                   QStringLiteral("method must be SMS or VOICE.")});
        graphBody = {{QStringLiteral("code_method"), method},
                     {QStringLiteral("language"), language}};
    } else if (route == QLatin1String("verify-code")) {
        // Meta takes the code as digits in a string or as a number: passed on as sent.
        if (!fields.has("code"))
            return call.fail(
                Error{QStringLiteral("invalid_request"), QStringLiteral("code is required.")});
        graphBody = {{QStringLiteral("code"), body->value(QLatin1String("code"))}};
    } else {
        pin = fields.optional("pin").toLatin1();
        if (pin.size() != 6 ||
            !std::all_of(pin.cbegin(), pin.cend(), [](char c) { return c >= '0' && c <= '9'; }))
            return call.fail(
                Error{QStringLiteral("invalid_request"), QStringLiteral("The PIN is six digits.")});
        graphBody = {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("pin"), QString::fromLatin1(pin)}};
    }
    GraphReply *reply =
        m_graph->post(pnid + QLatin1Char('/') + edge, graphBody, QString::fromUtf8(token.value()));
    connect(reply, &GraphReply::finished, this,
            [this, reply, call, connections, tid, pnid, route, pin] {
                reply->deleteLater();
                if (!reply->ok())
                    return answerMetaFailure(
                        call, Error{QStringLiteral("meta_error"), reply->error().describe()},
                        reply->error());
                if (route == QLatin1String("register")) {
                    if (auto stored = connections->storePin(tid, pin); !stored)
                        return call.fail(stored.error());
                    return readBackRegistered(call, pnid);
                }
                Result<Connection> connection = Error{};
                if (route == QLatin1String("request-code"))
                    connection = connections->setProgress(tid, ConnectionStatus::Pending,
                                                          ConnectionStep::AwaitingCode);
                else
                    connection = connections->setProgress(tid, ConnectionStatus::Pending,
                                                          ConnectionStep::RegisteringNumber);
                announce(tid);
                answerConnection(call, connection);
            });
}

void SignupEndpoints::readBackRegistered(const ApiCall &call, const QString &phoneNumberId) {
    const QString tid = call.tenantId();
    auto connections = std::make_shared<ConnectionStore>(*m_database, m_box);
    auto token = connections->accessToken(tid);
    if (!token)
        return call.fail(token.error());
    GraphReply *reply =
        m_graph->get(phoneNumberId, graphNumberFields(), QString::fromUtf8(token.value()));
    connect(reply, &GraphReply::finished, this,
            [this, reply, call, connections, tid, phoneNumberId] {
                reply->deleteLater();
                // Meta registered the number; when it cannot be read back now, the health check
                // brings its quality and tier later, and its status is CONNECTED meanwhile.
                PhoneNumber number;
                if (reply->ok())
                    number = numberFromGraph(reply->json());
                if (number.id.isEmpty()) {
                    if (auto current = connections->connection(tid))
                        for (const PhoneNumber &known : std::as_const(current->numbers))
                            if (known.id == phoneNumberId)
                                number = known;
                    number.id = phoneNumberId;
                }
                if (number.status.isEmpty() || !reply->ok())
                    number.status = QStringLiteral("CONNECTED");
                if (auto updated = connections->updateNumber(tid, number); !updated)
                    return call.fail(updated.error());
                auto connection =
                    connections->setProgress(tid, ConnectionStatus::Connected, std::nullopt);
                announce(tid);
                answerConnection(call, connection);
            });
}

void SignupEndpoints::signupPage(const ApiCall &call) {
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
    call.reply(std::move(response));
}

} // namespace Switchboard
