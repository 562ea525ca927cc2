// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/records/recordid.h"

#include "core/crypto/random.h"

#include <QDateTime>

namespace Switchboard {

QString newId(const char *prefix) {
    auto bytes = randomBytes(16);
    if (!bytes)
        qFatal("no randomness available: %s", qPrintable(bytes.error().message));
    // Milliseconds since the epoch, 12 hex digits (until the year 10889), lead: ids made one
    // after another sort together, so a new row's index entry lands on the page the previous one
    // used instead of a random page of the index (fewer pages written per commit).
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return QLatin1String(prefix) + QStringLiteral("%1").arg(ms, 12, 16, QLatin1Char('0')) +
           QString::fromLatin1(bytes->toHex());
}

} // namespace Switchboard
