// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Switchboard {

class Database;

//! Tenants, staff accounts, memberships and sessions of the relay.
//!
//! Passwords are kept as scrypt hashes and bearer tokens only as SHA-256 hashes, so a copy of the
//! database lets nobody sign in.
class AccountStore {
public:
    enum class Role { Owner, Admin, Staff };
    static QString roleName(Role role);
    static std::optional<Role> parseRole(const QString &name);

    struct Membership {
        QString tenantId;
        QString tenantName;
        Role role = Role::Staff;
    };
    struct User {
        QString id;
        QString username;
        QString passwordHash;
    };
    struct Session {
        QString userId;
        QString username;
        QDateTime expiresAt;
    };

    explicit AccountStore(Database &database);

    //! Creates a tenant with its event sequence; returns its id.
    Result<QString> createTenant(const QString &name);
    Result<bool> tenantExists(const QString &tenantId);

    //! Creates the user (or, when the username exists, adds the membership to the existing user
    //! after checking the password hash is not replaced). Returns the user id.
    Result<QString> createUser(const QString &tenantId, const QString &username, Role role,
                               const QString &passwordHash);
    Result<std::optional<User>> findUser(const QString &username);
    Result<std::vector<Membership>> memberships(const QString &userId);
    Result<std::optional<Role>> roleIn(const QString &userId, const QString &tenantId);
    //! The username of `userId` when that user is a member of `tenantId`; nothing otherwise (an
    //! unknown user and another tenant's user alike).
    Result<std::optional<QString>> memberName(const QString &userId, const QString &tenantId);
    struct Member {
        QString userId;
        QString username;
        Role role = Role::Staff;
    };
    //! Everyone of `tenantId`, by username.
    Result<std::vector<Member>> members(const QString &tenantId);

    Status createSession(const QByteArray &tokenHash, const QString &userId,
                         const QDateTime &expiresAt);
    //! The session of a token hash, when it exists and has not expired at `now`.
    Result<std::optional<Session>> session(const QByteArray &tokenHash, const QDateTime &now);
    Status deleteSession(const QByteArray &tokenHash);

private:
    Database &m_database;
};

} // namespace Switchboard
