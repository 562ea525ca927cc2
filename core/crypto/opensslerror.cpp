// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/opensslerror_p.h"

#include "core/logging.h"

#include <QStringList>

#include <openssl/err.h>

namespace Switchboard {

Error openSslError(const QString &code, const QString &context) {
    QStringList reasons;
    while (const unsigned long err = ERR_get_error()) {
        char buffer[256] = {};
        ERR_error_string_n(err, buffer, sizeof buffer);
        reasons.append(QString::fromLatin1(buffer));
    }
    QString message = context;
    if (!reasons.isEmpty())
        message += QStringLiteral(" (") + reasons.join(QStringLiteral("; ")) + QLatin1Char(')');
    message += QLatin1Char('.');
    qCWarning(Log::crypto).noquote() << code << message;
    return Error{code, message};
}

} // namespace Switchboard
