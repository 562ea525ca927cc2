// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/grapherror.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

struct CodeInfo {
    const char *title;
    int httpStatus;
};

// Meta's error code table (reference §7.2).
const QHash<int, CodeInfo> &codeTable() {
    static const QHash<int, CodeInfo> table = {
        {0, {"AuthException", 401}},
        {1, {"API Unknown", 400}},
        {2, {"API Service", 503}},
        {3, {"API Method", 500}},
        {4, {"API Too Many Calls", 400}},
        {10, {"Permission Denied", 403}},
        {33, {"Parameter value is not valid", 400}},
        {100, {"Invalid parameter", 400}},
        {190, {"Access token has expired", 401}},
        {200, {"Permissions error", 403}},
        {368, {"Temporarily blocked for policies violations", 403}},
        {2200, {"Callback verification failed", 400}},
        {2500, {"Unknown path components", 400}},
        {80007, {"Rate limit issues", 400}},
        {80008, {"Too many calls to this WhatsApp Business account", 400}},
        {130429, {"Rate limit hit", 400}},
        {130472, {"User's number is part of an experiment", 400}},
        {130497, {"Business account is restricted from messaging users in this country", 403}},
        {131000, {"Something went wrong", 500}},
        {131005, {"Access denied", 403}},
        {131008, {"Required parameter is missing", 400}},
        {131009, {"Parameter value is not valid", 400}},
        {131016, {"Service unavailable", 500}},
        {131021, {"Recipient cannot be sender", 400}},
        {131026, {"Message undeliverable", 400}},
        {131031, {"Account has been locked", 403}},
        {131037,
         {"WhatsApp provided number needs display name approval before message can be sent.", 400}},
        {131042, {"Business eligibility payment issue", 400}},
        {131045, {"Incorrect certificate", 500}},
        {131047, {"Re-engagement message", 400}},
        {131048, {"Spam rate limit hit", 400}},
        {131049, {"This message was not delivered to maintain healthy ecosystem engagement.", 400}},
        {131050, {"User stopped marketing messages", 400}},
        {131051, {"Unsupported message type", 400}},
        {131052, {"Media download error", 400}},
        {131053, {"Media upload error", 400}},
        {131056, {"(Business Account, Consumer Account) pair rate limit hit", 400}},
        {131057, {"Account in maintenance mode", 500}},
        {132000, {"Number of parameters does not match the expected number of params", 400}},
        {132001, {"Template name does not exist in the translation", 404}},
        {132005, {"Translated text too long", 400}},
        {132007, {"Template Format Character Policy Violated", 400}},
        {132012, {"Parameter format does not match format in the created template", 400}},
        {132015, {"Template is Paused", 400}},
        {132016, {"Template is Disabled", 400}},
        {133000, {"Incomplete deregistration", 500}},
        {133004, {"Server Temporarily Unavailable", 503}},
        {133005, {"Two step verification PIN Mismatch", 400}},
        {133006, {"Phone number re-verification needed", 400}},
        {133008, {"Too many two step verification PIN guesses for this phone number", 400}},
        {133009, {"Two step verification PIN was entered too quickly", 400}},
        {133010, {"Phone number Not Registered", 400}},
        {133015,
         {"Please wait a few minutes before attempting to register this phone number", 400}},
        {133016, {"Account register deregister rate limit exceeded", 400}},
        {135000, {"Generic user error", 400}},
        {137000, {"Identity key hash mismatch", 400}},
        {2494100, {"Account in maintenance mode", 503}},
    };
    return table;
}

} // namespace

QJsonObject GraphError::envelope(const QString &fbtraceId) const {
    QJsonObject error{
        {u"message"_s, message.isEmpty() ? u"(#%1) %2"_s.arg(code).arg(title) : message},
        {u"type"_s, type},
        {u"code"_s, code},
        {u"fbtrace_id"_s, fbtraceId}};
    if (subcode != 0)
        error.insert(u"error_subcode"_s, subcode);
    if (whatsappData)
        error.insert(u"error_data"_s,
                     QJsonObject{{u"messaging_product"_s, u"whatsapp"_s},
                                 {u"details"_s, details.isEmpty() ? title : details}});
    else if (!details.isEmpty())
        error.insert(u"error_data"_s, details);
    return QJsonObject{{u"error"_s, error}};
}

