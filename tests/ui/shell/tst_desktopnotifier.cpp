// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications reach the freedesktop notification service on the session bus: a real
// service (this test's own, on its own connection and thread, as a desktop's would be) receives
// what the console sends, a newer notification of the same conversation replaces the older, and
// nothing is sent when notifications are turned off.
#include "ui/shell/desktopnotifier.h"

#include "tests/support/notificationservice.h"

#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Test::NotificationService;

class TestDesktopNotifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_service.start(&error), qPrintable(error));
    }

    void aNotificationReachesTheServiceAndReplacesTheOlderOne() {
        DesktopNotifier notifier;
        QVERIFY(notifier.notify(u"conv_1"_s, u"Message from Dana"_s, u"Two margheritas?"_s));
        QVERIFY(notifier.notify(u"conv_1"_s, u"Message from Dana"_s, u"And a coke"_s));
        QVERIFY(notifier.notify(u"conv_2"_s, u"Message from נועה"_s, u"שלום"_s));
        const QList<NotificationService::Shown> shown = m_service.shown();
        QCOMPARE(shown.size(), 3);
        QCOMPARE(shown[0].summary, u"Message from Dana"_s);
        QCOMPARE(shown[0].replaces, 0u);
        QCOMPARE(shown[1].body, u"And a coke"_s);
        QVERIFY(shown[1].replaces != 0); // the same conversation's bubble is replaced
        QCOMPARE(shown[2].replaces, 0u);
        QCOMPARE(shown[2].body, u"שלום"_s);
    }

    void turnedOffSendsNothing() {
        DesktopNotifier notifier;
        notifier.setEnabled(false);
        const qsizetype before = m_service.shown().size();
        QVERIFY(!notifier.notify(u"conv_1"_s, u"Message from Dana"_s, u"Hello"_s));
        QCOMPARE(m_service.shown().size(), before);
    }

private:
    NotificationService m_service;
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
