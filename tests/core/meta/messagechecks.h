// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/message.h"

#include "webhooktestdata.h"

#include <QTest>

//! Expected Messages written field by field, and a comparison that names the field that differs
//! (Message's operator== would only say "not equal").
namespace Switchboard::MessageChecks {

using WebhookTestData::compact;
using WebhookTestData::utc;

//! What every inbound message of the fixtures shares; rows add their content.
inline Message inbound(const char *wamid, const char *iso, MessageType type) {
    Message m;
    m.wamid = QString::fromLatin1(wamid);
    m.direction = MessageDirection::Inbound;
    m.status = MessageStatus::Received;
    m.type = type;
    m.timestamp = utc(iso);
    return m;
}

inline Message::Context replyTo(const char *wamid) {
    return Message::Context{QString::fromLatin1(wamid), false};
}

inline const Message::Context forwarded{QString(), true};

//! QCOMPAREs every field; the caller checks QTest::currentTestFailed() afterwards.
inline void compareMessages(const Message &actual, const Message &expected) {
    QCOMPARE(actual.id, QString()); // assigned by the relay, not the parser
    QCOMPARE(actual.conversationId, QString());
    QCOMPARE(actual.customerId, QString());
    QCOMPARE(actual.wamid, expected.wamid);
    QCOMPARE(toString(actual.direction), toString(expected.direction));
    QCOMPARE(toString(actual.type), toString(expected.type));
    QCOMPARE(toString(actual.status), toString(expected.status));
    QCOMPARE(actual.text, expected.text);
    QCOMPARE(actual.timestamp, expected.timestamp);
    QCOMPARE(actual.media.has_value(), expected.media.has_value());
    if (expected.media) {
        QCOMPARE(actual.media->id, expected.media->id);
        QCOMPARE(actual.media->mimeType, expected.media->mimeType);
        QCOMPARE(actual.media->sha256, expected.media->sha256);
        QCOMPARE(actual.media->filename, expected.media->filename);
        QCOMPARE(actual.media->caption, expected.media->caption);
    }
    QCOMPARE(actual.reaction.has_value(), expected.reaction.has_value());
    if (expected.reaction) {
        QCOMPARE(actual.reaction->messageId, expected.reaction->messageId);
        QCOMPARE(actual.reaction->emoji, expected.reaction->emoji);
    }
    QCOMPARE(actual.context.has_value(), expected.context.has_value());
    if (expected.context) {
        QCOMPARE(actual.context->messageId, expected.context->messageId);
        QCOMPARE(actual.context->forwarded, expected.context->forwarded);
    }
    QCOMPARE(actual.error.has_value(), expected.error.has_value());
    if (expected.error) {
        QCOMPARE(actual.error->code, expected.error->code);
        QCOMPARE(actual.error->title, expected.error->title);
        QCOMPARE(actual.error->message, expected.error->message);
    }
    QCOMPARE(compact(actual.location), compact(expected.location));
    QCOMPARE(compact(actual.interactive), compact(expected.interactive));
    QCOMPARE(compact(actual.order), compact(expected.order));
}

} // namespace Switchboard::MessageChecks
