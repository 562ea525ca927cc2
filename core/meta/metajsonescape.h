// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Switchboard {

//! Meta signs webhooks over "an escaped unicode version of the payload, with lowercase hex
//! digits" (reference §6.2): every non-ASCII character of the JSON as `\uXXXX` (`ä` → `\u00e4`),
//! characters above U+FFFF as a surrogate pair (`😀` → `\ud83d\ude00`). The sandbox sends that
//! form and the relay can check a signature against it.
//!
//! A byte-level transform is correct for JSON: non-ASCII can only appear inside strings, where
//! an escape means the same character. ASCII bytes are copied unchanged (existing escapes stay as
//! they are); each byte of an invalid UTF-8 sequence becomes `\ufffd`, so the result is always
//! ASCII.
QByteArray escapeNonAscii(const QByteArray &utf8Json);

} // namespace Switchboard
