// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/message.h"
#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Switchboard {

//! Turns one of Meta's message objects (value.messages[] of an inbound message, or
//! value.message_echoes[] of a coexistence echo) into the contract's Message, filled as the relay
//! stores it except for the ids the relay assigns (id, conversationId, customerId).
//!
//! It exists apart from the envelope parser because this is the mapping the console's timeline
//! depends on, and the one Meta extends most often. Promises:
//! - an Error (code "ignored") only when the object cannot be a message at all: id or timestamp
//!   missing or malformed, or an edit or revoke of an earlier message, which the contract cannot
//!   express;
//! - every other object becomes a Message. A type the contract does not know, or a known type
//!   whose content is missing or of the wrong shape, becomes Unsupported with an error: Meta's
//!   errors[0] (the message's own, else valueErrors' from the enclosing value), else one of ours
//!   ("unsupported_type", "malformed_message");
//! - raw is always the object as received, so nothing Meta sent is lost (referrals, BSUIDs, …).
class WebhookMessageReader {
public:
    //! path names the object in reasons ("entry[0].changes[0].value.messages[2]").
    static Result<Message> read(const QJsonObject &object, MessageDirection direction,
                                const QJsonValue &valueErrors, const QString &path);
};

} // namespace Switchboard
