// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QtGlobal>

#include <optional>

namespace Switchboard {

//! Money is held as integer minor units (agorot, cents) so sums and totals never drift the way
//! binary floating point does; the contract's JSON carries major units as a number (42.5). Every
//! currency the project handles (ILS, USD, EUR) has two decimals; a currency with another exponent
//! (JPY, KWD) would need a per-currency exponent here first.

//! Minor units in one major unit.
inline constexpr qint64 minorUnitsPerMajor = 100;

//! Largest amount, in major units, either direction accepts: keeps every minor amount exactly
//! representable as a JSON (double) number.
inline constexpr double maxMajorUnits = 1e13;

//! 1999 → 19.99 (the nearest double, which JSON prints as "19.99").
double toMajorUnits(qint64 minorUnits);

//! 19.99 → 1999. Rounds the decimal value as written (its shortest representation) to the nearest
//! minor unit, halves away from zero: 2.675 → 268, -0.005 → -1. Empty for NaN, infinities and
//! amounts beyond maxMajorUnits.
std::optional<qint64> toMinorUnits(double majorUnits);

//! The JSON number for an amount held in minor units.
QJsonValue moneyToJson(qint64 minorUnits);

} // namespace Switchboard
