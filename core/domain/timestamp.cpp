// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/timestamp.h"

#include <algorithm>

namespace Switchboard {

namespace {

//! The number written by the digits text[from, from + count), or -1 when one is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString formatTimestamp(const QDateTime &time) {
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")
                                               : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

std::optional<QDateTime> parseTimestamp(QStringView text) {
    // 2026-11-25T15:33:26 is 19 characters; then an optional fraction, then the zone.
    if (text.size() < 20 || text.at(4) != u'-' || text.at(7) != u'-' ||
        (text.at(10) != u'T' && text.at(10) != u't') || text.at(13) != u':' || text.at(16) != u':')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;

    qsizetype pos = 19;
    int msec = 0;
    if (text.at(pos) == u'.') {
        const qsizetype start = ++pos;
        while (pos < text.size() && text.at(pos) >= u'0' && text.at(pos) <= u'9')
            ++pos;
        const qsizetype count = pos - start;
        if (count == 0)
            return std::nullopt;
        msec = digits(text, start, std::min<qsizetype>(count, 3));
        for (qsizetype i = count; i < 3; ++i)
            msec *= 10;
    }

    int offsetSeconds = 0;
    const QStringView zone = text.mid(pos);
    if (zone == u"Z" || zone == u"z") {
        offsetSeconds = 0;
    } else if (zone.size() == 6 && (zone.at(0) == u'+' || zone.at(0) == u'-') &&
               zone.at(3) == u':') {
        const int offsetHours = digits(zone, 1, 2);
        const int offsetMinutes = digits(zone, 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (zone.at(0) == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }

    const QDate date(year, month, day);
    const QTime clock(hour, minute, second, msec);
    if (!date.isValid() || !clock.isValid())
        return std::nullopt;
    return QDateTime(date, clock, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

QJsonValue timestampToJson(const QDateTime &time) {
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return formatTimestamp(time);
}

} // namespace Switchboard
