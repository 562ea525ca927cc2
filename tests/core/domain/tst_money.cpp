// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Switchboard;

class TestMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toMinorUnitsRounds_data() {
        QTest::addColumn<double>("major");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("19.99") << 19.99 << qint64(1999);
        QTest::newRow("42.5") << 42.5 << qint64(4250);
        QTest::newRow("whole") << 42.0 << qint64(4200);
        QTest::newRow("zero") << 0.0 << qint64(0);
        QTest::newRow("negative zero") << -0.0 << qint64(0);
        QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << qint64(30);
        QTest::newRow("1.005, a double just below") << 1.005 << qint64(101);
        QTest::newRow("2.675, a double just below") << 2.675 << qint64(268);
        QTest::newRow("half a minor unit up") << 0.005 << qint64(1);
        QTest::newRow("below half a minor unit") << 0.0049 << qint64(0);
        QTest::newRow("tiny") << 1e-9 << qint64(0);
        QTest::newRow("negative rounds away from zero") << -0.005 << qint64(-1);
        QTest::newRow("negative") << -12.5 << qint64(-1250);
        QTest::newRow("0.29 (28.999… when multiplied)") << 0.29 << qint64(29);
        QTest::newRow("largest") << 1e13 << qint64(1000000000000000);
        QTest::newRow("large with cents") << 123456789.01 << qint64(12345678901);
    }
    void toMinorUnitsRounds() {
        QFETCH(double, major);
        QFETCH(qint64, minor);
        QCOMPARE(toMinorUnits(major), std::optional<qint64>(minor));
    }

    void toMinorUnitsRefuses_data() {
        QTest::addColumn<double>("major");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
        QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity();
        QTest::newRow("beyond range") << 1.0000001e13;
        QTest::newRow("far beyond") << 1e300;
    }
    void toMinorUnitsRefuses() {
        QFETCH(double, major);
        QVERIFY(!toMinorUnits(major).has_value());
    }

    void jsonTextRoundTrip_data() {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("19.99") << qint64(1999) << QByteArray("19.99");
        QTest::newRow("whole is an integer") << qint64(4200) << QByteArray("42");
        QTest::newRow("one decimal") << qint64(4250) << QByteArray("42.5");
        QTest::newRow("one agora") << qint64(1) << QByteArray("0.01");
        QTest::newRow("negative") << qint64(-1250) << QByteArray("-12.5");
        QTest::newRow("large with cents") << qint64(12345678901) << QByteArray("123456789.01");
    }
    void jsonTextRoundTrip() {
        QFETCH(qint64, minor);
        QFETCH(QByteArray, text);
        const QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("price"), moneyToJson(minor)}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(json, QByteArray("{\"price\":") + text + '}');
        const double back =
            QJsonDocument::fromJson(json).object().value(QLatin1String("price")).toDouble();
        QCOMPARE(toMinorUnits(back), std::optional<qint64>(minor));
        QCOMPARE(toMajorUnits(minor), back);
    }

    void everyCentOfAHundredSurvives() {
        for (qint64 minor = -10000; minor <= 10000; ++minor)
            QCOMPARE(toMinorUnits(toMajorUnits(minor)), std::optional<qint64>(minor));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
