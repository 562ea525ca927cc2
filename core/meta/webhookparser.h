// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meta/webhookchange.h"
#include "core/result.h"

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace Switchboard {

//! Everything one POST /webhook body says, as typed changes in the order Meta listed them.
struct WebhookDelivery {
    std::vector<WebhookChange> changes;
};

//! More items than this in one body is not Meta (it batches at most 1,000) but someone trying to
//! make the relay allocate without bound: the body is refused.
inline constexpr qsizetype maxWebhookChanges = 10000;

//! The relay's webhook parser: a pure function from the raw body (after its signature was
//! checked) to what the relay ingests, with no database and no network, so it can be tested
//! against real deliveries and fuzzed.
//!
//! Promises, for any bytes whatsoever:
//! - Error "invalid_payload", with a message saying what is wrong, only for a body that is not a
//!   Meta delivery at all: not JSON, not an object, "object" other than
//!   "whatsapp_business_account", "entry" missing or not an array, or more than
//!   maxWebhookChanges items;
//! - otherwise every change of every entry yields at least one WebhookChange (one per message or
//!   status it carries). A change or item that is broken, or that the relay does not model,
//!   becomes an IgnoredChange with a reason, and its siblings still parse;
//! - messages, statuses and echoes always carry phoneNumberId, and template and account changes
//!   wabaId: a change missing its routing key is ignored.
Result<WebhookDelivery> parseWebhook(const QByteArray &body);

} // namespace Switchboard
