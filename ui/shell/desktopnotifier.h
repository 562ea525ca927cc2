// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace Switchboard {

//! Desktop notifications (on Linux the freedesktop org.freedesktop.Notifications service on the
//! session bus; platform code in desktopnotifier<platform>.cpp). Sends nothing when turned off.
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    //! Shows a notification; `key` groups them (a newer one for the same conversation replaces
    //! the older). Returns false when disabled or when no notification service answered.
    bool notify(const QString &key, const QString &summary, const QString &body);

Q_SIGNALS:
    //! The person clicked the notification of `key`.
    void activated(const QString &key);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);

private:
    bool send(const QString &key, const QString &summary, const QString &body);

    bool m_enabled = true;
    QHash<QString, uint> m_shown; //!< key → the service's notification id, to replace it
    QHash<uint, QString> m_keys;
};

} // namespace Switchboard
