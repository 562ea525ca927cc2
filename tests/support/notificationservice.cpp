// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/notificationservice.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QMutexLocker>

namespace Switchboard::Test {

namespace {
const QString connectionName = QStringLiteral("notification-service");
} // namespace

NotificationService::~NotificationService() {
    stop();
}

bool NotificationService::start(QString *error) {
    if (!QDBusConnection::sessionBus().isConnected()) {
        *error = QStringLiteral("a D-Bus session is needed (./packaging/dev.sh test gives one)");
        return false;
    }
    m_thread.start();
    moveToThread(&m_thread);
    m_started = true;
    bool registered = false;
    QMetaObject::invokeMethod(
        this,
        [this, &registered] {
            QDBusConnection bus =
                QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
            registered = bus.registerService(QStringLiteral("org.freedesktop.Notifications")) &&
                         bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                            QDBusConnection::ExportScriptableSlots);
        },
        Qt::BlockingQueuedConnection);
    if (!registered)
        *error = QStringLiteral("another notification service holds the name on this bus");
    return registered;
}

void NotificationService::stop() {
    if (!m_started)
        return;
    QThread *home = QCoreApplication::instance()->thread();
    QMetaObject::invokeMethod(
        this,
        [this, home] {
            QDBusConnection::disconnectFromBus(connectionName);
            moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_started = false;
}

QList<NotificationService::Shown> NotificationService::shown() const {
    QMutexLocker lock(&m_mutex);
    return m_shown;
}

uint NotificationService::Notify(const QString &, uint replaces, const QString &,
                                 const QString &summary, const QString &body, const QStringList &,
                                 const QVariantMap &, int) {
    QMutexLocker lock(&m_mutex);
    m_shown.append({replaces, summary, body});
    return replaces ? replaces : uint(m_shown.size());
}

} // namespace Switchboard::Test
