// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/connection.h"

#include "core/domain/phonenumber_p.h"
#include "core/domain/recordreader_p.h"

#include <QJsonArray>

namespace Switchboard {

using Need = RecordReader::Need;

QString toString(ConnectionStatus status) {
    switch (status) {
    case ConnectionStatus::NotConnected:
        return QStringLiteral("not_connected");
    case ConnectionStatus::Pending:
        return QStringLiteral("pending");
    case ConnectionStatus::Connected:
        return QStringLiteral("connected");
    case ConnectionStatus::NeedsReconnect:
        return QStringLiteral("needs_reconnect");
    case ConnectionStatus::Disconnected:
        return QStringLiteral("disconnected");
    }
    return {};
}

std::optional<ConnectionStatus> parseConnectionStatus(QStringView text) {
    return parseEnum<ConnectionStatus>(text);
}

QString toString(ConnectionStep step) {
    switch (step) {
    case ConnectionStep::ExchangingCode:
        return QStringLiteral("exchanging_code");
    case ConnectionStep::ReadingAccount:
        return QStringLiteral("reading_account");
    case ConnectionStep::SubscribingWebhooks:
        return QStringLiteral("subscribing_webhooks");
    case ConnectionStep::RegisteringNumber:
        return QStringLiteral("registering_number");
    case ConnectionStep::AwaitingCode:
        return QStringLiteral("awaiting_code");
    }
    return {};
}

std::optional<ConnectionStep> parseConnectionStep(QStringView text) {
    return parseEnum<ConnectionStep>(text);
}

QJsonObject toJson(const Connection &connection) {
    QJsonArray numbers;
    for (const PhoneNumber &number : connection.numbers)
        numbers.append(toJson(number));
    return {
        {QStringLiteral("status"), toString(connection.status)},
        {QStringLiteral("waba_id"), connection.wabaId},
        {QStringLiteral("business_id"), connection.businessId},
        {QStringLiteral("numbers"), numbers},
        {QStringLiteral("reason"), connection.reason},
        {QStringLiteral("step"),
         connection.step ? QJsonValue(toString(*connection.step)) : QJsonValue(QJsonValue::Null)},
    };
}

Result<Connection> connectionFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("connection"));
    Connection connection;
    connection.status = r.enumeration("status", Need::Required, ConnectionStatus::NotConnected);
    connection.wabaId = r.string("waba_id");
    connection.businessId = r.string("business_id");
    connection.numbers = r.list("numbers", readPhoneNumber);
    connection.reason = r.string("reason");
    connection.step = r.nullableEnumeration<ConnectionStep>("step");
    if (!r.ok())
        return r.error();
    return connection;
}

} // namespace Switchboard
