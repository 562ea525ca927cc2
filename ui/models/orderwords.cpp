// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/orderwords.h"

#include <QJsonArray>
#include <QStringList>

namespace Switchboard {

QString OrderWords::statusName(OrderStatus status) {
    switch (status) {
    case OrderStatus::Pending:
        return tr("Pending");
    case OrderStatus::Confirmed:
        return tr("Confirmed");
    case OrderStatus::Preparing:
        return tr("Preparing");
    case OrderStatus::Ready:
        return tr("Ready");
    case OrderStatus::OutForDelivery:
        return tr("Out for delivery");
    case OrderStatus::Delivered:
        return tr("Delivered");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString OrderWords::statusName(const QString &status) {
    const auto parsed = parseOrderStatus(status);
    return parsed ? statusName(*parsed) : status;
}

QString OrderWords::action(OrderStatus status) {
    switch (status) {
    case OrderStatus::Pending:
        return tr("Back to pending");
    case OrderStatus::Confirmed:
        return tr("Confirm");
    case OrderStatus::Preparing:
        return tr("Start preparing");
    case OrderStatus::Ready:
        return tr("Mark ready");
    case OrderStatus::OutForDelivery:
        return tr("Send out for delivery");
    case OrderStatus::Delivered:
        return tr("Mark delivered");
    case OrderStatus::Cancelled:
        return tr("Cancel order…");
    }
    return {};
}

QString OrderWords::deliveryName(const QString &deliveryType) {
    if (deliveryType == QLatin1String("delivery"))
        return tr("Delivery");
    if (deliveryType == QLatin1String("pickup"))
        return tr("Pickup");
    return tr("Not said yet");
}

QString OrderWords::sourceName(const QString &source) {
    if (source == QLatin1String("whatsapp"))
        return tr("Message");
    if (source == QLatin1String("catalog"))
        return tr("Catalog");
    if (source == QLatin1String("manual"))
        return tr("Manual");
    return source;
}

QString OrderWords::itemsLine(const QJsonObject &order) {
    QStringList parts;
    for (const QJsonValue &value : order.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        QString part = tr("%1× %2")
                           .arg(item.value(QLatin1String("quantity")).toInt(1))
                           .arg(item.value(QLatin1String("name")).toString());
        QStringList variants;
        for (const QJsonValue &variant : item.value(QLatin1String("variants")).toArray())
            variants << variant.toString();
        if (!variants.isEmpty())
            part += QStringLiteral(" (%1)").arg(variants.join(QStringLiteral(", ")));
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QString OrderWords::customerName(const QJsonObject &order) {
    const QJsonObject customer = order.value(QLatin1String("customer")).toObject();
    const QString name = customer.value(QLatin1String("name")).toString();
    return name.isEmpty() ? customer.value(QLatin1String("phone")).toString() : name;
}

} // namespace Switchboard
