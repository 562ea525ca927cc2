// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Switchboard {

class DesktopNotifier;
class NotificationSound;
class TrayPresence;
class Workspace;
struct ReplicaChange;

//! Tells the person about customers when they are not looking: keeps the tray's unread and
//! new-order counts current, and for each new customer message that arrives live (not history
//! read during a catch-up) shows a desktop notification, with a sound when chosen, unless the
//! window is in front or notifications are off.
class CustomerAlerts : public QObject {
    Q_OBJECT
public:
    CustomerAlerts(QWidget *window, TrayPresence *tray, DesktopNotifier *notifier,
                   QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setSoundEnabled(bool enabled) { m_soundEnabled = enabled; }
    NotificationSound *sound() const { return m_sound; }
    //! Notifications shown since the start (tests).
    int shown() const { return m_shown; }

Q_SIGNALS:
    //! The person clicked the notification of a conversation.
    void conversationRequested(const QString &conversationId);

private:
    void onChanged(const ReplicaChange &change);
    void updateCounts();

    QWidget *m_window;
    TrayPresence *m_tray;
    DesktopNotifier *m_notifier;
    QPointer<Workspace> m_workspace;
    NotificationSound *m_sound;
    bool m_soundEnabled = true;
    int m_shown = 0;
};

} // namespace Switchboard
