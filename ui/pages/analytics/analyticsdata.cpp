// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/analytics/analyticsdata.h"

#include "core/store/database.h"
#include "ui/models/replicareader.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace Switchboard {

AnalyticsData AnalyticsData::read(Database &db, const QDate &today) {
    AnalyticsData data;
    data.today = today;
    const QDate first = today.addDays(-(days - 1));
    // A day early in UTC: the local first day may start before it.
    const QString since = QDateTime(first.addDays(-1), QTime(0, 0), Qt::UTC).toString(Qt::ISODate);

    QHash<QString, Product> products;
    if (auto q = db.query(QStringLiteral("SELECT data FROM orders WHERE status <> 'cancelled' AND "
                                         "json_extract(data, '$.created_at') >= ?"),
                          {since})) {
        while ((*q)->next()) {
            const QJsonObject order =
                QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
            const QDateTime at =
                ReplicaReader::timestamp(order, QStringLiteral("created_at")).toLocalTime();
            const qint64 day = first.daysTo(at.date());
            if (day < 0 || day >= days)
                continue;
            data.revenueByDay[day] += order.value(QLatin1String("total")).toDouble();
            if (data.currency.isEmpty())
                data.currency = order.value(QLatin1String("currency")).toString();
            if (at.date() == today)
                ++data.ordersByHour[at.time().hour()];
            ++data.ordersBySource[order.value(QLatin1String("source")).toString()];
            for (const QJsonValue &value : order.value(QLatin1String("items")).toArray()) {
                const QJsonObject item = value.toObject();
                QString key = item.value(QLatin1String("product_id")).toString();
                const QString name = item.value(QLatin1String("name")).toString();
                if (key.isEmpty())
                    key = name;
                Product &product = products[key];
                product.id = item.value(QLatin1String("product_id")).toString();
                product.name = name;
                product.quantity += item.value(QLatin1String("quantity")).toInt(1);
            }
        }
    }
    data.topProducts = products.values();
    std::sort(data.topProducts.begin(), data.topProducts.end(),
              [](const Product &a, const Product &b) {
                  return a.quantity != b.quantity ? a.quantity > b.quantity : a.name < b.name;
              });
    if (data.topProducts.size() > 8)
        data.topProducts.resize(8);

    // First responses: walk each conversation's messages in time order (sorted here, on the
    // parsed times: stored texts with and without milliseconds do not sort as times).
    struct Said {
        QString conversation;
        bool inbound = false;
        QDateTime at;
    };
    QList<Said> said;
    if (auto q = db.query(QStringLiteral("SELECT conversation_id, direction, timestamp FROM "
                                         "messages WHERE timestamp >= ? AND type <> 'note'"),
                          {since})) {
        while ((*q)->next()) {
            Said one{(*q)->value(0).toString(),
                     (*q)->value(1).toString() == QLatin1String("inbound"),
                     QDateTime::fromString((*q)->value(2).toString(), Qt::ISODateWithMs)};
            if (one.at.isValid())
                said << one;
        }
    }
    std::stable_sort(said.begin(), said.end(), [](const Said &a, const Said &b) {
        return a.conversation != b.conversation ? a.conversation < b.conversation : a.at < b.at;
    });
    QList<QList<qint64>> waits(days);
    QString conversation;
    QDateTime waiting; // the customer's message that opened their turn, if unanswered
    for (const Said &one : std::as_const(said)) {
        if (one.conversation != conversation) {
            conversation = one.conversation;
            waiting = {};
        }
        if (one.inbound) {
            if (!waiting.isValid())
                waiting = one.at;
            continue;
        }
        if (!waiting.isValid())
            continue;
        const qint64 day = first.daysTo(waiting.toLocalTime().date());
        if (day >= 0 && day < days)
            waits[day] << waiting.secsTo(one.at);
        waiting = {};
    }
    for (int day = 0; day < days; ++day) {
        QList<qint64> &list = waits[day];
        if (list.isEmpty())
            continue;
        std::sort(list.begin(), list.end());
        const qsizetype middle = list.size() / 2;
        data.medianResponseByDay[day] =
            list.size() % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
    }
    return data;
}

} // namespace Switchboard
