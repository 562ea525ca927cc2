// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Switchboard::Sandbox {

//! One Graph API error as Meta reports it (reference §7). The same value renders as the
//! synchronous envelope {"error":{message,type,code,error_subcode,error_data,fbtrace_id}} and as
//! the asynchronous {code,title,message,error_data,href} of a failed status webhook, so a code
//! injected as a fault looks exactly like one the sandbox produced itself.
struct GraphError {
    int httpStatus = 400;
    int code = 100;
    int subcode = 0;
    QString type = QStringLiteral("OAuthException");
    QString title;            //!< Meta's title for the code, e.g. "Rate limit hit"
    QString message;          //!< the envelope's message; "(#code) title" unless set
    QString details;          //!< error_data.details
    bool whatsappData = true; //!< error_data as {messaging_product, details}

    QJsonObject envelope(const QString &fbtraceId) const;
    QJsonObject webhookError() const;

    //! An error with Meta's title and HTTP status for `code` (§7.2), details as given.
    static GraphError fromCode(int code, const QString &details = {});
    //! True for codes Meta reports in a failed status webhook rather than in the answer.
    static bool isAsynchronous(int code);

    static GraphError missingToken();
    static GraphError invalidToken();
    static GraphError expiredToken(qint64 expiredAtSecs, qint64 nowSecs);
    static GraphError permission(const QString &details);
    static GraphError unsupported(const QString &method, const QString &id);
    static GraphError unknownPath(const QString &component);
    static GraphError invalidParameter(const QString &details);
    //! Graph's "(#100) The parameter X is required" for a parameter not given at all.
    static GraphError requiredParameter(const QString &name);
    static GraphError missingParameter(const QString &details);
    static GraphError invalidValue(const QString &details);
    //! 2200 when a callback URL did not pass Meta's verification GET.
    static GraphError callbackVerification(const QString &failure);
    static GraphError nonexistingField(const QString &field, const QString &nodeType);
};

} // namespace Switchboard::Sandbox
