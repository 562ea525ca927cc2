// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Switchboard {

//! Why a relay call failed, in the contract's terms: the relay's `error.code` and message for an
//! HTTP error, `relay_unreachable` when no answer came, `tls_error` when the connection was not
//! trusted. The message is always a sentence a person can act on.
struct RelayError {
    int httpStatus = 0; //!< 0 when there was no HTTP answer
    QString code;
    QString message;
    int retryAfterSeconds = 0; //!< from Retry-After (429); 0 when absent

    Error toError() const { return Error{code, message}; }
};

//! One relay call: the project's one async shape (the GraphReply contract). It emits finished()
//! exactly once and never from inside the call that created it, so a caller may connect after
//! starting the request. Parented to the RelayClient as a fallback; whoever made the call deletes
//! it with deleteLater() once finished; deleting it earlier cancels the call.
class RelayReply : public QObject {
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_ok; }
    //! The parsed success body (empty for an empty or non-object body and for errors).
    const QJsonObject &json() const { return m_json; }
    //! A success body that is not JSON (a media file's bytes), and the answer's Content-Type.
    const QByteArray &body() const { return m_body; }
    const QByteArray &contentType() const { return m_contentType; }
    const RelayError &error() const { return m_error; }
    //! HTTP status of the answer; 0 when there was none.
    int httpStatus() const { return m_httpStatus; }
    //! The JSON body, or the error in the project's Error form.
    Result<QJsonObject> result() const;

Q_SIGNALS:
    void finished();

private:
    friend class RelayClient;

    explicit RelayReply(QObject *parent);
    void succeed(int httpStatus, const QJsonObject &json);
    void fail(const RelayError &error);
    //! Fails on the next event-loop turn: for errors found before anything was sent.
    void failLater(const RelayError &error);

    bool m_finished = false;
    bool m_ok = false;
    QJsonObject m_json;
    QByteArray m_body;
    QByteArray m_contentType;
    RelayError m_error;
    int m_httpStatus = 0;
};

} // namespace Switchboard
