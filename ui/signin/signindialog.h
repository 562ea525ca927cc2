// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/sessionstore.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;

namespace Switchboard {

class RelayClient;
class RelayReply;

//! The sign-in dialog: relay address, user name, password. It signs in at the relay itself
//! (POST /auth/login) and says what to do when that fails: a relay that cannot be reached, a
//! wrong password, too many attempts (with the wait), an untrusted certificate. Plain http:// is
//! accepted at once for a loopback relay and elsewhere only after the person confirms a warning.
//! On success it emits signedIn() and accepts; the password is forgotten as soon as the relay
//! answered and never leaves this dialog except in the request body.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~SignInDialog() override;

    //! Fills the fields (the remembered relay and user, or the command line's).
    void setRelayUrl(const QUrl &relay);
    void setUsername(const QString &username);
    //! Why the person is here again (a session that ended), shown above the fields.
    void setReason(const QString &reason);
    //! Signs in with these values as if typed and confirmed: the demo's path through the same code.
    void signIn(const QString &password);

    //! Whether `url` may be used without asking: https, or http to a loopback address.
    static bool isSafeWithoutWarning(const QUrl &url);
    //! The address the person typed, as the relay's base URL (http:// assumed when no scheme).
    static QUrl relayUrlFrom(const QString &typed);

Q_SIGNALS:
    void signedIn(const QUrl &relay, const QString &username, const QString &token,
                  const QList<Switchboard::Business> &businesses);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void onAnswer(RelayReply *reply, const QUrl &relay, const QString &username);
    void showError(const QString &message);
    void setBusy(bool busy);
    void retranslate();

    QNetworkAccessManager *m_network;
    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_reason;
    QLabel *m_relayLabel;
    QLineEdit *m_relay;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_error;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QPointer<RelayClient> m_client;
    QUrl m_confirmedInsecure; //!< an http:// relay the person agreed to use
};

} // namespace Switchboard
