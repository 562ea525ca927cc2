// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVariantMap>

namespace Switchboard::Test {

//! The freedesktop notification service as a desktop provides it: registered on the session bus
//! under org.freedesktop.Notifications, on a bus connection and a thread of its own, recording
//! every notification it is asked to show. Tests that start one share the name on the bus, so
//! they take ctest's RESOURCE_LOCK "notification-service".
class NotificationService : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown {
        uint replaces;
        QString summary;
        QString body;
    };

    NotificationService() = default;
    ~NotificationService() override;

    //! Takes the name on the session bus; false (with the reason in `error`) when it cannot.
    bool start(QString *error);
    QList<Shown> shown() const;

public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString &application, uint replaces, const QString &icon,
                             const QString &summary, const QString &body,
                             const QStringList &actions, const QVariantMap &hints, int timeout);

private:
    void stop();

    QThread m_thread;
    mutable QMutex m_mutex;
    QList<Shown> m_shown;
    bool m_started = false;
};

} // namespace Switchboard::Test
