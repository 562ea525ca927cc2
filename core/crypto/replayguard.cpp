// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/replayguard.h"

namespace Switchboard {

ReplayGuard::~ReplayGuard() = default;

} // namespace Switchboard
