// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/accounts/accountstore.h"

#include "app/relay/events/eventlog.h"
#include "app/relay/records/recordid.h"
#include "app/relay/records/storedformat.h"
#include "core/store/database.h"

#include <QSqlQuery>

namespace Switchboard {

QString AccountStore::roleName(Role role) {
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Staff:
        break;
    }
    return QStringLiteral("staff");
}

std::optional<AccountStore::Role> AccountStore::parseRole(const QString &name) {
    for (Role role : {Role::Owner, Role::Admin, Role::Staff}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

AccountStore::AccountStore(Database &database)
    : m_database(database) {}

Result<QString> AccountStore::createTenant(const QString &name) {
    if (name.trimmed().isEmpty())
        return Error{QStringLiteral("invalid_name"), QStringLiteral("A tenant needs a name.")};
    const QString id = newId("tn_");
    if (auto done = m_database.begin(); !done)
        return done.error();
    auto inserted = m_database.query(
        QStringLiteral("INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)"),
        {id, name.trimmed(), nowText()});
    Status sequence = inserted ? EventLog(m_database).createSequence(id) : Status(inserted.error());
    if (!sequence) {
        m_database.rollback();
        return sequence.error();
    }
    if (auto done = m_database.commit(); !done)
        return done.error();
    return id;
}

Result<bool> AccountStore::tenantExists(const QString &tenantId) {
    auto q = m_database.query(QStringLiteral("SELECT 1 FROM tenants WHERE id = ?"), {tenantId});
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<QString> AccountStore::createUser(const QString &tenantId, const QString &username,
                                         Role role, const QString &passwordHash) {
    auto exists = tenantExists(tenantId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error{QStringLiteral("not_found"), QStringLiteral("No tenant %1.").arg(tenantId)};
    if (username.trimmed().isEmpty() || username.size() > 200)
        return Error{QStringLiteral("invalid_username"),
                     QStringLiteral("A username must be 1 to 200 characters.")};
    auto existing = findUser(username);
    if (!existing)
        return existing.error();
    QString userId;
    if (auto done = m_database.begin(); !done)
        return done.error();
    auto fail = [this](const Error &error) {
        m_database.rollback();
        return error;
    };
    if (existing->has_value()) {
        userId = existing->value().id;
    } else {
        userId = newId("us_");
        auto inserted =
            m_database.query(QStringLiteral("INSERT INTO users (id, username, "
                                            "password_hash, created_at) VALUES (?, ?, ?, ?)"),
                             {userId, username, passwordHash, nowText()});
        if (!inserted)
            return fail(inserted.error());
    }
    auto member = m_database.query(QStringLiteral("DELETE FROM memberships WHERE user_id = ? AND "
                                                  "tenant_id = ?"),
                                   {userId, tenantId});
    if (!member)
        return fail(member.error());
    member = m_database.query(
        QStringLiteral("INSERT INTO memberships (user_id, tenant_id, role) VALUES (?, ?, ?)"),
        {userId, tenantId, roleName(role)});
    if (!member)
        return fail(member.error());
    if (auto done = m_database.commit(); !done)
        return done.error();
    return userId;
}

Result<std::optional<AccountStore::User>> AccountStore::findUser(const QString &username) {
    auto q = m_database.query(
        QStringLiteral("SELECT id, username, password_hash FROM users WHERE username = ?"),
        {username});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<User>();
    return std::optional<User>(
        User{(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toString()});
}

Result<std::vector<AccountStore::Membership>> AccountStore::memberships(const QString &userId) {
    auto q = m_database.query(QStringLiteral("SELECT t.id, t.name, m.role FROM memberships m JOIN "
                                             "tenants t ON t.id = m.tenant_id WHERE m.user_id = ? "
                                             "ORDER BY t.name, t.id"),
                              {userId});
    if (!q)
        return q.error();
    std::vector<Membership> result;
    while ((*q)->next())
        result.push_back({(*q)->value(0).toString(), (*q)->value(1).toString(),
                          parseRole((*q)->value(2).toString()).value_or(Role::Staff)});
    return result;
}

Result<std::optional<AccountStore::Role>> AccountStore::roleIn(const QString &userId,
                                                               const QString &tenantId) {
    auto q = m_database.query(
        QStringLiteral("SELECT role FROM memberships WHERE user_id = ? AND tenant_id = ?"),
        {userId, tenantId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Role>();
    return parseRole((*q)->value(0).toString());
}

Result<std::optional<QString>> AccountStore::memberName(const QString &userId,
                                                        const QString &tenantId) {
    auto q = m_database.query(
        QStringLiteral("SELECT u.username FROM users u JOIN memberships m ON m.user_id = u.id "
                       "WHERE u.id = ? AND m.tenant_id = ?"),
        {userId, tenantId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<QString>();
    return std::optional<QString>((*q)->value(0).toString());
}

Result<std::vector<AccountStore::Member>> AccountStore::members(const QString &tenantId) {
    auto q = m_database.query(
        QStringLiteral("SELECT u.id, u.username, m.role FROM users u JOIN memberships m ON "
                       "m.user_id = u.id WHERE m.tenant_id = ? ORDER BY u.username"),
        {tenantId});
    if (!q)
        return q.error();
    std::vector<Member> all;
    while ((*q)->next())
        all.push_back({(*q)->value(0).toString(), (*q)->value(1).toString(),
                       parseRole((*q)->value(2).toString()).value_or(Role::Staff)});
    return all;
}

Status AccountStore::createSession(const QByteArray &tokenHash, const QString &userId,
                                   const QDateTime &expiresAt) {
    auto q =
        m_database.query(QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, "
                                        "expires_at) VALUES (?, ?, ?, ?)"),
                         {QString::fromLatin1(tokenHash.toHex()), userId, nowText(),
                          expiresAt.toUTC().toString(Qt::ISODateWithMs)});
    if (!q)
        return q.error();
    return success();
}

Result<std::optional<AccountStore::Session>> AccountStore::session(const QByteArray &tokenHash,
                                                                   const QDateTime &now) {
    auto q = m_database.query(QStringLiteral("SELECT s.user_id, u.username, s.expires_at FROM "
                                             "sessions s JOIN users u ON u.id = s.user_id WHERE "
                                             "s.token_hash = ?"),
                              {QString::fromLatin1(tokenHash.toHex())});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Session>();
    Session session{(*q)->value(0).toString(), (*q)->value(1).toString(),
                    QDateTime::fromString((*q)->value(2).toString(), Qt::ISODateWithMs)};
    if (!session.expiresAt.isValid() || session.expiresAt <= now)
        return std::optional<Session>();
    return std::optional<Session>(session);
}

Status AccountStore::deleteSession(const QByteArray &tokenHash) {
    auto q = m_database.query(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"),
                              {QString::fromLatin1(tokenHash.toHex())});
    if (!q)
        return q.error();
    return success();
}

} // namespace Switchboard
