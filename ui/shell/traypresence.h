// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Switchboard {

//! The console in the system tray: the icon with a badge of unread conversations, a tooltip
//! with the unread and new-order counts, and a menu to show the window or quit. Does nothing on
//! a desktop without a tray.
class TrayPresence : public QObject {
    Q_OBJECT
public:
    explicit TrayPresence(QObject *parent = nullptr);
    ~TrayPresence() override;

    void setCounts(qint64 unreadConversations, qint64 newOrders);
    //! The tooltip as shown (also when no tray is there to show it).
    QString summary() const { return m_summary; }

Q_SIGNALS:
    void showRequested();
    void quitRequested();

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_show = nullptr;
    QAction *m_quit = nullptr;
    qint64 m_unread = 0;
    qint64 m_orders = 0;
    QString m_summary;
};

} // namespace Switchboard
