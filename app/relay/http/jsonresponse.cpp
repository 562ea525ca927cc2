// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/http/jsonresponse.h"

#include <QJsonDocument>

namespace Switchboard {

QHttpServerResponse jsonResponse(const QJsonObject &body, QHttpServerResponse::StatusCode status) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse errorResponse(QHttpServerResponse::StatusCode status, const QString &code,
                                  const QString &message) {
    return jsonResponse(
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}}}},
        status);
}

QHttpServerResponse metaErrorResponse(const QString &code, const QString &message, int metaCode) {
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (metaCode != 0)
        error.insert(QStringLiteral("meta_code"), metaCode);
    return jsonResponse({{QStringLiteral("error"), error}},
                        QHttpServerResponse::StatusCode::BadGateway);
}

} // namespace Switchboard
