// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QString>

namespace Switchboard {

class RelayClient;

//! Meta's Embedded Signup in a popup (ARCHITECTURE.md, "Onboarding"): starts signup at the relay
//! (`…/signup/start`), loads the relay's `/signup` page in a QWebEngineView with the state, the
//! session token and the language in the URL fragment, opens the page's `window.open` (FB.login's
//! dialog) as a real popup window in the same profile, and shows each step the page reports over
//! QWebChannel. WebEngine is created only when this dialog is, never at console start.
//!
//! The dialog accepts once the relay answered the completion with a connected connection; a
//! cancel or an error leaves the dialog open with the reason (the previous connection is never
//! touched: the relay changes nothing until completion succeeds), and closing it rejects.
class EmbeddedSignupDialog : public QDialog {
    Q_OBJECT
public:
    //! `language` is "en" or "he" (the page's own texts and direction follow it).
    EmbeddedSignupDialog(RelayClient *client, QString tenantId, QString language,
                         QWidget *parent = nullptr);
    ~EmbeddedSignupDialog() override;

    //! The connection object the relay answered on success; empty before.
    QJsonObject connection() const;

Q_SIGNALS:
    //! Each step the page reports ("ready", "launched", "code_received", "finished",
    //! "completing", "connected", "cancelled", "error", "failed"), with its detail.
    void stepReported(const QString &step, const QJsonObject &detail);
    //! The relay connected the number; `connection` is its connection object.
    void connected(const QJsonObject &connection);
};

} // namespace Switchboard
