// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace Switchboard {

//! Every time in the contract is an RFC 3339 string in UTC ("2026-11-25T15:33:26Z"). These two
//! functions are the only place that format is written or read, so the relay, the console and
//! their scripts agree to the millisecond.

//! UTC with a 'Z', milliseconds only when they are not zero ("…:26Z", "…:26.120Z"); empty for an
//! invalid QDateTime.
QString formatTimestamp(const QDateTime &time);

//! Reads "YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)". An offset other than Z is accepted and
//! converted to UTC (the result is always Qt::UTC); fractions finer than a millisecond are
//! truncated. Empty for anything else: no date-only form, no local time without an offset.
std::optional<QDateTime> parseTimestamp(QStringView text);

//! The JSON value of a timestamp field: the formatted string, or null when the time is invalid
//! (that is, absent).
QJsonValue timestampToJson(const QDateTime &time);

} // namespace Switchboard
