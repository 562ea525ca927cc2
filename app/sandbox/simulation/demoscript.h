// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"

#include <QObject>

namespace Switchboard::Sandbox {

class CustomerSimulator;

//! Scripted customers for demos: a restaurant's or a clinic's customers, in English or Hebrew,
//! who write to a business number one message every `interval_ms`, through the same path as
//! POST /_sandbox/customers/{wa_id}/messages.
class DemoScript : public QObject {
    Q_OBJECT

public:
    explicit DemoScript(CustomerSimulator &customers, QObject *parent = nullptr);

    //! POST /_sandbox/demo {phone_number_id, scenario: restaurant|clinic, language: en|he,
    //! interval_ms?, repeat?} → {customers:[wa_id…], messages:N}. With "repeat": true the
    //! script plays again and again (the demo's customers who keep writing) until stop().
    GraphReply start(const GraphRequest &request);
    //! DELETE /_sandbox/demo: every running script stops → {stopped:N}.
    GraphReply stop();

private:
    CustomerSimulator &m_customers;
};

} // namespace Switchboard::Sandbox
