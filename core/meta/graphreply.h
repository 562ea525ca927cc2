// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meta/grapherror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

namespace Switchboard {

//! One Graph API call including all its retries: the project's one async shape for Meta requests.
//! It emits finished() exactly once and never from inside the call that created it, so a caller
//! may connect after starting the request. Owned by whoever made it (GraphClient or SendQueue
//! parent it as a fallback): delete it with deleteLater() once it has finished; deleting it
//! earlier cancels the call.
class GraphReply : public QObject {
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_ok; }
    //! The parsed success body; empty for non-JSON bodies and for errors.
    const QJsonObject &json() const { return m_json; }
    //! The raw success body (media downloads).
    const QByteArray &body() const { return m_body; }
    const GraphError &error() const { return m_error; }
    //! How many HTTP attempts were made (0 when the call failed before sending anything).
    int attempts() const { return m_attempts; }
    //! HTTP status of the last attempt; 0 when there was no HTTP answer.
    int httpStatus() const { return m_httpStatus; }
    //! Content-Type of the success body (the media type of a download).
    const QByteArray &contentType() const { return m_contentType; }
    //! The JSON body, or the error in the project's Error form.
    Result<QJsonObject> result() const;

Q_SIGNALS:
    void finished();

private:
    friend class GraphCall;
    friend class GraphClient;
    friend class SendQueue;

    explicit GraphReply(QObject *parent);

    void succeed(int httpStatus, const QByteArray &body, const QByteArray &contentType,
                 int attempts);
    void fail(const GraphError &error, int attempts);
    //! Fails on the next event-loop turn: for errors found before anything was sent.
    void failLater(const GraphError &error);
    //! Takes over the outcome of another finished reply (SendQueue's inner request).
    void adopt(const GraphReply &other);
    void complete();

    bool m_finished = false;
    bool m_ok = false;
    QJsonObject m_json;
    QByteArray m_body;
    QByteArray m_contentType;
    GraphError m_error;
    int m_attempts = 0;
    int m_httpStatus = 0;
};

} // namespace Switchboard
