// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Switchboard {

struct RelayError;

//! Meta's values of a connection (quality rating, messaging limit tier, number and name status,
//! error codes) in words a business owner understands, translated. A value Meta adds later is
//! shown as it is rather than hidden.
class ConnectionWords {
    Q_DECLARE_TR_FUNCTIONS(ConnectionWords)

public:
    //! GREEN → "High", YELLOW → "Medium", RED → "Low", NA/UNKNOWN/empty → "Not rated yet".
    static QString quality(const QString &rating);
    //! What the rating means for the business, one sentence.
    static QString qualityAdvice(const QString &rating);
    //! The rating's colour (grey for not rated), shown beside the words, never instead of them.
    static QColor qualityColor(const QString &rating);
    //! The colour's name, so the colour is said and not only shown ("green", "grey"…).
    static QString qualityColorName(const QString &rating);
    //! TIER_1K → "1,000 customers a day" (digits in the user's locale), TIER_UNLIMITED →
    //! "Unlimited".
    static QString tier(const QString &tier);
    //! Meta's number status: CONNECTED → "Connected", PENDING → "Not registered yet"…
    static QString numberStatus(const QString &status);
    //! Meta's review of the display name: APPROVED → "Approved"…; empty when Meta said nothing.
    static QString nameStatus(const QString &status);
    //! The connection object's status (not_connected, pending, connected…).
    static QString connectionStatus(const QString &status);
    //! A pending connection's step (exchanging_code, awaiting_code…).
    static QString step(const QString &step);
    //! The history's field names.
    static QString historyField(const QString &field);
    //! The value of a history row, for its field.
    static QString historyValue(const QString &field, const QString &value);

    //! Meta's code of a failed relay call: the relay's message carries "Meta error N" (its
    //! core/meta GraphError::describe()); 0 when there is none.
    static int metaCode(const RelayError &error);
    //! A relay error in words: a sentence of our own for the codes a person meets while
    //! registering or messaging, else the relay's own sentence (Meta's reason and advice).
    static QString error(const RelayError &error);
};

//! Whether a number (Meta's status) still has to be registered for the Cloud API.
bool needsRegistration(const QString &numberStatus);

} // namespace Switchboard
