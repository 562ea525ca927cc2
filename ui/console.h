// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/sessionstore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace Switchboard {

class ConversationsPage;
class CustomerAlerts;
class DesktopNotifier;
class Language;
class MainWindow;
class MenuPage;
class NewOrderAlarm;
class OrdersPage;
class RelayClient;
class SignInDialog;
class TrayPresence;
class Workspace;

//! The running console, from sign-in to the open business and back: resumes the session kept in
//! the keychain (the window shows the local replica at once, relay or not), asks to sign in when
//! there is none, opens the chosen business's Workspace, switches business without signing in
//! again, signs out (revoking the token at the relay and erasing it), and returns to sign-in
//! with the reason when the relay ends the session (a 401 anywhere), keeping replica and outbox.
class Console : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl relay;                      //!< --relay: sign in to this relay
        QString username;                //!< --user
        std::optional<QString> password; //!< read from stdin: signs in without a prompt
    };

    //! `dataDirectory` holds the replicas; `keychainService` names the keychain entries.
    Console(Language *language, QSettings *settings, QNetworkAccessManager *network,
            QString dataDirectory,
            QString keychainService = QStringLiteral("org.switchboard.console"),
            QObject *parent = nullptr);
    ~Console() override;

    void start(const Options &options);

    MainWindow *window() const { return m_window.get(); }
    Workspace *workspace() const { return m_workspace.get(); }
    RelayClient *client() const { return m_client.get(); }
    SessionStore *sessionStore() const { return m_store.get(); }
    CustomerAlerts *alerts() const { return m_alerts; }
    TrayPresence *tray() const { return m_tray; }
    NewOrderAlarm *orderAlarm() const { return m_orderAlarm; }
    OrdersPage *ordersPage() const;
    MenuPage *menuPage() const;
    //! The open business's Conversations page (nullptr when none is open).
    ConversationsPage *inbox() const;
    //! The sign-in dialog while one is open.
    SignInDialog *signInDialog() const { return m_signIn; }

Q_SIGNALS:
    //! A business is open (after a sign-in, a resumed session or a switch).
    void businessOpened(const QString &id);
    void signInShown();

private:
    void resume();
    void askToSignIn(const QString &reason, const std::optional<QString> &password = {});
    void onSignedIn(const QUrl &relay, const QString &username, const QString &token,
                    const QList<Business> &businesses);
    void startSession(const QString &token);
    void openBusiness(const QString &id);
    void closeBusiness();
    void signOut();
    void onSessionEnded(const QString &reason);

    Language *m_language;
    QSettings *m_settings;
    QNetworkAccessManager *m_network;
    QString m_dataDirectory;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RelayClient> m_client;
    std::unique_ptr<Workspace> m_workspace;
    TrayPresence *m_tray;
    DesktopNotifier *m_notifier;
    CustomerAlerts *m_alerts;
    NewOrderAlarm *m_orderAlarm;
    QPointer<SignInDialog> m_signIn;
    QPointer<ConversationsPage> m_inbox;
    QPointer<OrdersPage> m_ordersPage;
    QPointer<MenuPage> m_menuPage;
    Options m_options;
};

} // namespace Switchboard
