// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/connections/connectionstore.h"
#include "core/domain/connection.h"
#include "core/meta/grapherror.h"
#include "core/result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Switchboard {

class GraphClient;
class GraphReply;
struct RelayConfig;

//! Completes one Embedded Signup after its state was checked: exchanges the code for the
//! business token (with the app secret), seals and stores it, reads the WABA and the number,
//! subscribes the app to the WABA's webhooks and registers the number with a generated PIN
//! (kept sealed). Each step is a connection event, so consoles show progress; a failure leaves
//! the connection not connected, with Meta's reason, never half-connected and looking connected.
//! A job of the GraphReply shape: finished() once, never from inside start(); then ok(),
//! connection() and, when Meta refused a step, metaError(). Delete it with deleteLater() once
//! finished.
class SignupCompletion : public QObject {
    Q_OBJECT

public:
    struct Request {
        QString tenantId;
        QString code;
        QString wabaId;
        QString phoneNumberId;
        QString businessId;
    };

    //! Runs the steps; `changed` runs after each connection event (it wakes the tenant's
    //! streams).
    static SignupCompletion *start(Request request, GraphClient *graph, ConnectionStore connections,
                                   const RelayConfig &config, std::function<void()> changed,
                                   QObject *parent);

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_connection.ok(); }
    //! The connection as the signup left it, or the failure.
    const Result<Connection> &connection() const { return m_connection; }
    //! Meta's error when Meta refused a step.
    const std::optional<GraphError> &metaError() const { return m_metaError; }

Q_SIGNALS:
    void finished();

private:
    SignupCompletion(Request request, GraphClient *graph, ConnectionStore connections,
                     const RelayConfig &config, std::function<void()> changed, QObject *parent);
    void exchangeCode();
    void readAccount();
    void subscribe();
    void registerNumber();
    //! Calls `next` with the reply when it succeeded, else ends the signup with its error.
    void then(GraphReply *reply, const QString &step, std::function<void(GraphReply *)> next);
    void progress(ConnectionStep step);
    void fail(const QString &reason, std::optional<GraphError> metaError = {});
    void finish(Result<Connection> connection, std::optional<GraphError> metaError = {});

    Request m_request;
    GraphClient *m_graph;
    ConnectionStore m_connections;
    const RelayConfig &m_config;
    std::function<void()> m_changed;
    QString m_token;
    bool m_finished = false;
    Result<Connection> m_connection = Error{};
    std::optional<GraphError> m_metaError;
};

} // namespace Switchboard
