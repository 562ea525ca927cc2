// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSettings;
class QSlider;

namespace Switchboard {

class Language;

//! The Settings page: the interface language (English, Hebrew or the system's, applied at once),
//! notifications and their sound, the new-order bell (on or muted, its volume) and printing
//! kitchen tickets on confirm, the relay, the signed-in user and business with "Sign out",
//! and About with the versions of what the console runs on. Choices are kept in QSettings.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    SettingsPage(Language *language, QSettings *settings, QWidget *parent = nullptr);

    void setSession(const QUrl &relay, const QString &username, const QString &business,
                    const QString &role);

    //! Keys in QSettings.
    static QString languageKey() { return QStringLiteral("ui/language"); }
    static QString notificationsKey() { return QStringLiteral("notifications/enabled"); }
    static QString soundKey() { return QStringLiteral("notifications/sound"); }
    //! Whether Enter sends a message (else Ctrl+Enter does and Enter starts a new line).
    static QString enterSendsKey() { return QStringLiteral("composer/enterSends"); }
    //! Whether the new-order bell rings (true) or only shows who waits (false).
    static QString orderAlarmKey() { return QStringLiteral("orders/alarm"); }
    //! The bell's volume, 0–100.
    static QString orderAlarmVolumeKey() { return QStringLiteral("orders/alarmVolume"); }
    //! Whether confirming an order prints its kitchen ticket.
    static QString autoPrintKey() { return QStringLiteral("orders/printOnConfirm"); }
    //! The language a stored choice stands for ("system" → the system's, when translated).
    static QString languageFor(const QString &choice);

Q_SIGNALS:
    void signOutRequested();
    void notificationsChanged(bool enabled);
    void soundChanged(bool enabled);
    void enterSendsChanged(bool enterSends);
    void orderAlarmChanged(bool rings);
    void orderAlarmVolumeChanged(int percent);
    void autoPrintChanged(bool enabled);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString roleInWords() const;

    Language *m_language;
    QSettings *m_settings;
    QLabel *m_title;
    QGroupBox *m_appearance;
    QLabel *m_languageLabel;
    QComboBox *m_languageChoice;
    QGroupBox *m_notifications;
    QCheckBox *m_notify;
    QCheckBox *m_sound;
    QCheckBox *m_enterSends;
    QGroupBox *m_orders;
    QCheckBox *m_alarm;
    QLabel *m_volumeLabel;
    QSlider *m_volume;
    QCheckBox *m_autoPrint;
    QGroupBox *m_account;
    QFormLayout *m_accountForm;
    QLabel *m_relay;
    QLabel *m_user;
    QLabel *m_business;
    QPushButton *m_signOut;
    QGroupBox *m_about;
    QLabel *m_versions;
    QString m_role;
};

} // namespace Switchboard
