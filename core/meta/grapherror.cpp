// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/grapherror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Switchboard {

namespace {

// Graph-wide OAuth subcodes that mean "this token no longer works" whatever the code
// (458 app removed, 459 checkpoint, 460 password changed, 463 expired, 464 unconfirmed user,
// 467 invalid token, 492 invalid session).
bool isTokenSubcode(int subcode) {
    switch (subcode) {
    case 458:
    case 459:
    case 460:
    case 463:
    case 464:
    case 467:
    case 492:
        return true;
    default:
        return false;
    }
}

bool isRateLimitCode(int code) {
    // 4 app calls, 17 user calls, 32 page calls, 613 custom limit, 80000–80014 business-use-case
    // throttles (80007 WABA, 80008 management), 130429 throughput, 131056 pair rate limit.
    switch (code) {
    case 4:
    case 17:
    case 32:
    case 613:
    case 130429:
    case 131056:
        return true;
    default:
        return code >= 80000 && code <= 80014;
    }
}

bool isTransientCode(int code) {
    switch (code) {
    case 1:       // API Unknown: maybe, once
    case 2:       // API Service: temporary downtime
    case 131000:  // something went wrong: a few times
    case 131016:  // service unavailable
    case 131057:  // account in maintenance (throughput upgrade)
    case 133004:  // server temporarily unavailable
    case 2494100: // account in maintenance
        return true;
    default:
        return false;
    }
}

// Codes answered with HTTP 5xx that nevertheless need a fix first (permission, registration).
bool isPermanentServerCode(int code) {
    return code == 3 || code == 131045 || code == 133000;
}

//! What the person should do, for the codes where Meta's table says more than "fix the request".
QString adviceFor(const GraphError &e) {
    if (e.kind == GraphError::Kind::Token)
        return QStringLiteral("The access token is expired or revoked; reconnect the WhatsApp "
                              "number to get a new one");
    switch (e.code) {
    case 131047:
        return QStringLiteral("More than 24 hours have passed since the customer last wrote; "
                              "send an approved template instead");
    case 131026:
        return QStringLiteral("The recipient cannot receive WhatsApp messages; reach them another "
                              "way");
    case 131021:
        return QStringLiteral("The recipient is the business number itself; choose another "
                              "recipient");
    case 131042:
        return QStringLiteral("Meta reports a billing problem; fix the payment method in "
                              "Business Manager");
    case 131031:
    case 368:
        return QStringLiteral("The WhatsApp account is restricted or locked; check its status in "
                              "WhatsApp Manager");
    case 131048:
        return QStringLiteral("Too many messages were blocked or reported as spam; slow down and "
                              "check the number's quality");
    case 131050:
        return QStringLiteral("The customer stopped marketing messages; do not send them again");
    case 131049:
        return QStringLiteral("Meta held this marketing message; wait at least 24 hours before "
                              "sending it again");
    case 131045:
    case 133010:
        return QStringLiteral("The phone number is not registered; register it again");
    case 132001:
        return QStringLiteral("The template does not exist in that language or is not approved; "
                              "check its name and language");
    case 132015:
    case 132016:
        return QStringLiteral("The template is paused or disabled; edit it or create a new one");
    case 100:
    case 131008:
    case 131009:
    case 132000:
    case 132012:
        return QStringLiteral("The request has a missing or invalid parameter; correct it and try "
                              "again");
    case 10:
    case 131005:
        return QStringLiteral("The token lacks a permission; grant the app access to this "
                              "WhatsApp account");
    default:
        break;
    }
    if (e.code >= 200 && e.code <= 299)
        return QStringLiteral("The token lacks a permission; grant the app access to this "
                              "WhatsApp account");
    switch (e.kind) {
    case GraphError::Kind::Network:
        return QStringLiteral("Check the network connection and the Graph API address, then try "
                              "again");
    case GraphError::Kind::Token:
        return QStringLiteral("The access token is expired or revoked; reconnect the WhatsApp "
                              "number to get a new one");
    case GraphError::Kind::RateLimit:
        return e.isPairRateLimit()
                   ? QStringLiteral("Too many messages went to this customer; wait before "
                                    "writing to them again")
                   : QStringLiteral("Meta's rate limit was reached; wait and send more slowly");
    case GraphError::Kind::Retryable:
        return QStringLiteral("Meta is temporarily unavailable; try again in a few minutes");
    case GraphError::Kind::Permanent:
        break;
    }
    return QStringLiteral("Meta refused the request; correct it before sending it again");
}

} // namespace

