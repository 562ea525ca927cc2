// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Switchboard {

class RelayClient;

//! The steps that register a business number for the Cloud API when signup did not: request a
//! code by SMS or voice call, enter the six-digit code, set a six-digit two-step verification
//! PIN (…/numbers/{pnid}/request-code, verify-code, register). Each step says what happened, or
//! Meta's reason in words.
class RegistrationPanel : public QWidget {
    Q_OBJECT
public:
    //! `language` ("en" or "he") chooses the language of Meta's SMS or call at first.
    RegistrationPanel(RelayClient *client, QString tenantId, const QString &language,
                      QWidget *parent = nullptr);

    //! The number to register (its id and display number) and the connection's step.
    void setNumber(const QString &phoneNumberId, const QString &displayNumber, const QString &step);
    void setEnabledForUser(bool canAdminister);

Q_SIGNALS:
    //! A step succeeded; `connection` is the relay's connection object after it.
    void connectionChanged(const QJsonObject &connection);
    void busyChanged(bool busy);

private:
    void run(const QString &route, const QJsonObject &body, const QString &success);
    void setBusy(bool busy);

    RelayClient *m_client;
    QString m_tenantId;
    QString m_phoneNumberId;
    bool m_canAdminister = false;
    QLabel *m_title;
    QComboBox *m_method;
    QComboBox *m_language;
    QPushButton *m_request;
    QLineEdit *m_code;
    QPushButton *m_verify;
    QLineEdit *m_pin;
    QPushButton *m_register;
    QLabel *m_outcome;
};

} // namespace Switchboard
