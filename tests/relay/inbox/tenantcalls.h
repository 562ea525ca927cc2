// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/accounts/accountstore.h"
#include "core/crypto/passwordhash.h"
#include "tests/relay/relayharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Switchboard::Test {

//! The inbox tests' side of the relay: a tenant's routes called as one member or another, the
//! answers' JSON, the tenant's events read back through GET …/events as a console does, and the
//! people of the harness's tenants (plus an admin of the Pizzeria).
class TenantCalls {
public:
    explicit TenantCalls(RelayHarness &relay)
        : m_relay(relay) {}

    static QByteArray json(const QJsonObject &object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static QString errorCode(const RelayHarness::Reply &reply) {
        return reply.json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }

    //! `path` below /api/v1/tenants/{tenant}; the Pizzeria when `tenant` is empty.
    QString path(const QString &path, const QString &tenant = {}) const {
        return QStringLiteral("/api/v1/tenants/%1")
                   .arg(tenant.isEmpty() ? m_relay.tenantId : tenant) +
               path;
    }
    RelayHarness::Reply call(const QByteArray &method, const QString &tenantPath,
                             const QString &token, const QJsonObject &body = {},
                             const QString &tenant = {}) {
        return m_relay.request(
            method, path(tenantPath, tenant),
            method == "GET" || method == "DELETE" ? QByteArray() : json(body),
            {{"Authorization", "Bearer " + token.toUtf8()}, {"Content-Type", "application/json"}});
    }

    //! The Pizzeria's events after `after`, through the route consoles use.
    QList<QJsonObject> events(const QString &token, qint64 after = 0) {
        const auto page =
            m_relay.get(path(QStringLiteral("/events?after=%1&limit=5000").arg(after)), token);
        QList<QJsonObject> events;
        for (const QJsonValue &event : page.json().value(QStringLiteral("events")).toArray())
            events << event.toObject();
        return events;
    }
    //! The Pizzeria's last seq so far.
    qint64 lastSeq(const QString &token) {
        const auto all = events(token);
        return all.isEmpty() ? 0 : all.last().value(QStringLiteral("seq")).toInteger();
    }
    //! Events of `type` after `after`.
    QList<QJsonObject> eventsOf(const QString &token, const QString &type, qint64 after) {
        QList<QJsonObject> matching;
        for (const QJsonObject &event : events(token, after)) {
            if (event.value(QStringLiteral("type")).toString() == type)
                matching << event;
        }
        return matching;
    }

    //! The relay's id of a user.
    QString userId(const QString &username) {
        auto db = m_relay.database().open();
        if (!db)
            return {};
        auto q = db->query(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username});
        return q && (*q)->next() ? (*q)->value(0).toString() : QString();
    }
    //! Adds "ada", an admin of the Pizzeria; returns her token.
    QString addAdmin() {
        auto db = m_relay.database().open();
        if (!db)
            return {};
        const QString hash =
            PasswordHash({10, 8, 1}).hash(QLatin1String(RelayHarness::password)).value();
        if (!AccountStore(*db).createUser(m_relay.tenantId, QStringLiteral("ada"),
                                          AccountStore::Role::Admin, hash))
            return {};
        return m_relay.login(QStringLiteral("ada"));
    }

private:
    RelayHarness &m_relay;
};

} // namespace Switchboard::Test
