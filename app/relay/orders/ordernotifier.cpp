// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/orders/ordernotifier.h"

#include "app/relay/connections/connectionstore.h"
#include "app/relay/messaging/messageendpoint.h"
#include "app/relay/records/recordwriter.h"
#include "core/domain/money.h"
#include "core/logging.h"
#include "core/orders/orderstatemachine.h"

#include <QJsonArray>

namespace Switchboard {

using namespace Qt::StringLiterals;

OrderNotifier::OrderNotifier(Database *database, MessageEndpoint *messages, const SecretBox *box)
    : m_database(database)
    , m_messages(messages)
    , m_box(box) {}

QString OrderNotifier::statusWords(OrderStatus status, const QString &language) {
    const bool he = language == QLatin1String("he");
    switch (status) {
    case OrderStatus::Confirmed:
        return he ? u"אושרה"_s : u"confirmed"_s;
    case OrderStatus::Preparing:
        return he ? u"בהכנה"_s : u"being prepared"_s;
    case OrderStatus::Ready:
        return he ? u"מוכנה"_s : u"ready"_s;
    case OrderStatus::OutForDelivery:
        return he ? u"בדרך אליך"_s : u"on its way"_s;
    case OrderStatus::Delivered:
        return he ? u"נמסרה"_s : u"delivered"_s;
    case OrderStatus::Cancelled:
        return he ? u"בוטלה"_s : u"cancelled"_s;
    case OrderStatus::Pending:
        return he ? u"התקבלה"_s : u"received"_s;
    }
    return {};
}

QString OrderNotifier::text(const StoredOrder &stored, const QString &language) {
    const Order &order = stored.order;
    const bool he = language == QLatin1String("he");
    const QString number = QString::number(order.number);
    const QString total =
        QString::number(toMajorUnits(order.total), 'f', 2) + u' ' + order.currency;
    const QString reason = order.timeline.isEmpty() ? QString() : order.timeline.last().note;
    switch (order.status) {
    case OrderStatus::Confirmed:
        return he ? u"ההזמנה שלך מספר %1 אושרה. סה״כ לתשלום: %2."_s.arg(number, total)
                  : u"Your order #%1 is confirmed. Total: %2."_s.arg(number, total);
    case OrderStatus::Ready:
        if (order.deliveryType == DeliveryType::Delivery)
            return he ? u"ההזמנה שלך מספר %1 מוכנה ותצא אליך בקרוב."_s.arg(number)
                      : u"Your order #%1 is ready and will be on its way soon."_s.arg(number);
        return he ? u"ההזמנה שלך מספר %1 מוכנה לאיסוף."_s.arg(number)
                  : u"Your order #%1 is ready for pickup."_s.arg(number);
    case OrderStatus::OutForDelivery:
        return he ? u"ההזמנה שלך מספר %1 בדרך אליך."_s.arg(number)
                  : u"Your order #%1 is on its way."_s.arg(number);
    case OrderStatus::Delivered:
        return he ? u"ההזמנה שלך מספר %1 נמסרה. בתאבון!"_s.arg(number)
                  : u"Your order #%1 was delivered. Enjoy!"_s.arg(number);
    case OrderStatus::Cancelled:
        if (reason.isEmpty())
            return he ? u"ההזמנה שלך מספר %1 בוטלה."_s.arg(number)
                      : u"Your order #%1 was cancelled."_s.arg(number);
        return he ? u"ההזמנה שלך מספר %1 בוטלה: %2"_s.arg(number, reason)
                  : u"Your order #%1 was cancelled: %2"_s.arg(number, reason);
    case OrderStatus::Pending:
    case OrderStatus::Preparing:
        break;
    }
    return {};
}

void OrderNotifier::notify(const QString &tenantId, const StoredOrder &stored,
                           const TeamMember &author) {
    const Order &order = stored.order;
    if (!OrderStateMachine::customerVisible(order.status) || stored.waId.isEmpty() || !m_messages)
        return;
    const QString language =
        stored.language == QLatin1String("he") ? QStringLiteral("he") : QStringLiteral("en");
    QString phoneNumberId = stored.phoneNumberId;
    if (phoneNumberId.isEmpty()) {
        auto connection = ConnectionStore(*m_database, m_box).connection(tenantId);
        if (!connection || connection->numbers.isEmpty())
            return;
        phoneNumberId = connection->numbers.first().id;
    }
    auto conversation =
        RecordWriter(*m_database, tenantId).conversationWith(stored.waId, phoneNumberId);
    const bool inWindow =
        conversation && conversation->has_value() &&
        insideServiceWindow(conversation->value(), QDateTime::currentDateTimeUtc());
    QJsonObject body{{u"to"_s, stored.waId}, {u"phone_number_id"_s, phoneNumberId}};
    if (inWindow) {
        body.insert(u"type"_s, u"text"_s);
        body.insert(u"text"_s, QJsonObject{{u"body"_s, text(stored, language)}});
    } else {
        const QJsonArray parameters{
            QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, QString::number(order.number)}},
            QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, statusWords(order.status, language)}}};
        body.insert(u"type"_s, u"template"_s);
        body.insert(
            u"template"_s,
            QJsonObject{{u"name"_s, QLatin1String(templateName)},
                        {u"language"_s, QJsonObject{{u"code"_s, language}}},
                        {u"components"_s, QJsonArray{QJsonObject{{u"type"_s, u"body"_s},
                                                                 {u"parameters"_s, parameters}}}}});
    }
    const QByteArray key = "order:" + order.id.toUtf8() + ':' + toString(order.status).toUtf8();
    const QHttpServerResponse answer = m_messages->submit(tenantId, body, key, author);
    if (answer.statusCode() != QHttpServerResponse::StatusCode::Accepted)
        qCWarning(Log::relay).noquote()
            << "order" << order.id << "status" << toString(order.status)
            << "not sent to the customer:" << QString::fromUtf8(answer.data());
}

} // namespace Switchboard
