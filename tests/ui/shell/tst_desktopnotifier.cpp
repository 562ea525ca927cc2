// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications reach the freedesktop notification service on the session bus: a real
// service (this test's own, on its own connection and thread, as a desktop's would be) receives
// what the console sends, a newer notification of the same conversation replaces the older, and
// nothing is sent when notifications are turned off.
#include "ui/shell/desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMutex>
#include <QTest>
#include <QThread>

using namespace Switchboard;
using namespace Qt::StringLiterals;

namespace {

struct Shown {
    uint replaces;
    QString summary;
    QString body;
};

//! The notification service, as a desktop provides it.
class NotificationService : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QMutex mutex;
    QList<Shown> shown;

public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString &, uint replaces, const QString &,
                             const QString &summary, const QString &body, const QStringList &,
                             const QVariantMap &, int) {
        QMutexLocker lock(&mutex);
        shown.append({replaces, summary, body});
        return replaces ? replaces : uint(shown.size());
    }
};

} // namespace

class TestDesktopNotifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "a D-Bus session is needed (./packaging/dev.sh test gives one)");
        m_thread.start();
        m_service.moveToThread(&m_thread);
        bool registered = false;
        QMetaObject::invokeMethod(
            &m_service,
            [this, &registered] {
                QDBusConnection bus =
                    QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"service"_s);
                registered = bus.registerService(u"org.freedesktop.Notifications"_s) &&
                             bus.registerObject(u"/org/freedesktop/Notifications"_s, &m_service,
                                                QDBusConnection::ExportScriptableSlots);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY2(registered, "another notification service holds the name on this bus");
    }
    void cleanupTestCase() {
        QMetaObject::invokeMethod(
            &m_service,
            [this] {
                QDBusConnection::disconnectFromBus(u"service"_s);
                m_service.moveToThread(qApp->thread());
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void aNotificationReachesTheServiceAndReplacesTheOlderOne() {
        DesktopNotifier notifier;
        QVERIFY(notifier.notify(u"conv_1"_s, u"Message from Dana"_s, u"Two margheritas?"_s));
        QVERIFY(notifier.notify(u"conv_1"_s, u"Message from Dana"_s, u"And a coke"_s));
        QVERIFY(notifier.notify(u"conv_2"_s, u"Message from נועה"_s, u"שלום"_s));
        QMutexLocker lock(&m_service.mutex);
        QCOMPARE(m_service.shown.size(), 3);
        QCOMPARE(m_service.shown[0].summary, u"Message from Dana"_s);
        QCOMPARE(m_service.shown[0].replaces, 0u);
        QCOMPARE(m_service.shown[1].body, u"And a coke"_s);
        QVERIFY(m_service.shown[1].replaces != 0); // the same conversation's bubble is replaced
        QCOMPARE(m_service.shown[2].replaces, 0u);
        QCOMPARE(m_service.shown[2].body, u"שלום"_s);
    }

    void turnedOffSendsNothing() {
        DesktopNotifier notifier;
        notifier.setEnabled(false);
        const int before = [this] {
            QMutexLocker lock(&m_service.mutex);
            return int(m_service.shown.size());
        }();
        QVERIFY(!notifier.notify(u"conv_1"_s, u"Message from Dana"_s, u"Hello"_s));
        QMutexLocker lock(&m_service.mutex);
        QCOMPARE(int(m_service.shown.size()), before);
    }

private:
    QThread m_thread;
    NotificationService m_service;
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
