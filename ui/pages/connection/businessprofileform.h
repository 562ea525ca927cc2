// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Switchboard {

class RelayClient;

//! The business profile customers see on WhatsApp (…/numbers/{pnid}/business-profile): about,
//! address, description, email and two websites. Read-only for staff; owners and admins edit
//! it and save, checked against Meta's limits before anything is sent (about 1–139 characters,
//! description 512, address 256, email 128, websites http(s)), and the relay's refusal shown
//! beside the form in words.
class BusinessProfileForm : public QWidget {
    Q_OBJECT
public:
    BusinessProfileForm(RelayClient *client, QString tenantId, bool canEdit,
                        QWidget *parent = nullptr);

    //! Reads the profile of `phoneNumberId` from the relay (Meta).
    void load(const QString &phoneNumberId);
    QString phoneNumberId() const { return m_phoneNumberId; }
    //! The first problem of the fields as typed, in words; empty when they can be saved.
    QString validationProblem() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    //! A load or save finished (tests and the page wait on it).
    void settled();

private:
    void showProfile(const QJsonObject &profile);
    void save();
    void setBusy(bool busy);
    void setMessage(const QString &text);

    RelayClient *m_client;
    QString m_tenantId;
    bool m_canEdit;
    QString m_phoneNumberId;
    QLineEdit *m_about;
    QLineEdit *m_address;
    QPlainTextEdit *m_description;
    QLineEdit *m_email;
    QLineEdit *m_website1;
    QLineEdit *m_website2;
    QLabel *m_vertical;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace Switchboard
