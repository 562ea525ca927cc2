// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/connections/signupcompletion.h"

#include "app/relay/connections/connectionstore.h"
#include "app/relay/connections/graphnumber.h"
#include "app/relay/operations/relayconfig.h"
#include "core/crypto/random.h"
#include "core/logging.h"
#include "core/meta/graphclient.h"
#include "core/meta/graphreply.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Switchboard {

namespace {

//! Six random digits for two-step verification.
QByteArray newPin() {
    auto bytes = randomBytes(6);
    QByteArray pin;
    for (char byte : bytes ? bytes.value() : QByteArray(6, '\0'))
        pin += char('0' + (quint8(byte) % 10));
    return pin;
}

} // namespace

SignupCompletion::SignupCompletion(Request request, GraphClient *graph, ConnectionStore connections,
                                   const RelayConfig &config, std::function<void()> changed,
                                   QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_graph(graph)
    , m_connections(std::move(connections))
    , m_config(config)
    , m_changed(std::move(changed)) {}

SignupCompletion *SignupCompletion::start(Request request, GraphClient *graph,
                                          ConnectionStore connections, const RelayConfig &config,
                                          std::function<void()> changed, QObject *parent) {
    auto *job = new SignupCompletion(std::move(request), graph, std::move(connections), config,
                                     std::move(changed), parent);
    const Request &r = job->m_request;
    if (r.code.isEmpty() || r.wabaId.isEmpty() || r.phoneNumberId.isEmpty()) {
        // Finished on the next turn of the event loop: never inside start().
        QMetaObject::invokeMethod(
            job,
            [job] {
                job->finish(Error{QStringLiteral("invalid_request"),
                                  QStringLiteral("code, waba_id and phone_number_id are "
                                                 "required.")});
            },
            Qt::QueuedConnection);
        return job;
    }
    job->progress(ConnectionStep::ExchangingCode);
    job->exchangeCode();
    return job;
}

void SignupCompletion::exchangeCode() {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_config.appId);
    query.addQueryItem(QStringLiteral("client_secret"), m_config.appSecret);
    query.addQueryItem(QStringLiteral("code"), m_request.code);
    then(m_graph->get(QStringLiteral("oauth/access_token"), query, QString()),
         QStringLiteral("Exchanging the signup code"), [this](GraphReply *reply) {
             m_token = reply->json().value(QLatin1String("access_token")).toString();
             if (m_token.isEmpty())
                 return fail(
                     QStringLiteral("Meta answered the code exchange without an access token."));
             progress(ConnectionStep::ReadingAccount);
             readAccount();
         });
}

void SignupCompletion::readAccount() {
    then(m_graph->get(m_request.phoneNumberId, graphNumberFields(), m_token),
         QStringLiteral("Reading the phone number"), [this](GraphReply *reply) {
             const PhoneNumber number = numberFromGraph(reply->json());
             auto stored = m_connections.storeAccount(
                 m_request.tenantId, m_request.wabaId, m_request.businessId, m_token.toUtf8(),
                 {number}, ConnectionStep::SubscribingWebhooks);
             if (!stored)
                 return finish(stored.error());
             m_changed();
             subscribe();
         });
}

void SignupCompletion::subscribe() {
    then(m_graph->post(m_request.wabaId + QStringLiteral("/subscribed_apps"), {}, m_token),
         QStringLiteral("Subscribing to the account's webhooks"), [this](GraphReply *) {
             progress(ConnectionStep::RegisteringNumber);
             registerNumber();
         });
}

void SignupCompletion::registerNumber() {
    const QByteArray pin = newPin();
    if (auto kept = m_connections.storePin(m_request.tenantId, pin); !kept)
        return finish(kept.error());
    const QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("pin"), QString::fromLatin1(pin)}};
    then(m_graph->post(m_request.phoneNumberId + QStringLiteral("/register"), body, m_token),
         QStringLiteral("Registering the number"), [this](GraphReply *) {
             // Read back what registration changed (status, and the tier and quality Meta
             // reports for the number).
             then(m_graph->get(m_request.phoneNumberId, graphNumberFields(), m_token),
                  QStringLiteral("Reading the registered number"), [this](GraphReply *reply) {
                      PhoneNumber number = numberFromGraph(reply->json());
                      if (number.status.isEmpty())
                          number.status = QStringLiteral("CONNECTED");
                      if (auto updated = m_connections.updateNumber(m_request.tenantId, number);
                          !updated)
                          return finish(updated.error());
                      finish(m_connections.setProgress(m_request.tenantId,
                                                       ConnectionStatus::Connected, std::nullopt));
                  });
         });
}

void SignupCompletion::then(GraphReply *reply, const QString &step,
                            std::function<void(GraphReply *)> next) {
    connect(reply, &GraphReply::finished, this, [this, reply, step, next = std::move(next)] {
        reply->deleteLater();
        if (!reply->ok())
            return fail(step + QStringLiteral(" failed: ") + reply->error().describe(),
                        reply->error());
        next(reply);
    });
}

void SignupCompletion::progress(ConnectionStep step) {
    if (auto shown = m_connections.setProgress(m_request.tenantId, ConnectionStatus::Pending, step);
        !shown)
        qCWarning(Log::signup) << "cannot record signup progress:" << shown.error().message;
    m_changed();
}

void SignupCompletion::fail(const QString &reason, std::optional<GraphError> metaError) {
    qCWarning(Log::signup) << "signup of" << m_request.tenantId << "failed:" << reason;
    auto shown = m_connections.setProgress(m_request.tenantId, ConnectionStatus::NotConnected,
                                           std::nullopt, reason);
    Error error = metaError ? metaError->toError() : Error{QStringLiteral("signup_failed"), reason};
    error.message = reason;
    finish(shown ? Result<Connection>(error) : shown, std::move(metaError));
}

void SignupCompletion::finish(Result<Connection> connection, std::optional<GraphError> metaError) {
    m_changed();
    m_connection = std::move(connection);
    m_metaError = std::move(metaError);
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Switchboard
