// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

namespace Switchboard::Log {
Q_LOGGING_CATEGORY(crypto, "switchboard.core.crypto")
Q_LOGGING_CATEGORY(store, "switchboard.core.store")
Q_LOGGING_CATEGORY(graph, "switchboard.core.graph")
Q_LOGGING_CATEGORY(relay, "switchboard.relay")
Q_LOGGING_CATEGORY(ingest, "switchboard.relay.ingest")
Q_LOGGING_CATEGORY(stream, "switchboard.relay.stream")
Q_LOGGING_CATEGORY(http, "switchboard.relay.http")
Q_LOGGING_CATEGORY(webhook, "switchboard.relay.webhook")
Q_LOGGING_CATEGORY(auth, "switchboard.relay.auth")
Q_LOGGING_CATEGORY(signup, "switchboard.relay.signup")
Q_LOGGING_CATEGORY(messaging, "switchboard.relay.messaging")
Q_LOGGING_CATEGORY(health, "switchboard.relay.health")
Q_LOGGING_CATEGORY(operations, "switchboard.relay.operations")
Q_LOGGING_CATEGORY(sandbox, "switchboard.sandbox")
Q_LOGGING_CATEGORY(console, "switchboard.console")
Q_LOGGING_CATEGORY(uiSignup, "switchboard.ui.signup")
} // namespace Switchboard::Log
