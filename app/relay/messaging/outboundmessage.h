// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/message.h"
#include "core/result.h"

#include <QJsonObject>

namespace Switchboard {

//! A message staff asked to send, checked and split into what Meta receives and what the relay
//! stores. The body is Meta's shape (`to`, `type` and the object of that type, optional
//! `context`), plus the relay's optional `phone_number_id`.
struct OutboundMessage {
    QString to;            //!< the customer's wa_id, digits only
    QString phoneNumberId; //!< empty: the tenant's first number
    QJsonObject payload;   //!< for Graph POST /{phone}/messages
    Message record;        //!< queued, outbound; ids filled when stored
    bool freeForm = true;  //!< false for templates, the only type allowed outside the window

    //! Errors are "invalid_message" with a sentence naming the field.
    static Result<OutboundMessage> parse(const QJsonObject &body);
};

} // namespace Switchboard
