// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/http/apierror.h"

#include "app/relay/http/jsonresponse.h"

#include <QHash>

namespace Switchboard {

namespace {

using S = QHttpServerResponse::StatusCode;

const QHash<QString, S> &statuses() {
    static const QHash<QString, S> table{
        {QStringLiteral("invalid_request"), S::BadRequest},
        {QStringLiteral("malformed_json"), S::BadRequest},
        {QStringLiteral("invalid_message"), S::BadRequest},
        {QStringLiteral("unauthenticated"), S::Unauthorized},
        {QStringLiteral("invalid_credentials"), S::Unauthorized},
        {QStringLiteral("forbidden"), S::Forbidden},
        {QStringLiteral("not_found"), S::NotFound},
        {QStringLiteral("conflict"), S::Conflict},
        {QStringLiteral("idempotency_key_reused"), S::Conflict},
        {QStringLiteral("payload_too_large"), S::PayloadTooLarge},
        {QStringLiteral("unsupported_media_type"), S::UnsupportedMediaType},
        {QStringLiteral("invalid_field"), S::UnprocessableEntity},
        {QStringLiteral("not_connected"), S::UnprocessableEntity},
        {QStringLiteral("outside_service_window"), S::UnprocessableEntity},
        {QStringLiteral("unknown_number"), S::UnprocessableEntity},
        {QStringLiteral("too_many_attempts"), S::TooManyRequests},
        {QStringLiteral("meta_error"), S::BadGateway},
        {QStringLiteral("graph_unreachable"), S::BadGateway},
        {QStringLiteral("database_unavailable"), S::ServiceUnavailable},
        {QStringLiteral("storage_unavailable"), S::ServiceUnavailable},
    };
    return table;
}

} // namespace

QHttpServerResponse::StatusCode httpStatusFor(const Error &error) {
    return statuses().value(error.code, S::InternalServerError);
}

QHttpServerResponse errorAnswer(const Error &error) {
    const S status = httpStatusFor(error);
    if (status == S::InternalServerError)
        return errorResponse(status, QStringLiteral("internal_error"),
                             QStringLiteral("The relay could not read its database; try again, "
                                            "and tell the operator if it persists."));
    return errorResponse(status, error.code, error.message);
}

} // namespace Switchboard
