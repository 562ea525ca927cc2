// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Switchboard::Sandbox {

struct PhoneNumber;

//! Meta's webhook envelope (reference §6.2): {"object":"whatsapp_business_account",
//! "entry":[{"id":WABA,"time"?,"changes":[{"field","value"}]}]}.
class WebhookEnvelope {
public:
    //! A `messages` change for one business number; `value` gets messaging_product and metadata.
    static QJsonObject messages(const PhoneNumber &number, QJsonObject value);
    //! Any other field; these carry entry[].time.
    static QJsonObject field(const QString &wabaId, const QString &field, const QJsonObject &value,
                             qint64 timeSecs);
};

} // namespace Switchboard::Sandbox
