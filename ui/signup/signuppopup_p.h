// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace Switchboard {

class SignupWebPage;

//! Meta's window (FB.login's window.open) as a top-level window of its own beside the signup
//! dialog, in the dialog's profile. It closes when its page asks to (window.close() after the
//! person finished or cancelled); a person closing it first is reported as closedByPerson().
class SignupPopup : public QWidget {
    Q_OBJECT
public:
    SignupPopup(QWebEngineProfile *profile, const QStringList &secrets, QWidget *parent);
    ~SignupPopup() override;

    SignupWebPage *page() const { return m_page; }
    //! Closes without reporting closedByPerson() (the dialog replaces or ends the popup).
    void closeQuietly();

Q_SIGNALS:
    void closedByPerson();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    SignupWebPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    bool m_quiet = false;
};

} // namespace Switchboard
