// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Switchboard {

class RelayClient;

//! Connecting without Embedded Signup, for a business that already has a WhatsApp Business
//! account and an access token: POST …/connection/manual (the relay checks the token with Meta
//! first). The token is typed hidden and never kept after the call.
class ManualConnectionForm : public QWidget {
    Q_OBJECT
public:
    ManualConnectionForm(RelayClient *client, QString tenantId, QWidget *parent = nullptr);

Q_SIGNALS:
    //! The relay connected the number; `connection` is its connection object.
    void connected(const QJsonObject &connection);
    void busyChanged(bool busy);

private:
    void submit();

    RelayClient *m_client;
    QString m_tenantId;
    QLineEdit *m_token;
    QLineEdit *m_wabaId;
    QLineEdit *m_phoneNumberId;
    QPushButton *m_connect;
    QLabel *m_problem;
};

} // namespace Switchboard