QJsonObject GraphError::webhookError() const {
    return QJsonObject{
        {u"code"_s, code},
        {u"title"_s, title},
        {u"message"_s, title},
        {u"error_data"_s, QJsonObject{{u"details"_s, details.isEmpty() ? title : details}}},
        // Absolute, as in the webhooks Meta delivers (reference §6.6).
        {u"href"_s,
         u"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"_s}};
}

GraphError GraphError::fromCode(int code, const QString &details) {
    GraphError error;
    error.code = code;
    error.details = details;
    const auto it = codeTable().constFind(code);
    if (it != codeTable().constEnd()) {
        error.title = QString::fromUtf8(it->title);
        error.httpStatus = it->httpStatus;
    } else if (code >= 200 && code <= 299) {
        error.title = u"Permissions error"_s;
        error.httpStatus = 403;
    } else {
        error.title = u"Error"_s;
    }
    return error;
}

bool GraphError::isAsynchronous(int code) {
    switch (code) {
    case 130472:
    case 131026:
    case 131047:
    case 131049:
    case 131050:
    case 137000:
        return true;
    default:
        return false;
    }
}

GraphError GraphError::missingToken() {
    GraphError error = fromCode(190);
    error.message = u"An access token is required to request this resource."_s;
    error.whatsappData = false;
    return error;
}

GraphError GraphError::invalidToken() {
    GraphError error = fromCode(190);
    error.subcode = 467;
    error.message = u"Invalid OAuth access token - Cannot parse access token"_s;
    error.whatsappData = false;
    return error;
}

GraphError GraphError::expiredToken(qint64 expiredAtSecs, qint64 nowSecs) {
    GraphError error = fromCode(190);
    error.subcode = 463;
    const auto format = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
            .toString(u"dddd, dd-MMM-yy HH:mm:ss 'UTC'"_s);
    };
    error.message = u"Error validating access token: Session has expired on %1. The current "
                    "time is %2."_s.arg(format(expiredAtSecs), format(nowSecs));
    error.whatsappData = false;
    return error;
}

GraphError GraphError::permission(const QString &details) {
    GraphError error = fromCode(200, details);
    return error;
}

GraphError GraphError::unsupported(const QString &method, const QString &id) {
    GraphError error = fromCode(100);
    error.subcode = 33;
    error.type = u"GraphMethodException"_s;
    error.message = u"Unsupported %1 request. Object with ID '%2' does not exist, cannot be "
                    "loaded due to missing permissions, or does not support this operation. "
                    "Please read the Graph API documentation at "
                    "https://developers.facebook.com/docs/graph-api"_s.arg(method.toLower(), id);
    error.whatsappData = false;
    return error;
}

GraphError GraphError::unknownPath(const QString &component) {
    GraphError error = fromCode(2500);
    error.message = u"Unknown path components: /%1"_s.arg(component);
    error.whatsappData = false;
    return error;
}

GraphError GraphError::invalidParameter(const QString &details) {
    return fromCode(100, details);
}

GraphError GraphError::requiredParameter(const QString &name) {
    GraphError error = fromCode(100);
    error.message = u"(#100) The parameter %1 is required"_s.arg(name);
    error.whatsappData = false;
    return error;
}

GraphError GraphError::missingParameter(const QString &details) {
    return fromCode(131008, details);
}

GraphError GraphError::invalidValue(const QString &details) {
    return fromCode(131009, details);
}

GraphError GraphError::callbackVerification(const QString &failure) {
    GraphError error = fromCode(2200);
    error.message =
        u"(#2200) Callback verification failed with the following errors: %1"_s.arg(failure);
    error.whatsappData = false;
    return error;
}

GraphError GraphError::nonexistingField(const QString &field, const QString &nodeType) {
    GraphError error = fromCode(100);
    error.message =
        u"(#100) Tried accessing nonexisting field (%1) on node type (%2)"_s.arg(field, nodeType);
    error.whatsappData = false;
    return error;
}

} // namespace Switchboard::Sandbox