QString kindName(GraphError::Kind kind) {
    switch (kind) {
    case GraphError::Kind::Network:
        return QStringLiteral("network");
    case GraphError::Kind::Token:
        return QStringLiteral("token");
    case GraphError::Kind::RateLimit:
        return QStringLiteral("rate_limit");
    case GraphError::Kind::Retryable:
        return QStringLiteral("retryable");
    case GraphError::Kind::Permanent:
        break;
    }
    return QStringLiteral("permanent");
}

bool GraphError::retryable() const {
    return kind == Kind::Network || kind == Kind::RateLimit || kind == Kind::Retryable;
}

GraphError::Kind GraphError::classify(int httpStatus, bool hasCode, int code, int subcode,
                                      bool isTransient) {
    if (hasCode) {
        if (code == 190 || code == 102 || code == 0 || isTokenSubcode(subcode))
            return Kind::Token;
        if (isRateLimitCode(code))
            return Kind::RateLimit;
        if (isTransientCode(code))
            return Kind::Retryable;
        if (isPermanentServerCode(code))
            return Kind::Permanent;
        if (isTransient || httpStatus >= 500)
            return Kind::Retryable;
        return Kind::Permanent;
    }
    if (isTokenSubcode(subcode) || httpStatus == 401)
        return Kind::Token;
    if (httpStatus == 429)
        return Kind::RateLimit;
    if (isTransient || httpStatus >= 500 || httpStatus == 408)
        return Kind::Retryable;
    return Kind::Permanent;
}

int GraphError::parseRetryAfter(const QByteArray &value) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const int seconds = trimmed.toInt(&isNumber);
    if (isNumber)
        return seconds >= 0 ? seconds : -1;
    // HTTP-date ends in "GMT", which Qt's RFC 2822 parser wants as a numeric zone.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(3) + QStringLiteral("+0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0, 86400 * 7));
}

GraphError GraphError::fromReply(int httpStatus, const QByteArray &body,
                                 const QByteArray &retryAfter) {
    GraphError e;
    e.httpStatus = httpStatus;
    e.retryAfterSeconds = parseRetryAfter(retryAfter);
    bool hasCode = false;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    if (!error.isEmpty()) {
        e.hasEnvelope = true;
        hasCode = error.contains(u"code");
        e.code = error.value(u"code").toInt();
        e.subcode = error.value(u"error_subcode").toInt();
        e.type = error.value(u"type").toString();
        e.message = error.value(u"message").toString();
        e.userTitle = error.value(u"error_user_title").toString();
        e.userMessage = error.value(u"error_user_msg").toString();
        e.fbtraceId = error.value(u"fbtrace_id").toString();
        e.isTransient = error.value(u"is_transient").toBool();
        const QJsonValue data = error.value(u"error_data");
        e.details =
            data.isObject() ? data.toObject().value(u"details").toString() : data.toString();
    }
    e.kind = classify(httpStatus, hasCode, e.code, e.subcode, e.isTransient);
    return e;
}

GraphError GraphError::network(const QString &what) {
    GraphError e;
    e.kind = Kind::Network;
    e.message = what;
    return e;
}

QString GraphError::describe() const {
    QString what;
    if (kind == Kind::Network) {
        what = QStringLiteral("The Graph API could not be reached (%1)").arg(message);
    } else {
        QString meta = hasEnvelope ? QStringLiteral("Meta error %1").arg(code)
                                   : QStringLiteral("Graph API answered HTTP %1").arg(httpStatus);
        if (hasEnvelope && subcode != 0)
            meta += QStringLiteral("/%1").arg(subcode);
        if (hasEnvelope && httpStatus != 0)
            meta += QStringLiteral(" (HTTP %1)").arg(httpStatus);
        QString text = !userMessage.isEmpty() ? userMessage : message;
        if (!details.isEmpty() && details != text)
            text = text.isEmpty() ? details : text + QStringLiteral(" – ") + details;
        what = text.isEmpty() ? meta : meta + QStringLiteral(": ") + text;
    }
    QString sentence = what + QStringLiteral(". ") + adviceFor(*this);
    if (retryAfterSeconds >= 0)
        sentence += QStringLiteral(" (Meta asks to wait %1 s)").arg(retryAfterSeconds);
    sentence += QLatin1Char('.');
    if (!fbtraceId.isEmpty())
        sentence += QStringLiteral(" Trace id for Meta support: %1.").arg(fbtraceId);
    return sentence;
}

Error GraphError::toError() const {
    return Error{kind == Kind::Network ? QStringLiteral("graph_unreachable")
                                       : QStringLiteral("meta_error"),
                 describe()};
}

} // namespace Switchboard
