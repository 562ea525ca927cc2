// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/sandboxoptions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Switchboard::Sandbox {

//! Delivers webhooks the way Meta does (reference §6.2): a compact JSON body with every non-ASCII
//! character as a lowercase `\uXXXX` escape, signed with `X-Hub-Signature-256: sha256=<hex HMAC
//! of those escaped bytes with the app secret>`, POSTed to the callback URL and retried with
//! doubling delays while the receiver answers anything but 200, up to a bounded number of
//! attempts. WebhookBody::Raw sends the UTF-8 JSON instead, still signed over the escaped form.
class WebhookEmitter : public QObject {
    Q_OBJECT

public:
    WebhookEmitter(QByteArray appSecret, int firstRetryMs, int maxAttempts,
                   WebhookBody bodyForm = WebhookBody::Escaped, QObject *parent = nullptr);

    //! Sends `payload` to `url` after `delayMs`. Returns the exact body that will be sent.
    QByteArray deliver(const QUrl &url, const QJsonObject &payload, int delayMs = 0);
    //! Deliveries scheduled or in flight.
    int pending() const { return m_pending; }

    //! "sha256=" + lowercase hex HMAC-SHA256 of `signed` with `secret`.
    static QByteArray signature(const QByteArray &signedBytes, const QByteArray &secret);

Q_SIGNALS:
    void delivered(const QUrl &url, const QByteArray &body, int attempts);
    void abandoned(const QUrl &url, const QByteArray &body, int attempts);

private:
    void attempt(const QUrl &url, const QByteArray &body, int attemptNumber);

    QNetworkAccessManager *m_network;
    QByteArray m_appSecret;
    int m_firstRetryMs;
    int m_maxAttempts;
    WebhookBody m_bodyForm;
    int m_pending = 0;
};

} // namespace Switchboard::Sandbox
