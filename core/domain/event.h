// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringView>

#include <optional>

namespace Switchboard {

//! The kind of record an event carries.
enum class EventType {
    Message,
    Conversation,
    Customer,
    Order,
    Product,
    Template,
    Connection,
    Label,
    QuickReply,
};

//! What happened to the record: it now has this full state, or it is gone.
enum class EventOp { Upsert, Delete };

//! One entry of a tenant's append-only event log, the unit of sync between relay and consoles
//! (contract: Event). data is the record's full new state (for a delete, at least its id), kept as
//! JSON so the log and the stream pass it on unchanged; the receiver decodes it by type with the
//! record's xFromJson(). Applying an event is an idempotent upsert.
struct Event {
    qint64 seq = 0;                      //!< required, 1 or more, strictly increasing per tenant
    EventType type = EventType::Message; //!< required
    EventOp op = EventOp::Upsert;        //!< required
    QDateTime at;                        //!< required, when the relay appended it
    QJsonObject data;                    //!< required

    bool operator==(const Event &) const = default;
};

QString toString(EventType type);
std::optional<EventType> parseEventType(QStringView text);
QString toString(EventOp op);
std::optional<EventOp> parseEventOp(QStringView text);

QJsonObject toJson(const Event &event);
Result<Event> eventFromJson(const QJsonObject &json);

} // namespace Switchboard
