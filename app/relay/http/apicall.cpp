// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/http/apicall.h"

#include "app/relay/http/apierror.h"
#include "app/relay/http/jsonresponse.h"
#include "core/logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>

namespace Switchboard {

struct ApiCall::State {
    State(const QHttpServerRequest &request, QHttpServerResponder &&responder,
          QStringList arguments, QObject *httpThread)
        : request(request)
        , responder(std::move(responder))
        , socket(this->responder.socket())
        , arguments(std::move(arguments))
        , httpThread(httpThread) {}

    //! On the HTTP thread, which owns the connection. A client that hung up while its request
    //! was worked on has had its socket freed by QtHttpServer: writing to the responder then
    //! would touch freed memory, so the answer is dropped.
    void write(QHttpServerResponse &response) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            qCInfo(Log::http) << "the client left before its answer; dropped";
            return;
        }
        response.write(std::move(responder));
    }

    const ApiRequest request;
    QHttpServerResponder responder; //!< touched on the HTTP thread only
    QPointer<QTcpSocket> socket;    //!< the responder's connection, null once freed
    const QStringList arguments;
    ApiAccess::Caller caller;
    QPointer<QObject> httpThread;
    std::atomic<bool> answered = false;
};

ApiCall::ApiCall(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                 QStringList arguments, QObject *httpThread)
    : m_state(std::make_shared<State>(request, std::move(responder), std::move(arguments),
                                      httpThread)) {}

const ApiAccess::Caller &ApiCall::caller() const {
    return m_state->caller;
}

const QString &ApiCall::tenantId() const {
    return m_state->caller.tenantId;
}

const QString &ApiCall::argument(int index) const {
    return m_state->arguments.at(index);
}

void ApiCall::setCaller(ApiAccess::Caller caller) {
    m_state->caller = std::move(caller);
}

const ApiRequest &ApiCall::request() const {
    return m_state->request;
}

std::optional<QJsonObject> ApiCall::jsonBody() const {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request().body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        fail(Error{QStringLiteral("malformed_json"),
                   error.error != QJsonParseError::NoError
                       ? QStringLiteral("The body is not JSON: %1 at byte %2.")
                             .arg(error.errorString())
                             .arg(error.offset)
                       : QStringLiteral("The body must be a JSON object.")});
        return std::nullopt;
    }
    return document.object();
}

void ApiCall::reply(QHttpServerResponse &&response) const {
    if (m_state->answered.exchange(true)) {
        qCWarning(Log::http) << "a second answer to one request was dropped";
        return;
    }
    QObject *httpThread = m_state->httpThread;
    if (!httpThread) // the server is gone (shutdown): nobody to answer
        return;
    if (QThread::currentThread() == httpThread->thread())
        return m_state->write(response);
    auto answer = std::make_shared<QHttpServerResponse>(std::move(response));
    QMetaObject::invokeMethod(
        httpThread, [state = m_state, answer] { state->write(*answer); }, Qt::QueuedConnection);
}

void ApiCall::reply(const QJsonObject &body, QHttpServerResponse::StatusCode status) const {
    reply(jsonResponse(body, status));
}

void ApiCall::replyJson(QByteArray json) const {
    reply(QHttpServerResponse(QByteArrayLiteral("application/json"), std::move(json)));
}

void ApiCall::fail(const Error &error) const {
    if (httpStatusFor(error) == QHttpServerResponse::StatusCode::InternalServerError)
        qCWarning(Log::http).noquote()
            << "internal error answered as 500:" << error.code << error.message;
    reply(errorAnswer(error));
}

} // namespace Switchboard
