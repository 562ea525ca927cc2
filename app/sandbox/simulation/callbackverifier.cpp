// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/simulation/callbackverifier.h"

#include "core/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

CallbackVerifier::CallbackVerifier(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {}

void CallbackVerifier::verify(const QUrl &url, const QString &verifyToken,
                              std::function<void(const QString &failure)> done) {
    const QString challenge =
        QString::number(QRandomGenerator::global()->bounded(1000000000, 2147483647));
    QUrl target = url;
    QUrlQuery query(target);
    query.addQueryItem(u"hub.mode"_s, u"subscribe"_s);
    query.addQueryItem(u"hub.challenge"_s, challenge);
    query.addQueryItem(u"hub.verify_token"_s, verifyToken);
    target.setQuery(query);
    QNetworkRequest request(target);
    request.setRawHeader("User-Agent", "facebookplatform/1.0 (+http://developers.facebook.com)");
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, challenge, url, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString body = QString::fromUtf8(reply->readAll()).trimmed();
        QString failure;
        if (status != 200) {
            const QString reason =
                status == 0
                    ? reply->errorString()
                    : reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            failure = u"HTTP Status Code = %1; HTTP Message = %2"_s.arg(status).arg(reason);
        } else if (body != challenge) {
            failure = u"The URL couldn't be validated. Response does not match challenge, "
                      "expected value=\"%1\", received=\"%2\""_s.arg(challenge, body.left(100));
        }
        qCInfo(Log::sandbox) << "callback verification of" << url.toDisplayString()
                             << (failure.isEmpty() ? "passed" : "failed:") << failure;
        done(failure);
    });
}

} // namespace Switchboard::Sandbox
