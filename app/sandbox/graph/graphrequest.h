// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/grapherror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

class QHttpServerRequest;

namespace Switchboard::Sandbox {

//! A Graph API call taken apart once: method, version, path segments, the bearer token (header
//! or `access_token` parameter) and the parameters. Graph accepts parameters as JSON body, form
//! body, multipart fields or query string alike and merges them (the body wins on a conflict);
//! a string holding JSON where Graph expects an object or array (`"contacts":"[…]"`, form
//! `text={"body":…}`) is decoded, as Graph does.
struct GraphRequest {
    QString method; //!< GET, POST, DELETE, …
    QString version = QStringLiteral("v25.0");
    QString path; //!< the whole path, as faults match it
    QStringList segments;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    //! Every parameter: the query string, then the body (JSON, form or multipart text fields) over
    //! it; never `access_token`.
    QJsonObject json;
    bool jsonMalformed = false;
    QString token;
    QString baseUrl; //!< scheme://host:port of the sandbox as the caller reached it

    static GraphRequest fromHttp(const QHttpServerRequest &request);
    //! A parameter from the body or the query string; QJsonValue::Undefined when it was not
    //! given at all, which is not the same as a given null or empty value.
    QJsonValue param(const QString &name) const;
    bool has(const QString &name) const { return json.contains(name); }
    QString text(const QString &name) const { return param(name).toVariant().toString(); }
    //! Parameters Graph types as an object or array, where a JSON string is decoded.
    static const QStringList &structuredParameters();
    //! The Graph version as a number (25 for "v25.0"), 0 when none was given.
    int versionMajor() const;
};

//! What a route answers, in Meta's shape or the relay contract's; turned into an HTTP response
//! by the server. Every folder that answers a route returns one.
struct GraphReply {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    //! Set when the answer needs a network round trip first (a callback verification): the
    //! server calls it with a function that writes the real answer, once, later.
    std::function<void(std::function<void(const GraphReply &)>)> later;

    static GraphReply json(const QJsonObject &object, int status = 200);
    //! Meta's error envelope, as the Graph API answers.
    static GraphReply error(const GraphError &error);
    //! The relay contract's error body {"error":{"code","message"}}, for the /_sandbox/ routes
    //! (control and simulation alike), because there it is not Meta speaking.
    static GraphReply contractError(int status, const QString &code, const QString &message);
    static GraphReply success();
};

} // namespace Switchboard::Sandbox
