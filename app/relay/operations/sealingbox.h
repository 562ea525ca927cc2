// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/secretbox.h"
#include "core/result.h"

namespace Switchboard {

//! The box that seals tenants' tokens, from the master key file; the relay's one key is id 1.
//! The error tells the operator which setting and command fix it.
Result<SecretBox> loadSealingBox(const QString &masterKeyFile);

} // namespace Switchboard
