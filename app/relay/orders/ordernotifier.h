// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/orders/orderstore.h"
#include "core/domain/teammember.h"

#include <QJsonObject>

namespace Switchboard {

class Database;
class MessageEndpoint;
class SecretBox;

//! Tells the customer on WhatsApp that their order moved (confirmed, ready, out for delivery,
//! delivered, cancelled), in their language (Hebrew when they wrote Hebrew, else English).
//!
//! Inside the 24-hour service window it sends a text; outside it, the utility template
//! `order_update` (languages `he` and `en`; body parameters {{1}} the order number and {{2}}
//! the status in words), which the business must have approved at Meta. Sent through the
//! messaging path (MessageEndpoint::submit) with the Idempotency-Key `order:{id}:{status}`, so a
//! status applied twice never messages the customer twice. Walk-in orders (no WhatsApp id)
//! send nothing.
class OrderNotifier {
public:
    OrderNotifier(Database *database, MessageEndpoint *messages, const SecretBox *box);

    //! The message for `stored`'s current status, if the customer is told of it, and sends it.
    void notify(const QString &tenantId, const StoredOrder &stored, const TeamMember &author);

    //! The text the customer reads, in `language` ("he" or "en").
    static QString text(const StoredOrder &stored, const QString &language);
    //! The status in words, for the template's second parameter.
    static QString statusWords(OrderStatus status, const QString &language);
    static constexpr const char *templateName = "order_update";

private:
    Database *m_database;
    MessageEndpoint *m_messages;
    const SecretBox *m_box;
};

} // namespace Switchboard
