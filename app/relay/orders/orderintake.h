// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/menu/menucache.h"
#include "core/domain/message.h"
#include "core/result.h"

#include <QString>

namespace Switchboard {

class Database;
class EventBatch;

//! Ingest's order extraction: each new inbound text or catalogue cart of a customer is read
//! against the tenant's menu (MenuCache) and becomes a `pending` order (source whatsapp or
//! catalog, with `source_message_id`, `needs_review` and its reasons), or amends that customer's
//! pending order of the last ten minutes. Runs inside ingest's transaction, after the message is
//! stored, so a redelivered webhook (whose message is already stored) never reaches it, and the
//! unique source_message_id makes a second order of one message impossible anyway. A tenant with
//! no products gets no orders.
class OrderIntake {
public:
    //! `message` as stored (ids filled in); `waId` and `profileName` of its customer.
    //! Returns whether an order was written.
    Result<bool> take(Database &database, EventBatch *events, const QString &tenantId,
                      const Message &message, const QString &waId, const QString &profileName,
                      const QString &phoneNumberId);

    //! "he" when the text has Hebrew letters, else "en".
    static QString languageOf(const QString &text);

private:
    MenuCache m_menus;
};

} // namespace Switchboard
