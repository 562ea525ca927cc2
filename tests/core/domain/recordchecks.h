// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "enumcompare.h"
#include "jsonfixture.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

//! The checks every record of the contract gets, written once: the hand-written fixture parses to
//! the expected value and that value writes the fixture back key for key; a value survives
//! toJson → text → fromJson; a broken field is an "invalid_record" error naming it.
namespace Switchboard::RecordChecks {

template <typename T>
using FromJson = Result<T> (*)(const QJsonObject &);

//! A UTC time, the only kind the contract carries.
inline QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

//! The error message of a failed result, for QVERIFY2; empty when it succeeded.
template <typename T>
QString problemOf(const Result<T> &result) {
    return result.ok() ? QString() : result.error().message;
}

template <typename T>
void verifyFixture(const QString &fixture, const T &expected, FromJson<T> fromJson) {
    const QJsonObject json = JsonFixture::load(fixture);
    const Result<T> parsed = fromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
    // Every contract field, and no other, with the fixture's exact names and values; the key
    // lists and the text first, so that a failure shows the difference.
    QCOMPARE(toJson(expected).keys(), json.keys());
    QCOMPARE(JsonFixture::compact(toJson(expected)), JsonFixture::compact(json));
    QCOMPARE(JsonFixture::compact(toJson(*parsed)), JsonFixture::compact(toJson(expected)));
    QVERIFY(*parsed == expected);
    QVERIFY(toJson(expected) == json);
}

template <typename T>
void verifyRoundTrip(const T &value, FromJson<T> fromJson) {
    // Through UTF-8 text, as the relay and the console exchange it.
    const QByteArray text = QJsonDocument(toJson(value)).toJson();
    const Result<T> parsed = fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(parsed.ok(), qPrintable(problemOf(parsed)));
    QCOMPARE(JsonFixture::compact(toJson(*parsed)), JsonFixture::compact(toJson(value)));
    QVERIFY(*parsed == value);
}

template <typename T>
void verifyRejected(const QJsonObject &json, FromJson<T> fromJson, const QString &field) {
    const Result<T> parsed = fromJson(json);
    QVERIFY2(!parsed.ok(), JsonFixture::compact(json).constData());
    QCOMPARE(parsed.error().code, QStringLiteral("invalid_record"));
    const QString quoted = QLatin1Char('"') + field + QLatin1Char('"');
    QVERIFY2(parsed.error().message.contains(quoted), qPrintable(parsed.error().message));
}

} // namespace Switchboard::RecordChecks
