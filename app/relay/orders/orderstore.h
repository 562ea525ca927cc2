// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard {

class Database;
class EventBatch;

//! An order as the relay keeps it: the contract's Order and what the relay adds to it.
struct StoredOrder {
    Order order;
    QStringList reviewReasons; //!< why needs_review is set, for the person reviewing
    QString language;          //!< "he" or "en": how the customer is told of status changes
    QString phoneNumberId;     //!< the tenant's number the customer wrote to (empty: the first)
    QString waId;              //!< the customer's WhatsApp id (empty for a walk-in)
    QDateTime createdAt;
    QDateTime updatedAt;
};

//! The record as served and stored: the contract's Order plus `review_reasons`, `language`,
//! `phone_number_id`, `created_at` and `updated_at`.
QJsonObject toJson(const StoredOrder &order);
Result<StoredOrder> storedOrderFromJson(const QJsonObject &json);

//! One tenant's orders table, each change written with its `order` event inside the caller's
//! transaction: appended to the log at once, or numbered in ingest's EventBatch.
class OrderStore {
public:
    OrderStore(Database &database, QString tenantId, EventBatch *events = nullptr);

    struct Filter {
        std::optional<OrderStatus> status;
        QString customerId;
        QString text; //!< in the number, customer, items and notes, any case
    };
    //! Newest first, at most `limit`.
    Result<QList<StoredOrder>> list(const Filter &filter, int limit = 500);
    Result<std::optional<StoredOrder>> find(const QString &id);
    Result<std::optional<StoredOrder>> fromMessage(const QString &messageId);
    //! The customer's pending order changed at or after `since`, newest first.
    Result<std::optional<StoredOrder>> pendingOf(const QString &customerId, const QDateTime &since);

    //! Numbers the order (#1, #2… per tenant per day in the tenant's time zone, else UTC),
    //! stamps it and stores it with its event. Errors: "conflict" when an order of the same
    //! source message exists.
    Status insert(StoredOrder &order);
    //! Stamps updated_at and writes the order with its event.
    Status update(StoredOrder &order);

    bool appended() const { return m_appended; }

private:
    Result<QString> dayOf(const QDateTime &at);
    Status appendEvent(const QString &json);

    Database &m_database;
    QString m_tenantId;
    EventBatch *m_events;
    bool m_appended = false;
};

} // namespace Switchboard
