// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/phonenumber.h"
#include "core/meta/grapherror.h"
#include "core/result.h"

#include <QObject>

#include <optional>

namespace Switchboard {

class GraphClient;

//! The manual path's check with Meta, before the relay stores a token a business brings: asks
//! debug_token (with the app's own token) whether it is valid, unexpired, carries both WhatsApp
//! scopes and was granted for the WABA it claims, then reads the number with it, so the
//! connection shows its display number, name, quality and tier at once (and webhooks that name
//! the number by its display number find it).
//!
//! A job of the GraphReply shape: finished() once, never from inside start(); then ok(), error()
//! and, when Meta refused, metaError(). Delete it with deleteLater() once finished.
//! Errors: "token_invalid", "token_expired", "token_missing_scope", "token_not_for_waba", or
//! Meta's error when a call failed (a wrong phone number id among them).
class TokenCheck : public QObject {
    Q_OBJECT

public:
    static TokenCheck *start(GraphClient *graph, const QString &appId, const QString &appSecret,
                             const QString &token, const QString &wabaId,
                             const QString &phoneNumberId, QObject *parent);

    bool ok() const { return m_finished && !m_failed; }
    //! Empty unless the check failed.
    const Error &error() const { return m_error; }
    const std::optional<GraphError> &metaError() const { return m_metaError; }
    //! The number as Meta describes it (valid when ok()).
    const PhoneNumber &number() const { return m_number; }

    //! The verdict on debug_token's `data` object at `nowSecs` (Unix seconds).
    static Status judge(const QJsonObject &data, const QString &wabaId, qint64 nowSecs);

Q_SIGNALS:
    void finished();

private:
    explicit TokenCheck(QObject *parent);
    void readNumber(GraphClient *graph, const QString &token, const QString &phoneNumberId);
    void fail(Error error, std::optional<GraphError> meta = std::nullopt);
    void succeed(PhoneNumber number);

    bool m_finished = false;
    bool m_failed = false;
    Error m_error;
    std::optional<GraphError> m_metaError;
    PhoneNumber m_number;
};

} // namespace Switchboard
