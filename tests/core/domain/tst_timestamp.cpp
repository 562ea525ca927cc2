// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/timestamp.h"

#include <QTest>

using namespace Switchboard;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

} // namespace

class TestTimestamp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formats_data() {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole seconds")
            << utc(2026, 11, 25, 15, 33, 26) << QStringLiteral("2026-11-25T15:33:26Z");
        QTest::newRow("milliseconds")
            << utc(2026, 11, 25, 15, 33, 26, 7) << QStringLiteral("2026-11-25T15:33:26.007Z");
        QTest::newRow("from an offset")
            << QDateTime(QDate(2026, 11, 25), QTime(17, 33, 26), Qt::OffsetFromUTC, 7200)
            << QStringLiteral("2026-11-25T15:33:26Z");
        QTest::newRow("invalid is empty") << QDateTime() << QString();
    }
    void formats() {
        QFETCH(QDateTime, time);
        QFETCH(QString, text);
        QCOMPARE(formatTimestamp(time), text);
    }

    void parses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("Z") << QStringLiteral("2026-11-25T15:33:26Z")
                           << utc(2026, 11, 25, 15, 33, 26);
        QTest::newRow("milliseconds")
            << QStringLiteral("2026-11-25T15:33:26.250Z") << utc(2026, 11, 25, 15, 33, 26, 250);
        QTest::newRow("one fraction digit")
            << QStringLiteral("2026-11-25T15:33:26.5Z") << utc(2026, 11, 25, 15, 33, 26, 500);
        QTest::newRow("microseconds truncate")
            << QStringLiteral("2026-11-25T15:33:26.123999Z") << utc(2026, 11, 25, 15, 33, 26, 123);
        QTest::newRow("positive offset")
            << QStringLiteral("2026-11-25T17:33:26+02:00") << utc(2026, 11, 25, 15, 33, 26);
        QTest::newRow("negative offset across midnight")
            << QStringLiteral("2026-11-24T22:03:26-05:30") << utc(2026, 11, 25, 3, 33, 26);
        QTest::newRow("lower case t and z")
            << QStringLiteral("2026-11-25t15:33:26z") << utc(2026, 11, 25, 15, 33, 26);
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00Z")
                                  << utc(2028, 2, 29, 0, 0, 0);
    }
    void parses() {
        QFETCH(QString, text);
        QFETCH(QDateTime, time);
        const std::optional<QDateTime> parsed = parseTimestamp(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, time);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void refuses_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("date only") << QStringLiteral("2026-11-25");
        QTest::newRow("no zone (local time)") << QStringLiteral("2026-11-25T15:33:26");
        QTest::newRow("space instead of T") << QStringLiteral("2026-11-25 15:33:26Z");
        QTest::newRow("unix seconds") << QStringLiteral("1795620806");
        QTest::newRow("no seconds") << QStringLiteral("2026-11-25T15:33Z");
        QTest::newRow("empty fraction") << QStringLiteral("2026-11-25T15:33:26.Z");
        QTest::newRow("month 13") << QStringLiteral("2026-13-25T15:33:26Z");
        QTest::newRow("30 February") << QStringLiteral("2026-02-30T15:33:26Z");
        QTest::newRow("hour 24") << QStringLiteral("2026-11-25T24:00:00Z");
        QTest::newRow("leap second") << QStringLiteral("2026-12-31T23:59:60Z");
        QTest::newRow("offset without colon") << QStringLiteral("2026-11-25T15:33:26+0200");
        QTest::newRow("trailing text") << QStringLiteral("2026-11-25T15:33:26Zjunk");
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("٢٠٢٦-11-25T15:33:26Z");
        QTest::newRow("sign in a field") << QStringLiteral("2026-+1-25T15:33:26Z");
    }
    void refuses() {
        QFETCH(QString, text);
        QVERIFY(!parseTimestamp(text).has_value());
    }

    void roundTripKeepsMilliseconds() {
        for (int msec : {0, 1, 10, 100, 999}) {
            const QDateTime time = utc(2026, 11, 25, 15, 33, 26, msec);
            QCOMPARE(parseTimestamp(formatTimestamp(time)), std::optional<QDateTime>(time));
        }
    }

    void jsonValue() {
        QVERIFY(timestampToJson(QDateTime()).isNull());
        QCOMPARE(timestampToJson(utc(2026, 11, 25, 15, 33, 26)).toString(),
                 QStringLiteral("2026-11-25T15:33:26Z"));
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
