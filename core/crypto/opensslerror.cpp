// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/opensslerror_p.h"

#include "core/logging.h"

#include <openssl/err.h>

namespace Switchboard {

Error openSslError(const QString &code, const QString &context)
{
    QStringList reasons;
    while (const unsigned long err = ERR_get_error()) {
        char buffer[256] = {};
        ERR_error_string_n(err, buffer, sizeof buffer);
        reasons.append(QString::fromLatin1(buffer));
    }
    const QString message = reasons.isEmpty()
                                ? context + QLatin1Char('.')
                                : context + QStringLiteral(" (") + reasons.join(QStringLiteral("; "))
                                      + QStringLiteral(").");
    qCWarning(Log::crypto).noquote() << code << message;
    return Error{code, message};
}

} // namespace Switchboard
