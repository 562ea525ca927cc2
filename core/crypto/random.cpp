// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/random.h"

#include "core/crypto/opensslerror_p.h"

#include <openssl/rand.h>

#include <limits>

namespace Switchboard {

Result<QByteArray> randomBytes(qsizetype count) {
    if (count < 0 || count > std::numeric_limits<int>::max())
        return Error{QStringLiteral("invalid_length"),
                     QStringLiteral("Cannot produce %1 random bytes.").arg(count)};
    QByteArray bytes(count, Qt::Uninitialized);
    if (count > 0 &&
        RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), static_cast<int>(count)) != 1)
        return openSslError(QStringLiteral("random_unavailable"),
                            QStringLiteral("The system random generator failed"));
    return bytes;
}

} // namespace Switchboard
