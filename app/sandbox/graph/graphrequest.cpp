// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/graphrequest.h"

#include "app/sandbox/graph/multipartform.h"
#include "app/sandbox/state/sandboxids.h"

#include <QHttpServerRequest>
#include <QJsonArray>
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

    // The query string first, the body over it: Graph merges both, the body winning.
    for (const auto &[key, value] : graph.query.queryItems(QUrl::FullyDecoded))
        graph.json.insert(key, value);
    if (graph.contentType.startsWith("application/json") ||
        (graph.contentType.isEmpty() && graph.body.startsWith('{'))) {
        if (!graph.body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(graph.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                graph.jsonMalformed = true;
            } else {
                const QJsonObject body = document.object();
                for (auto it = body.begin(); it != body.end(); ++it)
                    graph.json.insert(it.key(), it.value());
            }
        }
    } else if (graph.contentType.startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(graph.body).replace(QLatin1Char('+'), u' '));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            graph.json.insert(key, value);
    } else if (graph.contentType.startsWith("multipart/form-data")) {
        if (const auto form = MultipartForm::parse(graph.contentType, graph.body))
            for (const auto &part : form->parts())
                if (part.filename.isEmpty())
                    graph.json.insert(part.name, QString::fromUtf8(part.data.trimmed()));
    }
    for (const QString &name : structuredParameters()) {
        const QJsonValue value = graph.json.value(name);
        if (!value.isString())
            continue;
        const QByteArray text = value.toString().toUtf8().trimmed();
        if (!text.startsWith('{') && !text.startsWith('['))
            continue;
        QJsonParseError parseError;
        const QJsonDocument decoded = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            continue; // left a string: the endpoint refuses it as the wrong type
        graph.json.insert(name, decoded.isObject() ? QJsonValue(decoded.object())
                                                   : QJsonValue(decoded.array()));
    }
    const QJsonValue accessToken = graph.json.take(u"access_token"_s);
    if (graph.token.isEmpty())
        graph.token = accessToken.toString();
    return graph;
}

const QStringList &GraphRequest::structuredParameters() {
    // Objects and arrays of the endpoints the sandbox serves (messages, templates, phone
    // number, business profile). Strings meant as strings (biz_opaque_callback_data, a text
    // body) are not in the list, so JSON inside them stays text.
    static const QStringList names = {u"text"_s,
                                      u"image"_s,
                                      u"audio"_s,
                                      u"video"_s,
                                      u"document"_s,
                                      u"sticker"_s,
                                      u"location"_s,
                                      u"contacts"_s,
                                      u"interactive"_s,
                                      u"reaction"_s,
                                      u"template"_s,
                                      u"context"_s,
                                      u"typing_indicator"_s,
                                      u"components"_s,
                                      u"webhook_configuration"_s,
                                      u"websites"_s};
    return names;
}

QJsonValue GraphRequest::param(const QString &name) const {
    return json.contains(name) ? json.value(name) : QJsonValue(QJsonValue::Undefined);
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

GraphReply GraphReply::contractError(int status, const QString &code, const QString &message) {
    return json(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}},
                status);
}

GraphReply GraphReply::success() {
    return json(QJsonObject{{u"success"_s, true}});
}

} // namespace Switchboard::Sandbox
