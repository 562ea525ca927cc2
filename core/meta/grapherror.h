// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Switchboard {

//! Why a Graph API call failed, sorted into what the caller must do about it. Meta asks clients
//! to build logic on error.code (and error_data.details), never on the HTTP status or the message
//! text, so the Kind comes from the code table of the platform reference (section 7); the HTTP
//! status only decides when Meta sent no envelope at all.
struct GraphError {
    enum class Kind {
        Network,   //!< no HTTP answer: refused, unreachable, TLS, timeout; try again later
        Token,     //!< the access token is expired or revoked: the number needs reconnecting
        RateLimit, //!< a throughput, pair or app rate limit: wait and retry
        Retryable, //!< a transient Meta failure: retry with backoff
        Permanent, //!< the same request will fail again: fix it or tell a person
    };

    Kind kind = Kind::Permanent;
    int httpStatus = 0; //!< 0 when no HTTP answer (network failure, timeout)
    int code = 0;       //!< Meta error.code
    int subcode = 0;    //!< error.error_subcode
    QString type;       //!< error.type, e.g. OAuthException
    QString message;    //!< error.message
    QString userTitle;  //!< error.error_user_title
    QString userMessage;
    QString details; //!< error.error_data.details (or error_data itself when it is a string)
    QString fbtraceId;
    int retryAfterSeconds = -1; //!< from Retry-After when present
    bool hasEnvelope = false;   //!< the body carried Meta's {"error":{…}} envelope
    bool isTransient = false;   //!< error.is_transient

    bool retryable() const;
    bool isTokenError() const { return kind == Kind::Token; }
    //! Meta's pair rate limit (131056): only sends to that one recipient must wait.
    bool isPairRateLimit() const { return code == 131056; }
    //! One sentence a person can act on: what happened, what to do, Meta's code and trace id.
    QString describe() const;
    //! Error{"graph_unreachable"} for Network, Error{"meta_error"} otherwise, with describe().
    Error toError() const;

    static GraphError fromReply(int httpStatus, const QByteArray &body,
                                const QByteArray &retryAfter);
    static GraphError network(const QString &what);
    //! The Kind Meta's reference gives to a code (hasCode: the envelope carried error.code).
    static Kind classify(int httpStatus, bool hasCode, int code, int subcode, bool isTransient);
    //! Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); -1 when absent.
    static int parseRetryAfter(const QByteArray &value);
};

QString kindName(GraphError::Kind kind);

} // namespace Switchboard
