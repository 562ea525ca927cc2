// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/connections/connectionstore.h"

#include "app/relay/events/eventlog.h"
#include "app/relay/records/storedformat.h"
#include "core/crypto/secretbox.h"
#include "core/store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Switchboard {

ConnectionStore::ConnectionStore(Database &database, const SecretBox *box)
    : m_database(database)
    , m_box(box) {}

Result<Connection> ConnectionStore::connectNumber(const QString &tenantId, const QString &wabaId,
                                                  const PhoneNumber &number,
                                                  const QByteArray &accessToken) {
    const QString &phoneNumberId = number.id;
    if (wabaId.isEmpty() || phoneNumberId.isEmpty() || accessToken.trimmed().isEmpty())
        return Error{QStringLiteral("invalid_request"),
                     QStringLiteral("A WABA id, a phone number id and an access token are all "
                                    "required.")};
    auto owner = tenantForPhoneNumber(phoneNumberId);
    if (!owner)
        return owner.error();
    if (owner->has_value() && owner->value() != tenantId)
        return Error{QStringLiteral("number_taken"),
                     QStringLiteral("Phone number %1 is already connected to another tenant.")
                         .arg(phoneNumberId)};
    auto sealed = m_box->seal(accessToken.trimmed(), tenantId.toUtf8());
    if (!sealed)
        return sealed.error();

    return change(tenantId,
                  {
                      {QStringLiteral("DELETE FROM connections WHERE tenant_id = ?"), {tenantId}},
                      {QStringLiteral("INSERT INTO connections (tenant_id, status, waba_id, "
                                      "business_id, access_token_sealed, updated_at) VALUES (?, "
                                      "?, ?, ?, ?, ?)"),
                       {tenantId, toString(ConnectionStatus::Connected), wabaId, QString(),
                        sealed.value(), nowText()}},
                      // The connection is replaced whole, as signup replaces it: numbers of an
                      // earlier connection stop routing here.
                      {QStringLiteral("DELETE FROM phone_numbers WHERE tenant_id = ? OR id = ?"),
                       {tenantId, phoneNumberId}},
                      {QStringLiteral("INSERT INTO phone_numbers (id, tenant_id, waba_id, data) "
                                      "VALUES (?, ?, ?, ?)"),
                       {phoneNumberId, tenantId, wabaId, storedJson(toJson(number))}},
                  });
}

Result<Connection> ConnectionStore::change(const QString &tenantId,
                                           const std::vector<Change> &statements) {
    if (auto done = m_database.begin(); !done)
        return done.error();
    auto fail = [this](const Error &error) {
        m_database.rollback();
        return error;
    };
    if (auto locked = EventLog(m_database).lockTenant(tenantId); !locked)
        return fail(locked.error());
    for (const auto &[sql, bindings] : statements) {
        if (auto q = m_database.query(sql, bindings); !q)
            return fail(q.error());
    }
    auto full = this->connection(tenantId);
    if (!full)
        return fail(full.error());
    if (auto event = EventLog(m_database)
                         .append(tenantId, EventType::Connection, EventOp::Upsert,
                                 storedJson(toJson(full.value())));
        !event)
        return fail(event.error());
    if (auto done = m_database.commit(); !done)
        return done.error();
    return full;
}

Result<Connection> ConnectionStore::setProgress(const QString &tenantId, ConnectionStatus status,
                                                std::optional<ConnectionStep> step,
                                                const QString &reason) {
    const QVariant stepText = step ? QVariant(toString(*step)) : QVariant(QString());
    const QVariant reasonText = reason.isEmpty() ? QVariant(QString()) : QVariant(reason);
    return change(tenantId,
                  {
                      // A row exists from here on; the token and numbers it has stay.
                      {QStringLiteral("INSERT INTO connections (tenant_id, status, updated_at) "
                                      "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM connections "
                                      "WHERE tenant_id = ?)"),
                       {tenantId, toString(status), nowText(), tenantId}},
                      {QStringLiteral("UPDATE connections SET status = ?, step = ?, reason = ?, "
                                      "updated_at = ? WHERE tenant_id = ?"),
                       {toString(status), stepText, reasonText, nowText(), tenantId}},
                  });
}

Result<Connection> ConnectionStore::storeAccount(const QString &tenantId, const QString &wabaId,
                                                 const QString &businessId,
                                                 const QByteArray &accessToken,
                                                 const QList<PhoneNumber> &numbers,
                                                 ConnectionStep step) {
    std::vector<Change> statements;
    for (const PhoneNumber &number : numbers) {
        auto owner = tenantForPhoneNumber(number.id);
        if (!owner)
            return owner.error();
        if (owner->has_value() && owner->value() != tenantId)
            return Error{QStringLiteral("number_taken"),
                         QStringLiteral("Phone number %1 is already connected to another "
                                        "tenant.")
                             .arg(number.displayPhoneNumber.isEmpty() ? number.id
                                                                      : number.displayPhoneNumber)};
    }
    auto sealed = m_box->seal(accessToken, tenantId.toUtf8());
    if (!sealed)
        return sealed.error();
    statements.push_back({QStringLiteral("UPDATE connections SET status = ?, step = ?, waba_id = "
                                         "?, business_id = ?, access_token_sealed = ?, reason = "
                                         "NULL, updated_at = ? WHERE tenant_id = ?"),
                          {toString(ConnectionStatus::Pending), toString(step), wabaId, businessId,
                           sealed.value(), nowText(), tenantId}});
    // A reconnect may bring another WABA: numbers of the old one stop routing here.
    statements.push_back(
        {QStringLiteral("DELETE FROM phone_numbers WHERE tenant_id = ?"), {tenantId}});
    for (const PhoneNumber &number : numbers)
        statements.push_back({QStringLiteral("INSERT INTO phone_numbers (id, tenant_id, waba_id, "
                                             "data) VALUES (?, ?, ?, ?)"),
                              {number.id, tenantId, wabaId, storedJson(toJson(number))}});
    return change(tenantId, statements);
}

