// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Switchboard {

//! A person who wrote to (or was written to by) a tenant's number. The relay creates one the first
//! time a wa_id appears; staff edit name, tags, notes and opt-in (PATCH …/customers/{id}).
//! JSON fields: id, wa_id, phone, name, profile_name, tags, notes, opt_in, created_at.
//!
//! A customer's last activity is its conversations' last_message_at: keeping it here too would
//! append a customer event for every message, a third of all events a busy tenant streams.
struct Customer {
    QString id;    //!< required, the relay's id
    QString waId;  //!< required, WhatsApp id as Meta sends it: digits, no '+' ("972501234567")
    QString phone; //!< E.164 for display and for manual orders ("+972501234567")
    QString name;  //!< what staff call the customer; may be empty
    QString profileName; //!< the WhatsApp profile name Meta last reported; shown when name is empty
    QStringList tags;
    QString notes;
    bool optIn = false;  //!< agreed to receive marketing templates
    QDateTime createdAt; //!< null when unknown

    bool operator==(const Customer &) const = default;
};

QJsonObject toJson(const Customer &customer);
Result<Customer> customerFromJson(const QJsonObject &json);

} // namespace Switchboard
