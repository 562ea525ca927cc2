// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/simulation/webhookemitter.h"

#include "core/crypto/hmac.h"
#include "core/logging.h"
#include "core/meta/metajsonescape.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace Switchboard::Sandbox {

WebhookEmitter::WebhookEmitter(QByteArray appSecret, int firstRetryMs, int maxAttempts,
                               WebhookBody bodyForm, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_appSecret(std::move(appSecret))
    , m_firstRetryMs(firstRetryMs)
    , m_maxAttempts(maxAttempts)
    , m_bodyForm(bodyForm) {}

QByteArray WebhookEmitter::signature(const QByteArray &signedBytes, const QByteArray &secret) {
    const auto mac = Hmac::hmacSha256(secret, signedBytes);
    return mac ? QByteArrayLiteral("sha256=") + mac->toHex() : QByteArray();
}

QByteArray WebhookEmitter::deliver(const QUrl &url, const QJsonObject &payload, int delayMs) {
    const QByteArray utf8 = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QByteArray body = m_bodyForm == WebhookBody::Raw ? utf8 : escapeNonAscii(utf8);
    if (!url.isValid() || url.isEmpty())
        return body;
    ++m_pending;
    QTimer::singleShot(std::max(0, delayMs), this, [this, url, body] { attempt(url, body, 1); });
    return body;
}

void WebhookEmitter::attempt(const QUrl &url, const QByteArray &body, int attemptNumber) {
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Escaping is idempotent on ASCII, so the escaped form of either body is what Meta signs.
    request.setRawHeader("X-Hub-Signature-256", signature(escapeNonAscii(body), m_appSecret));
    request.setRawHeader("User-Agent", "facebookexternalua");
    request.setTransferTimeout(20000);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, body, attemptNumber] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            --m_pending;
            Q_EMIT delivered(url, body, attemptNumber);
            return;
        }
        if (attemptNumber >= m_maxAttempts) {
            --m_pending;
            qCWarning(Log::sandbox) << "webhook to" << url.toDisplayString() << "abandoned after"
                                    << attemptNumber << "attempts; last status" << status;
            Q_EMIT abandoned(url, body, attemptNumber);
            return;
        }
        const int delay =
            int(std::min<qint64>(qint64(m_firstRetryMs) << (attemptNumber - 1), 60000));
        qCInfo(Log::sandbox) << "webhook answered" << status << "; retry" << attemptNumber + 1
                             << "in" << delay << "ms";
        QTimer::singleShot(delay, this, [this, url, body, attemptNumber] {
            attempt(url, body, attemptNumber + 1);
        });
    });
}

} // namespace Switchboard::Sandbox
