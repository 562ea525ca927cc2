// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Switchboard {

class BusinessProfileForm;
class ManualConnectionForm;
class RegistrationPanel;
class RelayClient;

//! The Connection page: the tenant's WhatsApp connection as the relay reports it, and what an
//! owner or admin can do about it. Not connected: what connecting does, Embedded Signup
//! ("Connect WhatsApp", EmbeddedSignupDialog) or the manual form. A number still to register:
//! the code and PIN steps. Connected: the number, its verified name and review, quality (in
//! words and colour), messaging limit, the history of quality, tier and status changes, the
//! business profile, a test message, reconnect and disconnect. Needs reconnect: why, and how.
//! Staff see the same facts without the controls that change them. Every relay call runs
//! asynchronously with the page marked busy; nothing blocks the UI thread.
class ConnectionPage : public QWidget {
    Q_OBJECT
public:
    //! `canAdminister`: the user is the tenant's owner or an admin. `language` ("en" or "he")
    //! is passed to the signup popup.
    ConnectionPage(RelayClient *client, QString tenantId, bool canAdminister, QString language,
                   QWidget *parent = nullptr);

    //! The connection object (relay contract), from a relay answer or the live sync.
    void setConnection(const QJsonObject &connection);
    const QJsonObject &connection() const { return m_connection; }
    //! Reads the connection, its history and the shown number's business profile again.
    void refresh();
    bool isBusy() const { return m_busy > 0; }

    //! How the page asks "disconnect?": returns true to go ahead. A QMessageBox by default;
    //! tests answer it themselves.
    using Confirmation = std::function<bool(const QString &question, const QString &detail)>;
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

Q_SIGNALS:
    //! The page is waiting for the relay (true) or no longer (false).
    void busyChanged(bool busy);
    //! A GET …/connection answered (refresh()), after the page showed it.
    void refreshed();
    //! The history table shows the relay's latest answer.
    void historyShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    //! Labels start at the page's leading edge, whatever the direction of their text.
    void alignTexts();
    QWidget *buildEmptyState();
    QWidget *buildReconnectBanner();
    QWidget *buildDetails();
    void setBusy(bool busy);
    void showNumber();
    void loadHistory();
    void showHistory(const QJsonArray &changes);
    QString numberLabel(const QString &phoneNumberId) const;
    QJsonObject selectedNumber() const;
    void openSignup();
    void disconnectNumber();
    void sendTestMessage();

    RelayClient *m_client;
    QString m_tenantId;
    bool m_canAdminister;
    QString m_language;
    QJsonObject m_connection;
    QString m_profileNumber; //!< the number whose business profile is shown
    int m_busy = 0;
    Confirmation m_confirm;

    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    // not connected, disconnected
    QWidget *m_emptyState;
    QLabel *m_emptyReason;
    QPushButton *m_connect = nullptr;
    QPushButton *m_manualToggle = nullptr;
    ManualConnectionForm *m_manualForm = nullptr;
    // needs reconnect
    QFrame *m_reconnectBanner;
    QLabel *m_reconnectReason;
    // pending, or a number to register
    QWidget *m_registration;
    QLabel *m_pendingStep;
    RegistrationPanel *m_registrationPanel;
    // connected
    QWidget *m_details;
    QComboBox *m_numberChoice;
    QLabel *m_numberChoiceLabel;
    QLabel *m_displayNumber;
    QLabel *m_verifiedName;
    QLabel *m_nameReview;
    QLabel *m_qualityDot;
    QLabel *m_quality;
    QLabel *m_tier;
    QLabel *m_numberStatus;
    QTableWidget *m_history;
    QLabel *m_historyEmpty;
    BusinessProfileForm *m_profile;
    QWidget *m_testMessage;
    QLineEdit *m_testRecipient;
    QPushButton *m_sendTest;
    QLabel *m_testOutcome;
    QPushButton *m_reconnect = nullptr;
    QPushButton *m_disconnect = nullptr;
    QLabel *m_actionOutcome;
};

} // namespace Switchboard
