// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/money.h"

#include <QByteArray>
#include <QLocale>

#include <cmath>

namespace Switchboard {

double toMajorUnits(qint64 minorUnits) {
    return static_cast<double>(minorUnits) / static_cast<double>(minorUnitsPerMajor);
}

std::optional<qint64> toMinorUnits(double majorUnits) {
    if (!std::isfinite(majorUnits) || std::abs(majorUnits) > maxMajorUnits)
        return std::nullopt;
    // Work on the shortest decimal text of the double ("2.675", not 2.67499999…) so rounding
    // follows the digits a person or another program wrote.
    const QByteArray text =
        QByteArray::number(std::abs(majorUnits), 'f', QLocale::FloatingPointShortest);
    const qsizetype dot = text.indexOf('.');
    const QByteArray whole = dot < 0 ? text : text.left(dot);
    const QByteArray fraction = dot < 0 ? QByteArray() : text.mid(dot + 1);

    qint64 minor = 0;
    for (const char digit : whole)
        minor = minor * 10 + (digit - '0');
    // Two fraction digits for a hundred minor units per major unit.
    static_assert(minorUnitsPerMajor == 100);
    for (int i = 0; i < 2; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction.at(i) - '0' : 0);
    if (fraction.size() > 2 && fraction.at(2) >= '5')
        ++minor;
    return majorUnits < 0 ? -minor : minor;
}

QJsonValue moneyToJson(qint64 minorUnits) {
    if (minorUnits % minorUnitsPerMajor == 0)
        return QJsonValue(minorUnits / minorUnitsPerMajor);
    return QJsonValue(toMajorUnits(minorUnits));
}

} // namespace Switchboard
