// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/graphcall_p.h"

#include "core/logging.h"
#include "core/meta/graphclient.h"
#include "core/meta/graphreply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Switchboard {

GraphCall::GraphCall(GraphClient *client, QNetworkAccessManager *network, GraphRequest request,
                     const RetryPolicy &policy, GraphReply *reply)
    : QObject(reply)
    , m_client(client)
    , m_network(network)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_reply(reply) {
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &GraphCall::attempt);
}

GraphCall::~GraphCall() {
    if (m_current) {
        m_current->disconnect(this);
        m_current->abort();
        m_current->deleteLater();
    }
}

void GraphCall::start() {
    attempt();
}

void GraphCall::attempt() {
    if (!m_network) {
        m_reply->failLater(GraphError::network(QStringLiteral("no network access manager")));
        return;
    }
    ++m_attempts;
    QNetworkRequest request(m_request.url);
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Switchboard/" SWITCHBOARD_VERSION));
    if (!m_request.accessToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + m_request.accessToken.toUtf8());
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);

    QNetworkReply *networkReply = nullptr;
    if (m_request.verb == "GET")
        networkReply = m_network->get(request);
    else if (m_request.verb == "DELETE")
        networkReply = m_network->deleteResource(request);
    else
        networkReply = m_network->sendCustomRequest(request, m_request.verb, m_request.body);
    m_current = networkReply;
    connect(networkReply, &QNetworkReply::finished, this,
            [this, networkReply] { onAttemptFinished(networkReply); });
}

void GraphCall::onAttemptFinished(QNetworkReply *networkReply) {
    networkReply->deleteLater();
    m_current = nullptr;
    const QVariant status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int httpStatus = status.isValid() ? status.toInt() : 0;
    const QByteArray body = networkReply->isOpen() ? networkReply->readAll() : QByteArray();
    const QString path = m_request.url.path();

    if (httpStatus >= 200 && httpStatus < 300 && networkReply->error() == QNetworkReply::NoError) {
        report(QStringLiteral("ok"));
        m_reply->succeed(httpStatus, body,
                         networkReply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                         m_attempts);
        return;
    }

    GraphError error;
    if (httpStatus == 0) {
        const QNetworkReply::NetworkError code = networkReply->error();
        // We never abort a running attempt ourselves, so a cancel is the transfer timeout.
        const bool timedOut =
            code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError;
        error = GraphError::network(
            timedOut ? QStringLiteral("no answer within %1 ms").arg(m_policy.timeoutMs)
                     : networkReply->errorString());
    } else {
        error = GraphError::fromReply(httpStatus, body,
                                      networkReply->rawHeader(QByteArrayLiteral("Retry-After")));
    }

    if (m_policy.shouldRetry(m_attempts, error)) {
        const int delay = m_policy.delayFor(m_attempts, error);
        report(QStringLiteral("retried"));
        qCInfo(Log::graph).noquote()
            << m_request.verb << path << "failed with" << kindName(error.kind) << "error"
            << (error.code ? QString::number(error.code) : error.message) << "on attempt"
            << m_attempts << "of" << m_policy.maxAttempts << "; retrying in" << delay << "ms";
        m_retryTimer.start(delay);
        return;
    }
    report(QStringLiteral("error"));
    qCWarning(Log::graph).noquote() << m_request.verb << path << "failed after" << m_attempts
                                    << "attempt(s):" << error.describe();
    m_reply->fail(error, m_attempts);
}

void GraphCall::report(const QString &outcome) {
    if (m_client)
        Q_EMIT m_client->requestFinished(outcome);
}

} // namespace Switchboard
