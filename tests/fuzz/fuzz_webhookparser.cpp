// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over the webhook parser: any bytes a client can POST (after the signature
// check) must parse to changes or a clean error, never a crash, hang or undefined behaviour.
#include "core/meta/webhookparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    auto delivery = Switchboard::parseWebhook(body);
    if (delivery) {
        for (const auto &change : delivery->changes)
            (void)Switchboard::toString(change.kind());
    }
    return 0;
}
