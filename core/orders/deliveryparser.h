// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"
#include "core/orders/tokenizer.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Switchboard {

//! How and when the customer wants the order, as far as the message says.
struct DeliveryDetails {
    std::optional<DeliveryType> type;
    QString address; //!< as written ("herzl 15 tel aviv", "רחוב הרצל 15 תל אביב")
    bool hasTime = false;
    int hour = 0; //!< as said: 7 for "at 7", 19 for "19:30"
    int minute = 0;
    bool morning = false; //!< "am", "בבוקר"
    bool evening = false; //!< "pm", "tonight", "בערב"
    int dayOffset = 0;    //!< 1 for "tomorrow", "מחר"
    int inMinutes = -1;   //!< "in 20 minutes", "בעוד חצי שעה"

    bool any() const { return type || !address.isEmpty() || hasTime || inMinutes >= 0; }
    //! The requested time as a moment after the message: "at 7" sent at 17:00 is 19:00 that
    //! day, sent at 06:00 it is 07:00; invalid when no time was said.
    QDateTime resolve(const QDateTime &sentAt) const;
};

//! Reads delivery or pickup, the address ("delivery to Herzl 15", "משלוח לרחוב הרצל 15 תל אביב",
//! "address: …") and the time ("at 7", "19:30", "ב-19:30", "בשבע וחצי", "in 20 minutes",
//! "tomorrow at 8") out of a tokenized message, and marks the tokens it used so they are not
//! read as quantities or items.
class DeliveryParser {
public:
    static DeliveryDetails parse(QStringView message, const QList<Token> &tokens,
                                 QList<bool> &taken);
};

} // namespace Switchboard
