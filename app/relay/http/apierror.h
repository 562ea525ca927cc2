// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHttpServerResponse>

namespace Switchboard {

//! The one mapping from the relay's error codes to HTTP statuses (contract, "Errors").
//!
//! A code the table does not know is the relay's own failure (a database error): 500 with a
//! sentence for the person and nothing of the internal message, which may name tables or paths.
QHttpServerResponse::StatusCode httpStatusFor(const Error &error);

//! The contract's error body for `error`, with httpStatusFor() as the status.
QHttpServerResponse errorAnswer(const Error &error);

} // namespace Switchboard
