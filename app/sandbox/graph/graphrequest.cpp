// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/graphrequest.h"

#include "app/sandbox/state/sandboxids.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

QString methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    default:
        return u"OTHER"_s;
    }
}

} // namespace

GraphRequest GraphRequest::fromHttp(const QHttpServerRequest &request) {
    GraphRequest graph;
    graph.method = methodName(request.method());
    graph.path = request.url().path();
    graph.query = request.query();
    graph.body = request.body();
    graph.contentType = request.value("Content-Type");
    const QString host = QString::fromUtf8(request.value("Host"));
    graph.baseUrl = u"http://"_s + (host.isEmpty() ? request.url().authority() : host);

    QStringList segments = graph.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    static const QRegularExpression version(u"^v\\d+\\.\\d+$"_s);
    if (!segments.isEmpty() && version.match(segments.first()).hasMatch())
        graph.version = segments.takeFirst();
    graph.segments = segments;

    const QByteArray authorization = request.value("Authorization");
    if (authorization.startsWith("Bearer ") || authorization.startsWith("OAuth "))
        graph.token =
            QString::fromUtf8(authorization.mid(authorization.indexOf(' ') + 1)).trimmed();

    if (graph.contentType.startsWith("application/json") ||
        (graph.contentType.isEmpty() && graph.body.startsWith('{'))) {
        if (!graph.body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(graph.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                graph.jsonMalformed = true;
            else
                graph.json = document.object();
        }
    } else if (graph.contentType.startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(graph.body));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            graph.json.insert(key, value);
    }
    if (graph.token.isEmpty())
        graph.token = graph.text(u"access_token"_s);
    return graph;
}

QJsonValue GraphRequest::param(const QString &name) const {
    if (json.contains(name))
        return json.value(name);
    if (query.hasQueryItem(name))
        return query.queryItemValue(name, QUrl::FullyDecoded);
    return {};
}

int GraphRequest::versionMajor() const {
    return QStringView(version).mid(1).split(QLatin1Char('.')).first().toInt();
}

GraphReply GraphReply::json(const QJsonObject &object, int status) {
    GraphReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

GraphReply GraphReply::error(const GraphError &error) {
    GraphReply reply = json(error.envelope(SandboxIds::fbtraceId()), error.httpStatus);
    if (error.code == 190 || error.code == 0)
        reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                              QByteArrayLiteral("OAuth \"Facebook Platform\" \"invalid_token\"")});
    return reply;
}

GraphReply GraphReply::success() {
    return json(QJsonObject{{u"success"_s, true}});
}

} // namespace Switchboard::Sandbox
