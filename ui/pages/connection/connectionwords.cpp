// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/connection/connectionwords.h"

#include "core/sync/relayreply.h"

#include <QLocale>
#include <QRegularExpression>

namespace Switchboard {

QString ConnectionWords::quality(const QString &rating) {
    if (rating == QLatin1String("GREEN"))
        return tr("High");
    if (rating == QLatin1String("YELLOW"))
        return tr("Medium");
    if (rating == QLatin1String("RED"))
        return tr("Low");
    if (rating.isEmpty() || rating == QLatin1String("NA") || rating == QLatin1String("UNKNOWN"))
        return tr("Not rated yet");
    return rating;
}

QString ConnectionWords::qualityAdvice(const QString &rating) {
    if (rating == QLatin1String("GREEN"))
        return tr("Customers are happy with your messages.");
    if (rating == QLatin1String("YELLOW"))
        return tr("Some customers blocked or reported your messages; send fewer, more relevant "
                  "ones.");
    if (rating == QLatin1String("RED"))
        return tr("Many customers blocked or reported your messages; Meta may lower your limit.");
    return tr("Meta rates a number after it has sent messages for a while.");
}

QColor ConnectionWords::qualityColor(const QString &rating) {
    if (rating == QLatin1String("GREEN"))
        return QColor(0x1e, 0x8e, 0x3e);
    if (rating == QLatin1String("YELLOW"))
        return QColor(0xf2, 0x99, 0x00);
    if (rating == QLatin1String("RED"))
        return QColor(0xd9, 0x30, 0x25);
    return QColor(0x80, 0x86, 0x8b);
}

QString ConnectionWords::qualityColorName(const QString &rating) {
    if (rating == QLatin1String("GREEN"))
        return tr("green");
    if (rating == QLatin1String("YELLOW"))
        return tr("yellow");
    if (rating == QLatin1String("RED"))
        return tr("red");
    return tr("grey");
}

QString ConnectionWords::tier(const QString &tier) {
    if (tier == QLatin1String("TIER_UNLIMITED"))
        return tr("Unlimited");
    if (tier.isEmpty() || tier == QLatin1String("TIER_NOT_SET"))
        return tr("Not set yet");
    static const QRegularExpression shape(QStringLiteral("^TIER_(\\d+)([KM]?)$"));
    const auto match = shape.match(tier);
    if (!match.hasMatch())
        return tier;
    qint64 customers = match.captured(1).toLongLong();
    if (match.captured(2) == QLatin1String("K"))
        customers *= 1000;
    else if (match.captured(2) == QLatin1String("M"))
        customers *= 1000000;
    return tr("%1 customers a day").arg(QLocale().toString(customers));
}

QString ConnectionWords::numberStatus(const QString &status) {
    if (status == QLatin1String("CONNECTED"))
        return tr("Connected");
    if (status == QLatin1String("PENDING") || status == QLatin1String("UNVERIFIED") ||
        status == QLatin1String("NOT_APPLICABLE"))
        return tr("Not registered yet");
    if (status == QLatin1String("DISCONNECTED"))
        return tr("Disconnected");
    if (status == QLatin1String("FLAGGED"))
        return tr("Flagged for low quality");
    if (status == QLatin1String("RESTRICTED"))
        return tr("Restricted: it can only answer customers for now");
    if (status == QLatin1String("RATE_LIMITED"))
        return tr("Sending too fast: Meta is slowing it down");
    if (status == QLatin1String("BANNED"))
        return tr("Banned by Meta");
    if (status == QLatin1String("MIGRATED"))
        return tr("Moved to another account");
    if (status == QLatin1String("DELETED"))
        return tr("Deleted");
    if (status.isEmpty() || status == QLatin1String("UNKNOWN"))
        return tr("Unknown");
    return status;
}

QString ConnectionWords::nameStatus(const QString &status) {
    if (status == QLatin1String("APPROVED"))
        return tr("Approved");
    if (status == QLatin1String("AVAILABLE_WITHOUT_REVIEW"))
        return tr("Usable, review pending");
    if (status == QLatin1String("PENDING_REVIEW"))
        return tr("Waiting for Meta's review");
    if (status == QLatin1String("DECLINED"))
        return tr("Declined by Meta");
    if (status == QLatin1String("EXPIRED"))
        return tr("Expired");
    if (status == QLatin1String("NONE"))
        return tr("Not reviewed");
    return status;
}

QString ConnectionWords::connectionStatus(const QString &status) {
    if (status == QLatin1String("connected"))
        return tr("Connected");
    if (status == QLatin1String("pending"))
        return tr("Being set up");
    if (status == QLatin1String("needs_reconnect"))
        return tr("Needs to be reconnected");
    if (status == QLatin1String("disconnected"))
        return tr("Disconnected");
    return tr("Not connected");
}

QString ConnectionWords::step(const QString &step) {
    if (step == QLatin1String("exchanging_code"))
        return tr("Confirming the sign-in with Meta…");
    if (step == QLatin1String("reading_account"))
        return tr("Reading your WhatsApp Business account…");
    if (step == QLatin1String("subscribing_webhooks"))
        return tr("Asking Meta to forward your messages…");
    if (step == QLatin1String("registering_number"))
        return tr("Registering the number: set its PIN below.");
    if (step == QLatin1String("awaiting_code"))
        return tr("Waiting for the code Meta sent: enter it below.");
    return {};
}

QString ConnectionWords::historyField(const QString &field) {
    if (field == QLatin1String("quality_rating"))
        return tr("Quality");
    if (field == QLatin1String("messaging_limit_tier"))
        return tr("Messaging limit");
    if (field == QLatin1String("status"))
        return tr("Number status");
    return field;
}

QString ConnectionWords::historyValue(const QString &field, const QString &value) {
    if (field == QLatin1String("quality_rating"))
        return quality(value);
    if (field == QLatin1String("messaging_limit_tier"))
        return tier(value);
    if (field == QLatin1String("status"))
        return numberStatus(value);
    return value;
}

int ConnectionWords::metaCode(const RelayError &error) {
    static const QRegularExpression code(QStringLiteral("Meta error (\\d+)"));
    const auto match = code.match(error.message);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString ConnectionWords::error(const RelayError &error) {
    if (error.code == QLatin1String("outside_service_window"))
        return tr("WhatsApp lets a business write freely only within 24 hours of the customer's "
                  "last message. Ask the person to send any message to your number first, then "
                  "try again.");
    if (error.code == QLatin1String("relay_unreachable"))
        return error.message;
    switch (metaCode(error)) {
    case 133005:
        return tr("The PIN does not match the two-step verification PIN this number already has. "
                  "Enter that PIN, or reset it in WhatsApp Manager.");
    case 133006:
        return tr("Meta needs the number verified again: request a code, enter it, then "
                  "register.");
    case 133008:
        return tr("Too many wrong PINs. Meta blocks new attempts for a while; try again later.");
    case 133009:
        return tr("PINs were tried too quickly. Wait a moment, then try again.");
    case 133010:
        return tr("The number is not registered yet: register it with a PIN.");
    case 133015:
        return tr("The number was deleted recently and Meta is still finishing. Wait five "
                  "minutes, then try again.");
    case 133016:
        return tr("This number was registered or deregistered more than 10 times in 72 hours. "
                  "Meta allows no more attempts until those 72 hours have passed.");
    case 133004:
        return tr("Meta's servers are temporarily unavailable. Try again in a few minutes.");
    default:
        break;
    }
    // The relay's sentence is core/meta's: Meta's reason and what to do about it.
    return error.message.isEmpty() ? tr("The relay refused: %1").arg(error.code) : error.message;
}

bool needsRegistration(const QString &numberStatus) {
    return numberStatus == QLatin1String("PENDING") ||
           numberStatus == QLatin1String("UNVERIFIED") ||
           numberStatus == QLatin1String("NOT_APPLICABLE");
}

} // namespace Switchboard
