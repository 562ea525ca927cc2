// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/relayclient.h"

#include "core/logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <memory>

namespace Switchboard {

namespace {

bool isTlsError(QNetworkReply::NetworkError code) {
    return code == QNetworkReply::SslHandshakeFailedError;
}

//! The relay's error body, or a sentence of ours when the answer is not the contract's.
RelayError errorFromAnswer(int status, const QByteArray &body, const QByteArray &retryAfter) {
    RelayError error;
    error.httpStatus = status;
    error.retryAfterSeconds = qMax(0, retryAfter.trimmed().toInt());
    const QJsonObject problem =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    error.code = problem.value(QStringLiteral("code")).toString();
    error.message = problem.value(QStringLiteral("message")).toString();
    if (error.code.isEmpty())
        error.code = QStringLiteral("http_%1").arg(status);
    if (error.message.isEmpty())
        error.message = QStringLiteral("The relay answered with HTTP status %1 and no explanation.")
                            .arg(status);
    return error;
}

} // namespace

RelayClient::RelayClient(QNetworkAccessManager *network, QUrl baseUrl, QString token,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token)) {}

void RelayClient::setToken(const QString &token) {
    m_token = token;
    m_sessionEnded = false;
}

QUrl RelayClient::urlFor(const QString &path, const QUrlQuery &query) const {
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + QStringLiteral("/api/v1") + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl RelayClient::streamUrl(const QString &tenantId, qint64 after) const {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    if (!m_token.isEmpty())
        query.addQueryItem(QStringLiteral("access_token"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_token)));
    QUrl url = urlFor(QStringLiteral("/tenants/%1/stream")
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(tenantId))),
                      query);
    url.setScheme(m_baseUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                               : QStringLiteral("ws"));
    return url;
}

QString RelayClient::unreachableMessage() const {
    return QStringLiteral("The relay at %1 cannot be reached; check the address and your "
                          "connection.")
        .arg(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

RelayReply *RelayClient::login(const QString &username, const QString &password) {
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password}};
    return start("POST", urlFor(QStringLiteral("/auth/login")),
                 QJsonDocument(body).toJson(QJsonDocument::Compact), {}, false);
}

RelayReply *RelayClient::tenants() {
    return get(QStringLiteral("/tenants"));
}

RelayReply *RelayClient::events(const QString &tenantId, qint64 after, int limit) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return get(QStringLiteral("/tenants/%1/events")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(tenantId))),
               query);
}

RelayReply *RelayClient::connection(const QString &tenantId) {
    return get(QStringLiteral("/tenants/%1/connection")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(tenantId))));
}

RelayReply *RelayClient::get(const QString &path, const QUrlQuery &query) {
    return start("GET", urlFor(path, query), {}, {}, true);
}

RelayReply *RelayClient::post(const QString &path, const QJsonObject &body,
                              const QByteArray &idempotencyKey) {
    return start("POST", urlFor(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                 idempotencyKey, true);
}

RelayReply *RelayClient::postData(const QString &path, const QUrlQuery &query,
                                  const QByteArray &body, const QByteArray &contentType) {
    return start("POST", urlFor(path, query), body, {}, true, contentType);
}

RelayReply *RelayClient::patch(const QString &path, const QJsonObject &body) {
    return start("PATCH", urlFor(path), QJsonDocument(body).toJson(QJsonDocument::Compact), {},
                 true);
}

RelayReply *RelayClient::put(const QString &path, const QJsonObject &body) {
    return start("PUT", urlFor(path), QJsonDocument(body).toJson(QJsonDocument::Compact), {}, true);
}

RelayReply *RelayClient::remove(const QString &path) {
    return start("DELETE", urlFor(path), {}, {}, true);
}

RelayReply *RelayClient::start(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                               const QByteArray &idempotencyKey, bool authenticated,
                               const QByteArray &contentType) {
    auto *reply = new RelayReply(this);
    if (!m_network) {
        reply->failLater({0, QStringLiteral("relay_unreachable"),
                          QStringLiteral("The console has no network access."), 0});
        return reply;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Switchboard/" SWITCHBOARD_VERSION));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (authenticated && !m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), idempotencyKey);

    QNetworkReply *networkReply =
        verb == "GET" ? m_network->get(request) : m_network->sendCustomRequest(request, verb, body);
    // Deleting the job cancels the call: the network reply goes with it.
    networkReply->setParent(reply);
    auto sslProblems = std::make_shared<QString>();
    connect(networkReply, &QNetworkReply::sslErrors, reply,
            [sslProblems](const QList<QSslError> &errors) {
                QStringList names;
                for (const QSslError &error : errors)
                    names << error.errorString();
                *sslProblems = names.join(QStringLiteral("; "));
            });
    connect(networkReply, &QNetworkReply::finished, reply,
            [this, reply, networkReply, verb, authenticated, sslProblems] {
                onFinished(reply, networkReply, verb, authenticated, *sslProblems);
            });
    return reply;
}

void RelayClient::onFinished(RelayReply *reply, QNetworkReply *networkReply, const QByteArray &verb,
                             bool authenticated, const QString &sslProblems) {
    networkReply->deleteLater();
    const QVariant statusAttribute =
        networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QByteArray body = networkReply->isOpen() ? networkReply->readAll() : QByteArray();
    // The path only: a query may hold nothing secret today, but the stream's does.
    const QString what = QString::fromLatin1(verb) + QLatin1Char(' ') + networkReply->url().path();

    if (status >= 200 && status < 300) {
        const QByteArray type =
            networkReply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const QJsonObject json = type.startsWith("application/json") || type.isEmpty()
                                     ? QJsonDocument::fromJson(body).object()
                                     : QJsonObject();
        if (!authenticated) // a sign-in: its token is the session's from now on
            setToken(json.value(QStringLiteral("token")).toString());
        if (!type.startsWith("application/json")) // a file: JSON answers keep only their parse
            reply->m_body = body;
        reply->m_contentType = type;
        reply->succeed(status, json);
        return;
    }
    if (status == 0) {
        const QNetworkReply::NetworkError code = networkReply->error();
        RelayError error;
        if (!sslProblems.isEmpty() || isTlsError(code)) {
            error.code = QStringLiteral("tls_error");
            error.message =
                QStringLiteral("The connection to the relay at %1 is not secure: %2.")
                    .arg(m_baseUrl.host(),
                         sslProblems.isEmpty() ? networkReply->errorString() : sslProblems);
        } else {
            error.code = QStringLiteral("relay_unreachable");
            error.message = unreachableMessage();
        }
        qCInfo(Log::console).noquote()
            << what << "failed:" << error.code << "(" << networkReply->errorString() << ")";
        reply->fail(error);
        return;
    }
    const RelayError error =
        errorFromAnswer(status, body, networkReply->rawHeader(QByteArrayLiteral("Retry-After")));
    qCInfo(Log::console).noquote() << what << "failed with" << status << error.code;
    if (status == 401 && authenticated && !m_sessionEnded) {
        m_sessionEnded = true;
        Q_EMIT sessionEnded(error.message);
    }
    reply->fail(error);
}

} // namespace Switchboard
