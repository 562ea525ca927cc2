// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>

namespace Switchboard {

//! Structured logs for operators who ship them to a collector: with SWITCHBOARD_LOG_FORMAT=json a
//! program writes each log record to stderr as one JSON object per line,
//! {"time","level","category","message"}; otherwise Qt's plain text. What goes in a record is up
//! to the caller: no code path logs tokens, secrets or passwords.
//!
//! Returns false (and changes nothing) when the variable holds anything but "json" or "text".
bool installLogFormat(const QProcessEnvironment &environment);

} // namespace Switchboard
