// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/webhookendpoint.h"

#include "app/relay/jsonresponse.h"
#include "app/relay/metrics.h"
#include "app/relay/relayserver.h"
#include "app/relay/webhookinbox.h"
#include "core/crypto/hmac.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

#include <memory>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

void answer(QHttpServerResponder &responder, HttpStatus status, const QString &code,
            const QString &message) {
    errorResponse(status, code, message).write(std::move(responder));
}

bool isJsonContentType(const QByteArray &value) {
    const QByteArray type = value.split(';').first().trimmed().toLower();
    return type == "application/json";
}

} // namespace

WebhookEndpoint::WebhookEndpoint(RelayServer *server, WebhookInbox *inbox, Metrics *metrics,
                                 QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_metrics(metrics) {
    const QString verifyToken = server->config().verifyToken;
    server->route(
        QHttpServerRequest::Method::Get, QStringLiteral("/webhook"), QStringLiteral("/webhook"),
        [verifyToken](const QHttpServerRequest &request) {
            const QUrlQuery query = request.query();
            const QString mode = query.queryItemValue(QStringLiteral("hub.mode"));
            const QString token = query.queryItemValue(QStringLiteral("hub.verify_token"));
            const QString challenge =
                query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded);
            if (mode != QLatin1String("subscribe") || verifyToken.isEmpty() ||
                !Hmac::constantTimeEquals(token.toUtf8(), verifyToken.toUtf8()))
                return errorResponse(HttpStatus::Forbidden, QStringLiteral("verification_failed"),
                                     QStringLiteral("The verify token does not match "
                                                    "SWITCHBOARD_VERIFY_TOKEN."));
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), challenge.toUtf8());
        });

    const QByteArray appSecret = server->config().appSecret.toUtf8();
    const qint64 maxBody = server->config().maxBody;
    server->route(
        QHttpServerRequest::Method::Post, QStringLiteral("/webhook"), QStringLiteral("/webhook"),
        [this, appSecret, maxBody](const QHttpServerRequest &request,
                                   QHttpServerResponder &&responder) {
            QElapsedTimer clock;
            clock.start();
            const QByteArray body = request.body();
            if (body.size() > maxBody) {
                m_metrics->webhookRejected(QStringLiteral("too_large"));
                return answer(
                    responder, HttpStatus::PayloadTooLarge, QStringLiteral("payload_too_large"),
                    QStringLiteral("The request body is larger than SWITCHBOARD_MAX_BODY."));
            }
            const QByteArray signature = request.value(QByteArrayLiteral("X-Hub-Signature-256"));
            if (signature.isEmpty() || !Hmac::verifyHubSignature(signature, body, appSecret)) {
                m_metrics->webhookRejected(signature.isEmpty() ? QStringLiteral("missing_signature")
                                                               : QStringLiteral("bad_signature"));
                return answer(responder, HttpStatus::Unauthorized,
                              QStringLiteral("invalid_signature"),
                              QStringLiteral("X-Hub-Signature-256 is missing or does not match the "
                                             "body signed with the app secret."));
            }
            if (!isJsonContentType(request.value(QByteArrayLiteral("Content-Type")))) {
                m_metrics->webhookRejected(QStringLiteral("content_type"));
                return answer(responder, HttpStatus::UnsupportedMediaType,
                              QStringLiteral("unsupported_media_type"),
                              QStringLiteral("Webhook deliveries must be application/json."));
            }
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                m_metrics->webhookRejected(QStringLiteral("malformed"));
                return answer(responder, HttpStatus::BadRequest, QStringLiteral("malformed_json"),
                              error.error != QJsonParseError::NoError
                                  ? QStringLiteral("The body is not JSON: %1 at byte %2.")
                                        .arg(error.errorString())
                                        .arg(error.offset)
                                  : QStringLiteral("The body is JSON but not an object."));
            }
            auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
            m_inbox->append(body, [this, kept, clock](bool durable) {
                if (!durable) {
                    m_metrics->webhookRejected(QStringLiteral("storage"));
                    return answer(*kept, HttpStatus::ServiceUnavailable,
                                  QStringLiteral("storage_unavailable"),
                                  QStringLiteral("The delivery could not be stored; retry later."));
                }
                m_metrics->webhookReceived();
                m_metrics->observeAck(double(clock.nsecsElapsed()) / 1e9);
                kept->write(QByteArrayLiteral("{\"status\":\"received\"}"),
                            QByteArrayLiteral("application/json"));
            });
        });
}

} // namespace Switchboard
