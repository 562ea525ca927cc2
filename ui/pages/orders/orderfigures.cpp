// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/orders/orderfigures.h"

#include "ui/models/replicareader.h"

#include <QDateTime>
#include <QJsonArray>

namespace Switchboard {

namespace {

//! When the order first reached `status`, from its timeline.
QDateTime reached(const QJsonObject &order, QLatin1String status) {
    for (const QJsonValue &value : order.value(QLatin1String("timeline")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("status")).toString() == status)
            return ReplicaReader::timestamp(entry, QStringLiteral("at"));
    }
    return {};
}

} // namespace

OrderFigures OrderFigures::of(const QList<QJsonObject> &orders, const QDate &day) {
    OrderFigures figures;
    qint64 readySeconds = 0;
    int readyCount = 0;
    for (const QJsonObject &order : orders) {
        const QDateTime created = ReplicaReader::timestamp(order, QStringLiteral("created_at"));
        if (!created.isValid() || created.toLocalTime().date() != day)
            continue;
        if (order.value(QLatin1String("status")).toString() == QLatin1String("cancelled"))
            continue;
        ++figures.orders;
        figures.revenue += order.value(QLatin1String("total")).toDouble();
        if (figures.currency.isEmpty())
            figures.currency = order.value(QLatin1String("currency")).toString();
        const QDateTime confirmed = reached(order, QLatin1String("confirmed"));
        const QDateTime ready = reached(order, QLatin1String("ready"));
        if (confirmed.isValid() && ready.isValid() && ready >= confirmed) {
            readySeconds += confirmed.secsTo(ready);
            ++readyCount;
        }
    }
    if (readyCount > 0)
        figures.confirmedToReady = readySeconds / readyCount;
    return figures;
}

} // namespace Switchboard
