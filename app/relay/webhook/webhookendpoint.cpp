// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/webhook/webhookendpoint.h"

#include "app/relay/http/apicall.h"
#include "app/relay/http/jsonresponse.h"
#include "app/relay/http/metrics.h"
#include "app/relay/http/routetable.h"
#include "app/relay/operations/relayconfig.h"
#include "app/relay/webhook/webhookinbox.h"
#include "core/crypto/hmac.h"
#include "core/meta/metajsonescape.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

void answer(const ApiCall &call, HttpStatus status, const QString &code, const QString &message) {
    call.reply(errorResponse(status, code, message));
}

//! Meta signs "an escaped unicode version of the payload": integrators receive bodies already
//! escaped that way (the signature is then over the bytes received) and bodies in raw UTF-8
//! signed over their escaped form. Both are Meta's; the escaped form is only computed when the
//! body has non-ASCII bytes and the plain check failed.
bool signedByMeta(const QByteArray &signature, const QByteArray &body, const QByteArray &secret) {
    if (Hmac::verifyHubSignature(signature, body, secret))
        return true;
    const bool ascii = std::all_of(body.cbegin(), body.cend(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return !ascii && Hmac::verifyHubSignature(signature, escapeNonAscii(body), secret);
}

bool isJsonContentType(const QByteArray &value) {
    const QByteArray type = value.split(';').first().trimmed().toLower();
    return type == "application/json";
}

} // namespace

WebhookEndpoint::WebhookEndpoint(RouteTable &routes, const RelayConfig &config, WebhookInbox *inbox,
                                 Metrics *metrics, QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_metrics(metrics) {
    const QString verifyToken = config.verifyToken;
    routes.publicRoute(
        QHttpServerRequest::Method::Get, QStringLiteral("/webhook"),
        [verifyToken](const ApiCall &call) {
            const ApiRequest &request = call.request();
            const QUrlQuery query = request.query();
            const QString mode = query.queryItemValue(QStringLiteral("hub.mode"));
            const QString token = query.queryItemValue(QStringLiteral("hub.verify_token"));
            const QString challenge =
                query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded);
            if (mode != QLatin1String("subscribe") || verifyToken.isEmpty() ||
                !Hmac::constantTimeEquals(token.toUtf8(), verifyToken.toUtf8()))
                return answer(call, HttpStatus::Forbidden, QStringLiteral("verification_failed"),
                              QStringLiteral("The verify token does not match "
                                             "SWITCHBOARD_VERIFY_TOKEN."));
            call.reply(QHttpServerResponse(QByteArrayLiteral("text/plain"), challenge.toUtf8()));
        });

    const QByteArray appSecret = config.appSecret.toUtf8();
    const qint64 maxBody = config.maxBody;
    routes.publicRoute(
        QHttpServerRequest::Method::Post, QStringLiteral("/webhook"),
        [this, appSecret, maxBody](const ApiCall &call) {
            const ApiRequest &request = call.request();
            QElapsedTimer clock;
            clock.start();
            const QByteArray body = request.body();
            if (body.size() > maxBody) {
                m_metrics->webhookRejected(QStringLiteral("too_large"));
                return answer(
                    call, HttpStatus::PayloadTooLarge, QStringLiteral("payload_too_large"),
                    QStringLiteral("The request body is larger than SWITCHBOARD_MAX_BODY."));
            }
            const QByteArray signature = request.value(QByteArrayLiteral("X-Hub-Signature-256"));
            if (signature.isEmpty() || !signedByMeta(signature, body, appSecret)) {
                m_metrics->webhookRejected(signature.isEmpty() ? QStringLiteral("missing_signature")
                                                               : QStringLiteral("bad_signature"));
                return answer(call, HttpStatus::Unauthorized, QStringLiteral("invalid_signature"),
                              QStringLiteral("X-Hub-Signature-256 is missing or does not match the "
                                             "body signed with the app secret."));
            }
            if (!isJsonContentType(request.value(QByteArrayLiteral("Content-Type")))) {
                m_metrics->webhookRejected(QStringLiteral("content_type"));
                return answer(call, HttpStatus::UnsupportedMediaType,
                              QStringLiteral("unsupported_media_type"),
                              QStringLiteral("Webhook deliveries must be application/json."));
            }
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                m_metrics->webhookRejected(QStringLiteral("malformed"));
                return answer(call, HttpStatus::BadRequest, QStringLiteral("malformed_json"),
                              error.error != QJsonParseError::NoError
                                  ? QStringLiteral("The body is not JSON: %1 at byte %2.")
                                        .arg(error.errorString())
                                        .arg(error.offset)
                                  : QStringLiteral("The body is JSON but not an object."));
            }
            m_inbox->append(body, [this, call, clock](bool durable) {
                if (!durable) {
                    m_metrics->webhookRejected(QStringLiteral("storage"));
                    return answer(call, HttpStatus::ServiceUnavailable,
                                  QStringLiteral("storage_unavailable"),
                                  QStringLiteral("The delivery could not be stored; retry later."));
                }
                m_metrics->webhookReceived();
                m_metrics->observeAck(double(clock.nsecsElapsed()) / 1e9);
                call.replyJson(QByteArrayLiteral("{\"status\":\"received\"}"));
            });
        });
}

} // namespace Switchboard
