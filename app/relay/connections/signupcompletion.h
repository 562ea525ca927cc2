// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/connection.h"
#include "core/meta/grapherror.h"
#include "core/result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Switchboard {

class ConnectionStore;
class GraphClient;
class GraphReply;
struct RelayConfig;

//! Completes one Embedded Signup after its state was checked: exchanges the code for the
//! business token (with the app secret), seals and stores it, reads the WABA and the number,
//! subscribes the app to the WABA's webhooks and registers the number with a generated PIN
//! (kept sealed). Each step is a connection event, so consoles show progress; a failure leaves
//! the connection not connected, with Meta's reason, never half-connected and looking connected.
class SignupCompletion : public QObject {
public:
    struct Request {
        QString tenantId;
        QString code;
        QString wabaId;
        QString phoneNumberId;
        QString businessId;
    };
    //! The connection, or the failure (with Meta's error when Meta refused a step).
    struct Outcome {
        Result<Connection> connection = Error{};
        std::optional<GraphError> metaError;
    };
    using Done = std::function<void(const Outcome &)>;

    //! `changed` runs after each connection event (it wakes the tenant's streams).
    SignupCompletion(Request request, GraphClient *graph, ConnectionStore &connections,
                     const RelayConfig &config, std::function<void()> changed,
                     QObject *parent = nullptr);
    //! Runs the steps; `done` is called once, on this thread, then the object deletes itself.
    void start(Done done);

private:
    void exchangeCode();
    void readAccount();
    void subscribe();
    void registerNumber();
    //! Calls `next` with the reply when it succeeded, else ends the signup with its error.
    void then(GraphReply *reply, const QString &step, std::function<void(GraphReply *)> next);
    void progress(ConnectionStep step);
    void fail(const QString &reason, std::optional<GraphError> metaError = {});
    void finish(Outcome outcome);

    Request m_request;
    GraphClient *m_graph;
    ConnectionStore &m_connections;
    const RelayConfig &m_config;
    std::function<void()> m_changed;
    Done m_done;
    QString m_token;
    QJsonObject m_waba;
};

} // namespace Switchboard
