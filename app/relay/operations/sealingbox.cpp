// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/operations/sealingbox.h"

#include "core/crypto/masterkey.h"

namespace Switchboard {

Result<SecretBox> loadSealingBox(const QString &masterKeyFile) {
    auto key = MasterKey::load(masterKeyFile);
    if (!key)
        return Error{key.error().code,
                     key.error().message +
                         QStringLiteral(" (SWITCHBOARD_MASTER_KEY_FILE; "
                                        "'switchboard-relay admin init' creates it)")};
    return SecretBox::withKey(1, *key);
}

} // namespace Switchboard
