// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrl>

namespace Switchboard::Sandbox {

//! How webhook bodies go out. Meta signs "an escaped unicode version of the payload" (reference
//! §6.2); integrators receive the body already escaped, but one reading of the rule is that the
//! raw UTF-8 is sent and only the signature covers the escaped form.
enum class WebhookBody {
    Escaped, //!< ASCII-only JSON, non-ASCII as lowercase \uXXXX; signed over exactly those bytes
    Raw,     //!< UTF-8 JSON sent as is, signed over its escaped form
};

//! The sandbox's command line (relay contract, "Sandbox").
struct SandboxOptions {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8090;
    QUrl webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/webhook"));
    QString appId;
    QString appSecret;
    int statusDelayMs = 300;                   //!< between sent, delivered and read status webhooks
    int templateReviewMs = 1000;               //!< PENDING → APPROVED/REJECTED
    int codeTtlSecs = 30;                      //!< Embedded Signup code lifetime
    qint64 tokenTtlSecs = 60LL * 24 * 60 * 60; //!< business token lifetime; 0 = never expires
    int throughputMps = 80;                    //!< messages per second per business number
    int pairBurst = 45;                        //!< messages to one user in a burst
    int pairIntervalMs = 6000;                 //!< one more message to the same user per interval
    int webhookRetryMs = 500;                  //!< first retry delay, doubled per attempt
    int webhookMaxAttempts = 8;
    QString verificationCode = QStringLiteral("123456"); //!< what request_code "sends"
    bool requireSubscription = false;               //!< drop WABA webhooks until subscribed_apps
    WebhookBody webhookBody = WebhookBody::Escaped; //!< --webhook-body escaped|raw

    //! Parses arguments after the program name; errors name the option at fault.
    static Result<SandboxOptions> parse(const QStringList &arguments);
};

} // namespace Switchboard::Sandbox
