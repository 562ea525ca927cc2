// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Switchboard {

class Metrics;
class RouteTable;
struct RelayConfig;
class WebhookInbox;

//! GET and POST /webhook: Meta's verification handshake, and signed deliveries that are answered
//! 200 only once the webhook inbox has committed them.
class WebhookEndpoint : public QObject {
    Q_OBJECT

public:
    WebhookEndpoint(RouteTable &routes, const RelayConfig &config, WebhookInbox *inbox,
                    Metrics *metrics, QObject *parent = nullptr);

private:
    WebhookInbox *m_inbox;
    Metrics *m_metrics;
};

} // namespace Switchboard
