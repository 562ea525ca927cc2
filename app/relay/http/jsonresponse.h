// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>

namespace Switchboard {

//! Compact JSON answers and the contract's error body, so every handler answers the same way.
//! (QHttpServerResponse's own JSON constructor writes indented JSON.)
QHttpServerResponse
jsonResponse(const QJsonObject &body,
             QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);

//! {"error":{"code":…,"message":…}} with the given status.
QHttpServerResponse errorResponse(QHttpServerResponse::StatusCode status, const QString &code,
                                  const QString &message);

//! 502 for a Meta refusal or an unreachable Graph API, Meta's code kept in error.meta_code
//! (contract, "Errors"; 0 leaves it out).
QHttpServerResponse metaErrorResponse(const QString &code, const QString &message, int metaCode);

} // namespace Switchboard
