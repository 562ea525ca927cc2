// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/webhookchange.h"

#include <type_traits>

namespace Switchboard {

namespace {
template <WebhookChange::Kind kind>
using PayloadOf =
    std::variant_alternative_t<static_cast<std::size_t>(kind), decltype(WebhookChange::payload)>;
} // namespace

// kind() casts the variant's index, so the enum and the alternatives must stay in step.
static_assert(std::is_same_v<PayloadOf<WebhookChange::Kind::InboundMessage>, InboundMessageChange>);
static_assert(std::is_same_v<PayloadOf<WebhookChange::Kind::Status>, StatusChange>);
static_assert(std::is_same_v<PayloadOf<WebhookChange::Kind::Template>, TemplateChange>);
static_assert(std::is_same_v<PayloadOf<WebhookChange::Kind::Account>, AccountChange>);
static_assert(std::is_same_v<PayloadOf<WebhookChange::Kind::Echo>, EchoChange>);
static_assert(std::is_same_v<PayloadOf<WebhookChange::Kind::Ignored>, IgnoredChange>);
static_assert(std::variant_size_v<decltype(WebhookChange::payload)> == 6);

QString toString(WebhookChange::Kind kind) {
    switch (kind) {
    case WebhookChange::Kind::InboundMessage:
        return QStringLiteral("inbound_message");
    case WebhookChange::Kind::Status:
        return QStringLiteral("status");
    case WebhookChange::Kind::Template:
        return QStringLiteral("template");
    case WebhookChange::Kind::Account:
        return QStringLiteral("account");
    case WebhookChange::Kind::Echo:
        return QStringLiteral("echo");
    case WebhookChange::Kind::Ignored:
        return QStringLiteral("ignored");
    }
    return {};
}

} // namespace Switchboard
