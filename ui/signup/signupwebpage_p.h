// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWebEnginePage>

#include <functional>

namespace Switchboard {

//! The page of the signup view and of Meta's window. window.open() (FB.login's dialog) goes to
//! the dialog's factory, which returns a page of the same profile so that `window.opener`
//! reaches the signup page; without a factory a page opens nothing. The page's console goes to
//! the switchboard.ui.signup category with the session's secrets and anything shaped like a
//! token cut out, and never with its source URL (the signup page's URL carries the token).
class SignupWebPage : public QWebEnginePage {
    Q_OBJECT
public:
    using WindowFactory = std::function<QWebEnginePage *()>;

    //! `secrets` (the session token, the signup state) never reach the log.
    SignupWebPage(QWebEngineProfile *profile, QStringList secrets, QObject *parent = nullptr);

    void setWindowFactory(WindowFactory factory) { m_windowFactory = std::move(factory); }
    void setSecrets(const QStringList &secrets) { m_secrets = secrets; }

    //! `text` with the secrets, bearer tokens, token/code/state values and URL fragments removed.
    static QString redacted(QString text, const QStringList &secrets);

protected:
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceId) override;

private:
    QStringList m_secrets;
    WindowFactory m_windowFactory;
};

} // namespace Switchboard
