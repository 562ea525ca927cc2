// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/phonenumber.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Switchboard {

//! Whether a tenant can use WhatsApp: the contract's connection status.
enum class ConnectionStatus { NotConnected, Pending, Connected, NeedsReconnect, Disconnected };

//! Where onboarding is while status is Pending, so the console can show progress; the steps
//! follow the relay's signup completion in order.
enum class ConnectionStep {
    ExchangingCode,      //!< "exchanging_code": trading the signup code for a token
    ReadingAccount,      //!< "reading_account": reading the WABA and its numbers
    SubscribingWebhooks, //!< "subscribing_webhooks": subscribing the app to the WABA
    RegisteringNumber,   //!< "registering_number": registering the number for the Cloud API
    AwaitingCode,        //!< "awaiting_code": waiting for the SMS/voice code (verify-code)
};

//! A tenant's link to the WhatsApp Business Platform (contract: the connection object), answered
//! by GET …/connection and the signup and number routes, and synced as a "connection" event.
//! JSON fields: status, waba_id, business_id, numbers, reason, step.
struct Connection {
    ConnectionStatus status = ConnectionStatus::NotConnected; //!< required
    QString wabaId;
    QString businessId;
    QList<PhoneNumber> numbers;
    QString reason; //!< a sentence for a person: why it is NeedsReconnect or Disconnected
    std::optional<ConnectionStep> step; //!< empty (JSON null) when no onboarding is under way

    bool operator==(const Connection &) const = default;
};

QString toString(ConnectionStatus status);
std::optional<ConnectionStatus> parseConnectionStatus(QStringView text);
QString toString(ConnectionStep step);
std::optional<ConnectionStep> parseConnectionStep(QStringView text);

QJsonObject toJson(const Connection &connection);
Result<Connection> connectionFromJson(const QJsonObject &json);

} // namespace Switchboard
