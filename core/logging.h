// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

//! Every logging category of the project, declared in one place.
namespace Switchboard::Log {
Q_DECLARE_LOGGING_CATEGORY(crypto)
Q_DECLARE_LOGGING_CATEGORY(store)
Q_DECLARE_LOGGING_CATEGORY(graph)
Q_DECLARE_LOGGING_CATEGORY(relay)
Q_DECLARE_LOGGING_CATEGORY(ingest)
Q_DECLARE_LOGGING_CATEGORY(stream)
Q_DECLARE_LOGGING_CATEGORY(http)
Q_DECLARE_LOGGING_CATEGORY(webhook)
Q_DECLARE_LOGGING_CATEGORY(auth)
Q_DECLARE_LOGGING_CATEGORY(signup)
Q_DECLARE_LOGGING_CATEGORY(messaging)
Q_DECLARE_LOGGING_CATEGORY(health)
Q_DECLARE_LOGGING_CATEGORY(operations)
Q_DECLARE_LOGGING_CATEGORY(sandbox)
Q_DECLARE_LOGGING_CATEGORY(console)
Q_DECLARE_LOGGING_CATEGORY(uiSignup)
} // namespace Switchboard::Log
