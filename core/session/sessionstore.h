// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QSettings;

namespace Switchboard {

//! One business (relay tenant) the signed-in user belongs to, as the relay's login answer names it.
struct Business {
    QString id;
    QString name;
    QString role; //!< "owner", "admin" or "staff"

    //! Owners and admins connect numbers and edit the business; staff answer customers.
    bool canAdminister() const {
        return role == QLatin1String("owner") || role == QLatin1String("admin");
    }
    bool operator==(const Business &) const = default;
};

//! What the console remembers of a sign-in between runs: the relay address, the user name, the
//! businesses and which one was open, in QSettings (none of it secret); the session token only in
//! the OS keychain (QtKeychain, the Secret Service on Linux), under a key naming the relay and the
//! user so two relays or two users never share a token. The token is never written to QSettings,
//! a file or a log, and erasing it on sign-out removes it from the keychain.
//!
//! Keychain access is asynchronous (the Secret Service may ask the person to unlock it): the
//! token calls return futures that finish on this object's thread.
class SessionStore : public QObject {
    Q_OBJECT
public:
    //! `settings` outlives the store; `service` is the keychain's service name (tests use their
    //! own so they never touch a real session).
    explicit SessionStore(QSettings *settings,
                          QString service = QStringLiteral("org.switchboard.console"),
                          QObject *parent = nullptr);

    QUrl relayUrl() const;
    QString username() const;
    QList<Business> businesses() const;
    //! The business that was open last; when none was (or it is gone), the first one the user
    //! owns, else the first.
    QString currentBusinessId() const;
    std::optional<Business> business(const QString &id) const;

    //! After a sign-in: the relay, the user and their businesses (the token goes to storeToken()).
    void remember(const QUrl &relay, const QString &username, const QList<Business> &businesses);
    void setCurrentBusiness(const QString &id);

    //! The stored token of the remembered relay and user; an empty string when there is none.
    QFuture<Result<QString>> readToken();
    QFuture<Status> storeToken(const QString &token);
    //! Removes the token; succeeds when there was none.
    QFuture<Status> eraseToken();

    //! The keychain key of a relay and a user.
    static QString keychainKey(const QUrl &relay, const QString &username);

private:
    QSettings *m_settings;
    QString m_service;
};

} // namespace Switchboard
