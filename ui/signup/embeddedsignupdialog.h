// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;

namespace Switchboard {

class RelayClient;
class RelayReply;
class SignupBridge;
class SignupPopup;
class SignupWebPage;

//! Meta's Embedded Signup in a popup (ARCHITECTURE.md, "Onboarding"): starts signup at the relay
//! (`…/signup/start`), loads the relay's `/signup` page in a QWebEngineView with the state, the
//! session token and the language in the URL fragment, opens the page's `window.open` (FB.login's
//! dialog) as a real popup window in the same profile, and shows each step the page reports over
//! QWebChannel. WebEngine is created only when this dialog is, never at console start.
//!
//! The dialog accepts once the relay answered the completion with a connected connection; a
//! cancel or an error leaves the dialog open with the reason (the previous connection is never
//! touched: the relay changes nothing until completion succeeds), and closing it rejects.
//!
//! The web content lives in an off-the-record profile owned by the dialog: no cookie, cache or
//! storage of the session outlives it. The dialog's direction follows the application's
//! (QApplication::layoutDirection); the page's texts and direction follow `language`.
class EmbeddedSignupDialog : public QDialog {
    Q_OBJECT
public:
    //! `language` is "en" or "he" (the page's own texts and direction follow it).
    EmbeddedSignupDialog(RelayClient *client, QString tenantId, QString language,
                         QWidget *parent = nullptr);
    ~EmbeddedSignupDialog() override;

    //! The connection object the relay answered on success; empty before.
    QJsonObject connection() const;

    //! How long "Connected" stays on screen before the dialog accepts (default 1200 ms).
    void setAcceptDelayMs(int ms);

    // For tests and accessibility tooling: the live parts of the dialog.
    //! The relay's signup page; null until signup/start answered.
    QWebEnginePage *page() const;
    //! Meta's window while it is open, else null.
    QWidget *popupWindow() const;
    QWebEnginePage *popupPage() const;
    //! The steps shown so far, in the console's words, oldest first.
    QStringList progress() const;
    //! The line above the page: "Starting…", or what went wrong.
    QString statusText() const;
    bool isRetryOffered() const;

public Q_SLOTS:
    //! Asks the relay for a new signup (a new state) and loads the page again.
    void retry();

Q_SIGNALS:
    //! Each step the page reports ("ready", "launched", "code_received", "finished",
    //! "completing", "connected", "cancelled", "error", "failed"), with its detail.
    void stepReported(const QString &step, const QJsonObject &detail);
    //! The relay connected the number; `connection` is its connection object.
    void connected(const QJsonObject &connection);
    //! Meta's window opened (popupWindow() and popupPage() are set).
    void popupOpened();

protected:
    void done(int result) override;

private:
    void start();
    void onStarted();
    void loadPage(const QJsonObject &start);
    void ensureWebView();
    QWebEnginePage *openPopup();
    void closePopup();
    void onStep(const QString &step, const QJsonObject &detail);
    QString describe(const QString &step, const QJsonObject &detail) const;
    void addProgress(const QString &text);
    void showBusy(const QString &text);
    void showProblem(const QString &text);
    void showStatus(const QString &text);

    RelayClient *m_client;
    QString m_tenantId;
    QString m_language;
    QStringList m_secrets;
    QPointer<RelayReply> m_startReply;
    QJsonObject m_connection;
    QString m_lastStep;
    bool m_finished = false;

    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_retry = nullptr;
    QVBoxLayout *m_webArea = nullptr;
    QLabel *m_placeholder = nullptr;
    QListWidget *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_acceptTimer = nullptr;

    // Created on signup/start's answer; deleted in this order: popup, view, page, profile.
    QWebEngineProfile *m_profile = nullptr;
    SignupWebPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    SignupBridge *m_bridge = nullptr;
    QPointer<SignupPopup> m_popup;
    QList<QPointer<SignupPopup>> m_closingPopups; //!< closed, deleted on the next event turn
};

} // namespace Switchboard
