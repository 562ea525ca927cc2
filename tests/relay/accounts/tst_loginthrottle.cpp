// SPDX-License-Identifier: GPL-3.0-or-later
// LoginThrottle as someone guessing passwords, and the colleague beside them, meet it: answers
// slow down, then stop with a Retry-After, per username and per address, on the test's clock.
#include "app/relay/accounts/loginthrottle.h"

#include <QTest>

using namespace Switchboard;

namespace {

const QString office = QStringLiteral("192.0.2.10");
const QString elsewhere = QStringLiteral("198.51.100.7");

//! A throttle on a clock the test moves by hand.
struct Throttle {
    Throttle()
        : now(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC))
        , throttle([this] { return now; }) {}

    //! `count` wrong passwords, each checked as the login route does.
    void fail(const QString &user, const QString &address, int count = 1) {
        for (int i = 0; i < count; ++i) {
            throttle.started(user, address);
            throttle.failed(user, address);
        }
    }
    void succeed(const QString &user, const QString &address) {
        throttle.started(user, address);
        throttle.succeeded(user, address);
    }
    void advance(int seconds) { now = now.addSecs(seconds); }

    QDateTime now;
    LoginThrottle throttle;
};

} // namespace

class TestLoginThrottle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersSlowDownThenStop_data() {
        QTest::addColumn<int>("failures");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("none") << 0 << false << 0 << 0;
        QTest::newRow("one typo") << 1 << false << 0 << 0;
        QTest::newRow("last free one") << 2 << false << 0 << 0;
        QTest::newRow("first slowed") << 3 << false << 250 << 0;
        QTest::newRow("doubles") << 4 << false << 500 << 0;
        QTest::newRow("doubles again") << 5 << false << 1000 << 0;
        QTest::newRow("two seconds") << 6 << false << 2000 << 0;
        QTest::newRow("capped at three seconds") << 7 << false << 3000 << 0;
        QTest::newRow("still capped") << 9 << false << 3000 << 0;
        QTest::newRow("refused at the limit") << 10 << true << 0 << 15 * 60;
        QTest::newRow("refused past the limit") << 14 << true << 0 << 15 * 60;
    }
    void answersSlowDownThenStop() {
        QFETCH(int, failures);
        QFETCH(bool, refused);
        QFETCH(int, delayMs);
        QFETCH(int, retryAfter);
        Throttle t;
        t.fail(QStringLiteral("pat"), office, failures);
        const LoginThrottle::Verdict verdict = t.throttle.check(QStringLiteral("pat"), office);
        QCOMPARE(verdict.refused, refused);
        QCOMPARE(verdict.delayMs, delayMs);
        if (refused)
            QCOMPARE(verdict.retryAfterSeconds, retryAfter);
    }

    void retryAfterCountsDownToTheEndOfTheWindow_data() {
        QTest::addColumn<int>("elapsed");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("at once") << 0 << true << 900;
        QTest::newRow("five minutes on") << 300 << true << 600;
        QTest::newRow("a second before the end") << 899 << true << 1;
        QTest::newRow("window over") << 900 << false << 0;
        QTest::newRow("long after") << 7200 << false << 0;
    }
    void retryAfterCountsDownToTheEndOfTheWindow() {
        QFETCH(int, elapsed);
        QFETCH(bool, refused);
        QFETCH(int, retryAfter);
        Throttle t;
        t.fail(QStringLiteral("pat"), office, LoginThrottle::maxFailures);
        t.advance(elapsed);
        const LoginThrottle::Verdict verdict = t.throttle.check(QStringLiteral("pat"), office);
        QCOMPARE(verdict.refused, refused);
        QCOMPARE(verdict.retryAfterSeconds, retryAfter);
        if (!refused)
            QCOMPARE(verdict.delayMs, 0); // a fresh window: the free attempts are back
    }

    void windowStartsAtTheFirstFailure() {
        Throttle t;
        t.fail(QStringLiteral("pat"), office);
        t.advance(14 * 60);
        t.fail(QStringLiteral("pat"), office, LoginThrottle::maxFailures - 1);
        LoginThrottle::Verdict verdict = t.throttle.check(QStringLiteral("pat"), office);
        QVERIFY(verdict.refused);
        QCOMPARE(verdict.retryAfterSeconds, 60);
        t.advance(60);
        verdict = t.throttle.check(QStringLiteral("pat"), office);
        QVERIFY(!verdict.refused);
        QCOMPARE(verdict.delayMs, 0);
    }

    void successClearsTheUsersCount() {
        Throttle t;
        t.fail(QStringLiteral("pat"), office, 6);
        QCOMPARE(t.throttle.check(QStringLiteral("pat"), office).delayMs, 2000);
        t.succeed(QStringLiteral("pat"), office);
        const LoginThrottle::Verdict verdict = t.throttle.check(QStringLiteral("pat"), office);
        QVERIFY(!verdict.refused);
        QCOMPARE(verdict.delayMs, 0);
        // Counting starts again from zero.
        t.fail(QStringLiteral("pat"), office, 3);
        QCOMPARE(t.throttle.check(QStringLiteral("pat"), office).delayMs, 250);
    }

    void oneUsersFailuresDoNotLockAnother() {
        Throttle t;
        t.fail(QStringLiteral("pat"), office, LoginThrottle::maxFailures);
        QVERIFY(t.throttle.check(QStringLiteral("pat"), office).refused);
        // A colleague at the same desk signs in as usual.
        const LoginThrottle::Verdict colleague = t.throttle.check(QStringLiteral("sam"), office);
        QVERIFY(!colleague.refused);
        QCOMPARE(colleague.delayMs, 0);
        // The locked username stays locked from any address, and whatever its case.
        QVERIFY(t.throttle.check(QStringLiteral("pat"), elsewhere).refused);
        QVERIFY(t.throttle.check(QStringLiteral("PAT"), elsewhere).refused);
        // A success of the colleague does not unlock pat.
        t.succeed(QStringLiteral("sam"), office);
        QVERIFY(t.throttle.check(QStringLiteral("pat"), office).refused);
    }

    void usernameCaseDoesNotEscapeTheCount() {
        Throttle t;
        t.fail(QStringLiteral("Pat"), office, 4);
        t.fail(QStringLiteral("PAT"), elsewhere, 4);
        t.fail(QStringLiteral("pat"), office, 2);
        QVERIFY(t.throttle.check(QStringLiteral("pat"), office).refused);
    }

    void addressTryingManyAccountsIsStopped_data() {
        QTest::addColumn<int>("accounts");
        QTest::addColumn<bool>("refused");
        // One failure per username: no username reaches its own limit.
        QTest::newRow("below the address limit") << LoginThrottle::maxFailures * 3 - 1 << false;
        QTest::newRow("at the address limit") << LoginThrottle::maxFailures * 3 << true;
    }
    void addressTryingManyAccountsIsStopped() {
        QFETCH(int, accounts);
        QFETCH(bool, refused);
        Throttle t;
        for (int i = 0; i < accounts; ++i)
            t.fail(QStringLiteral("user%1").arg(i), office);
        const LoginThrottle::Verdict fromOffice =
            t.throttle.check(QStringLiteral("newcomer"), office);
        QCOMPARE(fromOffice.refused, refused);
        if (refused)
            QCOMPARE(fromOffice.retryAfterSeconds, LoginThrottle::windowSeconds);
        else
            QCOMPARE(fromOffice.delayMs, 0); // the address alone does not slow a username
        // The same username from another address is not held back by the office's count.
        QVERIFY(!t.throttle.check(QStringLiteral("newcomer"), elsewhere).refused);
    }

    void guessesInFlightCountAsFailures() {
        Throttle t;
        // Ten guesses sent at once: each was allowed when checked, none has ended yet.
        for (int i = 0; i < LoginThrottle::maxFailures; ++i) {
            QVERIFY(!t.throttle.check(QStringLiteral("pat"), office).refused);
            t.throttle.started(QStringLiteral("pat"), office);
        }
        LoginThrottle::Verdict verdict = t.throttle.check(QStringLiteral("pat"), office);
        QVERIFY(verdict.refused);
        QVERIFY(verdict.retryAfterSeconds >= 1);
        // They turn out right: nothing is held against the user any more.
        for (int i = 0; i < LoginThrottle::maxFailures; ++i)
            t.throttle.succeeded(QStringLiteral("pat"), office);
        verdict = t.throttle.check(QStringLiteral("pat"), office);
        QVERIFY(!verdict.refused);
        QCOMPARE(verdict.delayMs, 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