Result<Connection> ConnectionStore::tokenRefused(const QString &tenantId,
                                                 const QString &metaReason) {
    return setProgress(tenantId, ConnectionStatus::NeedsReconnect, std::nullopt,
                       QStringLiteral("Meta no longer accepts this tenant's access token: connect "
                                      "the number again. ") +
                           metaReason);
}

Result<Connection> ConnectionStore::updateNumber(const QString &tenantId,
                                                 const PhoneNumber &number) {
    return change(tenantId, {{QStringLiteral("UPDATE phone_numbers SET data = ? WHERE id = ? AND "
                                             "tenant_id = ?"),
                              {storedJson(toJson(number)), number.id, tenantId}}});
}

Status ConnectionStore::storePin(const QString &tenantId, const QByteArray &pin) {
    auto sealed = m_box->seal(pin, tenantId.toUtf8());
    if (!sealed)
        return sealed.error();
    auto q = m_database.query(
        QStringLiteral("UPDATE connections SET pin_sealed = ? WHERE tenant_id = ?"),
        {sealed.value(), tenantId});
    if (!q)
        return q.error();
    return success();
}

Result<QByteArray> ConnectionStore::pin(const QString &tenantId) {
    auto q = m_database.query(
        QStringLiteral("SELECT pin_sealed FROM connections WHERE tenant_id = ?"), {tenantId});
    if (!q)
        return q.error();
    if (!(*q)->next() || (*q)->value(0).isNull())
        return Error{QStringLiteral("no_pin"),
                     QStringLiteral("No two-step verification PIN is stored for this tenant.")};
    return m_box->open((*q)->value(0).toByteArray(), tenantId.toUtf8());
}

Result<Connection> ConnectionStore::disconnect(const QString &tenantId, const QString &reason) {
    return change(tenantId,
                  {
                      {QStringLiteral("UPDATE connections SET status = ?, step = NULL, "
                                      "access_token_sealed = NULL, pin_sealed = NULL, reason = ?, "
                                      "updated_at = ? WHERE tenant_id = ?"),
                       {toString(ConnectionStatus::Disconnected), reason, nowText(), tenantId}},
                      {QStringLiteral("DELETE FROM phone_numbers WHERE tenant_id = ?"), {tenantId}},
                  });
}

Result<Connection> ConnectionStore::connection(const QString &tenantId) {
    Connection connection;
    auto q = m_database.query(QStringLiteral("SELECT status, waba_id, business_id, reason, step "
                                             "FROM connections WHERE tenant_id = ?"),
                              {tenantId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return connection; // not_connected
    connection.status =
        parseConnectionStatus((*q)->value(0).toString()).value_or(ConnectionStatus::NotConnected);
    connection.wabaId = (*q)->value(1).toString();
    connection.businessId = (*q)->value(2).toString();
    connection.reason = (*q)->value(3).toString();
    connection.step = parseConnectionStep((*q)->value(4).toString());
    auto numbers = m_database.query(
        QStringLiteral("SELECT data FROM phone_numbers WHERE tenant_id = ? ORDER BY id"),
        {tenantId});
    if (!numbers)
        return numbers.error();
    while ((*numbers)->next()) {
        auto number = phoneNumberFromJson(
            QJsonDocument::fromJson((*numbers)->value(0).toString().toUtf8()).object());
        if (number)
            connection.numbers.append(number.value());
    }
    return connection;
}

Result<QByteArray> ConnectionStore::accessToken(const QString &tenantId) {
    auto q = m_database.query(
        QStringLiteral("SELECT access_token_sealed FROM connections WHERE tenant_id = ?"),
        {tenantId});
    if (!q)
        return q.error();
    if (!(*q)->next() || (*q)->value(0).isNull())
        return Error{QStringLiteral("not_connected"),
                     QStringLiteral("No WhatsApp number is connected to this tenant.")};
    return m_box->open((*q)->value(0).toByteArray(), tenantId.toUtf8());
}

Result<std::optional<QString>> ConnectionStore::tenantForPhoneNumber(const QString &phoneNumberId) {
    auto q = m_database.query(QStringLiteral("SELECT tenant_id FROM phone_numbers WHERE id = ?"),
                              {phoneNumberId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<QString>();
    return std::optional<QString>((*q)->value(0).toString());
}

Result<std::optional<QString>> ConnectionStore::tenantForWaba(const QString &wabaId) {
    auto q = m_database.query(
        QStringLiteral("SELECT tenant_id FROM connections WHERE waba_id = ? LIMIT 1"), {wabaId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<QString>();
    return std::optional<QString>((*q)->value(0).toString());
}

} // namespace Switchboard
