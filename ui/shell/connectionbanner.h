// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace Switchboard {

//! The banner above every page while the business's WhatsApp connection is broken
//! (`needs_reconnect`, or `disconnected` after having been connected): what happened, the
//! relay's reason, and for admins a "Reconnect" button; staff read that they should ask an admin.
//! Hidden whenever the connection works or was never made (the Connection page explains that).
class ConnectionBanner : public QFrame {
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    //! The connection record (the replica's, or the relay's answer) and the user's role.
    void setConnection(const QJsonObject &connection, bool canAdminister);

Q_SIGNALS:
    void reconnectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_reconnect;
    QJsonObject m_connection;
    bool m_canAdminister = false;
};

} // namespace Switchboard
