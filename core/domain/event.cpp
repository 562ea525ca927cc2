// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/event.h"

#include "core/domain/recordreader_p.h"
#include "core/domain/timestamp.h"

namespace Switchboard {

using Need = RecordReader::Need;

QString toString(EventType type) {
    switch (type) {
    case EventType::Message:
        return QStringLiteral("message");
    case EventType::Conversation:
        return QStringLiteral("conversation");
    case EventType::Customer:
        return QStringLiteral("customer");
    case EventType::Order:
        return QStringLiteral("order");
    case EventType::Product:
        return QStringLiteral("product");
    case EventType::Template:
        return QStringLiteral("template");
    case EventType::Connection:
        return QStringLiteral("connection");
    case EventType::Label:
        return QStringLiteral("label");
    case EventType::QuickReply:
        return QStringLiteral("quick_reply");
    }
    return {};
}

std::optional<EventType> parseEventType(QStringView text) {
    return parseEnum<EventType>(text);
}

QString toString(EventOp op) {
    switch (op) {
    case EventOp::Upsert:
        return QStringLiteral("upsert");
    case EventOp::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<EventOp> parseEventOp(QStringView text) {
    return parseEnum<EventOp>(text);
}

QJsonObject toJson(const Event &event) {
    return {
        {QStringLiteral("seq"), event.seq},
        {QStringLiteral("type"), toString(event.type)},
        {QStringLiteral("op"), toString(event.op)},
        {QStringLiteral("at"), timestampToJson(event.at)},
        {QStringLiteral("data"), event.data},
    };
}

Result<Event> eventFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("event"));
    Event event;
    event.seq = r.integer("seq", Need::Required, 1);
    event.type = r.enumeration("type", Need::Required, EventType::Message);
    event.op = r.enumeration("op", Need::Required, EventOp::Upsert);
    event.at = r.timestamp("at", Need::Required);
    event.data = r.object("data", Need::Required);
    if (!r.ok())
        return r.error();
    return event;
}

} // namespace Switchboard
