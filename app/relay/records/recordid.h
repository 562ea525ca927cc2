// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard {

//! A new identifier with a readable prefix ("tn_", "us_", "msg_"...): the time in milliseconds,
//! then 16 random bytes, in hex. Unguessable, so an id alone never grants access; ordered by
//! creation, so inserts append to the index.
QString newId(const char *prefix);

} // namespace Switchboard
