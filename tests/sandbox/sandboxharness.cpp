// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sandbox/sandboxharness.h"

#include "app/sandbox/simulation/webhookemitter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace Switchboard::Test {

QJsonObject WebhookReceiver::Delivery::json() const {
    return QJsonDocument::fromJson(body).object();
}

WebhookReceiver::WebhookReceiver() {
    m_http.setMissingHandler([this](const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder) {
        if (request.method() == QHttpServerRequest::Method::Get) {
            const QUrlQuery query = request.query();
            verifications.append({request.url().path(), query});
            const bool tokenMatches = query.queryItemValue(u"hub.mode"_s) == u"subscribe"_s &&
                                      query.queryItemValue(u"hub.verify_token"_s) == verifyToken;
            if (challengeAnswer == ChallengeAnswer::Forbidden || !tokenMatches) {
                responder.write(QHttpServerResponder::StatusCode::Forbidden);
                return;
            }
            responder.write(challengeAnswer == ChallengeAnswer::Echo
                                ? query.queryItemValue(u"hub.challenge"_s).toUtf8()
                                : QByteArray("ok"),
                            "text/plain");
            return;
        }
        ++attempts;
        if (answerStatus == 200)
            deliveries.append({request.body(), request.value("X-Hub-Signature-256")});
        responder.write(QHttpServerResponder::StatusCode(answerStatus));
    });
    m_port = quint16(m_http.listen(QHostAddress::LocalHost, 0));
}

QUrl WebhookReceiver::url() const {
    return QUrl(u"http://127.0.0.1:%1/webhook"_s.arg(m_port));
}

QList<QJsonObject> WebhookReceiver::statusesOf(const QString &wamid) const {
    QList<QJsonObject> statuses;
    for (const auto &delivery : deliveries) {
        const QJsonObject value = delivery.json()
                                      .value(u"entry"_s)[0]
                                      .toObject()
                                      .value(u"changes"_s)[0]
                                      .toObject()
                                      .value(u"value"_s)
                                      .toObject();
        for (const auto &status : value.value(u"statuses"_s).toArray())
            if (status.toObject().value(u"id"_s).toString() == wamid)
                statuses.append(status.toObject());
    }
    return statuses;
}

SandboxHarness::SandboxHarness(const QStringList &extraArguments) {
    if (m_receiver.port() == 0) {
        m_error = u"webhook receiver did not start"_s;
        return;
    }
    QStringList arguments{u"switchboard-sandbox"_s,
                          u"--listen"_s,
                          u"127.0.0.1:0"_s,
                          u"--webhook-url"_s,
                          m_receiver.url().toString(),
                          u"--app-id"_s,
                          QString::fromLatin1(appId),
                          u"--app-secret"_s,
                          QString::fromLatin1(appSecret),
                          u"--status-delay-ms"_s,
                          u"20"_s,
                          u"--template-review-ms"_s,
                          u"50"_s,
                          u"--webhook-retry-ms"_s,
                          u"50"_s};
    arguments += extraArguments;
    auto options = SandboxOptions::parse(arguments);
    if (!options) {
        m_error = options.error().message;
        return;
    }
    m_server = std::make_unique<SandboxServer>(*options);
    if (auto port = m_server->listen(); !port)
        m_error = port.error().message;
}

QString SandboxHarness::base() const {
    return u"http://127.0.0.1:%1"_s.arg(m_server->port());
}

QJsonObject SandboxHarness::Reply::json() const {
    return QJsonDocument::fromJson(body).object();
}

int SandboxHarness::Reply::metaCode() const {
    return json().value(u"error"_s).toObject().value(u"code"_s).toInt();
}

SandboxHarness::Reply SandboxHarness::request(const QByteArray &method, const QString &path,
                                              const QByteArray &body, const QString &token,
                                              const QByteArray &contentType) {
    QNetworkRequest request(QUrl(base() + path));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

SandboxHarness::Reply SandboxHarness::post(const QString &path, const QJsonObject &body,
                                           const QString &token) {
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

SandboxHarness::Business SandboxHarness::onboard(const QString &name, const QString &phone,
                                                 bool registerNumber) {
    Business business;
    const QJsonObject signup =
        post(u"/_sandbox/signup"_s, {{u"app_id"_s, QString::fromLatin1(appId)},
                                     {u"config_id"_s, u"cfg"_s},
                                     {u"business_name"_s, name},
                                     {u"display_phone_number"_s, phone}})
            .json();
    business.wabaId = signup.value(u"waba_id"_s).toString();
    business.phoneNumberId = signup.value(u"phone_number_id"_s).toString();
    business.businessId = signup.value(u"business_id"_s).toString();
    for (const QChar c : phone)
        if (c.isDigit())
            business.displayDigits.append(c);
    business.token = get(u"/v25.0/oauth/access_token?client_id=%1&client_secret=%2&code=%3"_s.arg(
                             QString::fromLatin1(appId), QString::fromLatin1(appSecret),
                             signup.value(u"code"_s).toString()))
                         .json()
                         .value(u"access_token"_s)
                         .toString();
    post(u"/v25.0/%1/subscribed_apps"_s.arg(business.wabaId), {}, business.token);
    if (registerNumber)
        post(u"/v25.0/%1/register"_s.arg(business.phoneNumberId),
             {{u"messaging_product"_s, u"whatsapp"_s}, {u"pin"_s, u"123456"_s}}, business.token);
    return business;
}

QString SandboxHarness::customerWrites(const Business &business, const QString &waId,
                                       const QString &text) {
    return post(u"/_sandbox/customers/%1/messages"_s.arg(waId),
                {{u"phone_number_id"_s, business.phoneNumberId},
                 {u"type"_s, u"text"_s},
                 {u"text"_s, QJsonObject{{u"body"_s, text}}}})
        .json()
        .value(u"wamid"_s)
        .toString();
}

QByteArray SandboxHarness::sign(const QByteArray &body) {
    return WebhookEmitter::signature(body, appSecret);
}

} // namespace Switchboard::Test
