// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/accounts/apiaccess.h"
#include "app/relay/http/apirequest.h"
#include "core/result.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

class QHttpServerResponder;
class QObject;

namespace Switchboard {

//! One request as its handler sees it, once the route table has let it through: the caller, the
//! path's arguments, a copy of the request, and the one way to answer.
//!
//! Cheap to copy: an asynchronous handler keeps a copy and answers when its work is done. The
//! first answer is written; later ones are dropped (and logged), so no path answers twice. It may
//! be answered from any thread: the answer is written on the HTTP thread, which owns the
//! connection. A call nobody answers writes nothing, which is what a WebSocket upgrade needs.
class ApiCall {
public:
    //! `httpThread` is an object of the thread that owns the connection.
    ApiCall(const QHttpServerRequest &request, QHttpServerResponder &&responder,
            QStringList arguments, QObject *httpThread);

    //! Who is calling; empty on public routes. On tenant routes tenantId and role are set.
    const ApiAccess::Caller &caller() const;
    const QString &tenantId() const;
    //! The path's arguments after {tid}, in order (…/customers/{id} → argument(0) is the id).
    const QString &argument(int index) const;
    const ApiRequest &request() const;

    //! The body as a JSON object; nullopt once it has answered 400 malformed_json.
    std::optional<QJsonObject> jsonBody() const;

    void reply(QHttpServerResponse &&response) const;
    //! Compact JSON with `status`.
    void reply(const QJsonObject &body,
               QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok) const;
    //! A body that is already JSON (stored records joined without parsing them again).
    void replyJson(QByteArray json) const;
    //! The contract's error body, the status from httpStatusFor().
    void fail(const Error &error) const;

private:
    friend class RouteTable;
    void setCaller(ApiAccess::Caller caller);

    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace Switchboard
