// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

namespace Switchboard::Log {
Q_LOGGING_CATEGORY(crypto, "switchboard.core.crypto")
Q_LOGGING_CATEGORY(store, "switchboard.core.store")
Q_LOGGING_CATEGORY(graph, "switchboard.core.graph")
Q_LOGGING_CATEGORY(relay, "switchboard.relay")
Q_LOGGING_CATEGORY(ingest, "switchboard.relay.ingest")
Q_LOGGING_CATEGORY(stream, "switchboard.relay.stream")
Q_LOGGING_CATEGORY(sandbox, "switchboard.sandbox")
Q_LOGGING_CATEGORY(console, "switchboard.console")
} // namespace Switchboard::Log
