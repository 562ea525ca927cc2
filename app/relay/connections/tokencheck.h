// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meta/grapherror.h"
#include "core/result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Switchboard {

class GraphClient;

//! Asks Meta (debug_token, with the app's own token) whether an access token a business brings
//! on the manual path is valid, unexpired, carries both WhatsApp scopes and was granted for the
//! WABA it claims, before the relay stores it.
//!
//! Errors: "token_invalid", "token_expired", "token_missing_scope", "token_not_for_waba", or
//! Meta's error when the check itself failed.
class TokenCheck : public QObject {
public:
    using Done = std::function<void(const Status &, const std::optional<GraphError> &)>;

    //! Runs the check; `done` is called once, on this thread.
    static void run(GraphClient *graph, const QString &appId, const QString &appSecret,
                    const QString &token, const QString &wabaId, Done done);
    //! The verdict on debug_token's `data` object at `nowSecs` (Unix seconds).
    static Status judge(const QJsonObject &data, const QString &wabaId, qint64 nowSecs);
};

} // namespace Switchboard
