// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/graphclient.h"

#include "core/meta/graphcall_p.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace Switchboard {

namespace {

// A file name inside a quoted Content-Disposition parameter: no quotes, backslashes or line
// breaks that could end the header early.
QByteArray quotedSafe(const QString &fileName) {
    QByteArray name = fileName.toUtf8();
    for (char &c : name) {
        if (c == '"' || c == '\\' || c == '\r' || c == '\n')
            c = '_';
    }
    return name.isEmpty() ? QByteArrayLiteral("file") : name;
}

QByteArray formField(const QByteArray &boundary, const QByteArray &name, const QByteArray &value) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" +
           value + "\r\n";
}

} // namespace

GraphClient::GraphClient(QNetworkAccessManager *network, QUrl baseUrl, QString version,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_version(std::move(version)) {}

void GraphClient::setRetryPolicy(const RetryPolicy &policy) {
    m_policy = policy;
}

QUrl GraphClient::urlFor(const QString &path, const QUrlQuery &query) const {
    QUrl url = m_baseUrl;
    QString full = url.path();
    while (full.endsWith(QLatin1Char('/')))
        full.chop(1);
    if (!m_version.isEmpty())
        full += QLatin1Char('/') + m_version;
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    full += QLatin1Char('/') + relative;
    url.setPath(full);
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(query);
    return url;
}

GraphReply *GraphClient::get(const QString &path, const QUrlQuery &query,
                             const QString &accessToken) {
    return start(QByteArrayLiteral("GET"), urlFor(path, query), {}, {}, accessToken);
}

GraphReply *GraphClient::post(const QString &path, const QJsonObject &body,
                              const QString &accessToken) {
    return start(QByteArrayLiteral("POST"), urlFor(path),
                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                 QByteArrayLiteral("application/json"), accessToken);
}

GraphReply *GraphClient::postForm(const QString &path, const QUrlQuery &form,
                                  const QString &accessToken) {
    return start(QByteArrayLiteral("POST"), urlFor(path),
                 form.toString(QUrl::FullyEncoded).toUtf8(),
                 QByteArrayLiteral("application/x-www-form-urlencoded"), accessToken);
}

GraphReply *GraphClient::deleteResource(const QString &path, const QUrlQuery &query,
                                        const QString &accessToken) {
    return start(QByteArrayLiteral("DELETE"), urlFor(path, query), {}, {}, accessToken);
}

GraphReply *GraphClient::upload(const QString &path, const QByteArray &data,
                                const QString &mimeType, const QString &fileName,
                                const QString &accessToken) {
    const QByteArray boundary =
        "switchboard-" +
        QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0') +
        QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
    const QByteArray mime = mimeType.toUtf8();
    QByteArray body;
    body.reserve(data.size() + 512);
    body += formField(boundary, "messaging_product", "whatsapp");
    body += formField(boundary, "type", mime);
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
            quotedSafe(fileName) + "\"\r\nContent-Type: " + mime + "\r\n\r\n";
    body += data;
    body += "\r\n--" + boundary + "--\r\n";
    return start(QByteArrayLiteral("POST"), urlFor(path), body,
                 "multipart/form-data; boundary=" + boundary, accessToken);
}

GraphReply *GraphClient::download(const QUrl &absoluteUrl, const QString &accessToken) {
    return start(QByteArrayLiteral("GET"), absoluteUrl, {}, {}, accessToken);
}

GraphReply *GraphClient::start(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                               const QByteArray &contentType, const QString &accessToken) {
    auto *reply = new GraphReply(this);
    if (!url.isValid() || url.isRelative()) {
        reply->failLater(GraphError::network(QStringLiteral("invalid Graph API address %1")
                                                 .arg(url.toDisplayString(QUrl::RemoveQuery))));
        return reply;
    }
    auto *call = new GraphCall(
        this, m_network, GraphRequest{verb, url, body, contentType, accessToken}, m_policy, reply);
    call->start();
    return reply;
}

} // namespace Switchboard
