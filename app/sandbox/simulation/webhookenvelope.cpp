// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/simulation/webhookenvelope.h"

#include "app/sandbox/state/accountdirectory.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

QJsonObject envelope(QJsonObject entry, const QString &field, const QJsonObject &value) {
    entry.insert(u"changes"_s, QJsonArray{QJsonObject{{u"field"_s, field}, {u"value"_s, value}}});
    return QJsonObject{{u"object"_s, u"whatsapp_business_account"_s},
                       {u"entry"_s, QJsonArray{entry}}};
}

} // namespace

QJsonObject WebhookEnvelope::messages(const PhoneNumber &number, QJsonObject value) {
    value.insert(u"messaging_product"_s, u"whatsapp"_s);
    value.insert(u"metadata"_s, QJsonObject{{u"display_phone_number"_s, number.displayDigits()},
                                            {u"phone_number_id"_s, number.id}});
    return envelope(QJsonObject{{u"id"_s, number.wabaId}}, u"messages"_s, value);
}

QJsonObject WebhookEnvelope::field(const QString &wabaId, const QString &field,
                                   const QJsonObject &value, qint64 timeSecs) {
    return envelope(QJsonObject{{u"id"_s, wabaId}, {u"time"_s, timeSecs}}, field, value);
}

} // namespace Switchboard::Sandbox
