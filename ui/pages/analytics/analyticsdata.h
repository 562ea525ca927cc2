// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Switchboard {

class Database;

//! What the Analytics page charts, read from a replica (its own read connection): orders per
//! hour of `today` (local time), revenue per day of the 30 days up to `today`, the products
//! ordered most (by quantity, over those 30 days), the median time customers waited for a first
//! answer per day (from a customer's message that opens their turn to the business's next
//! message in the conversation) and the orders by source. Cancelled orders count nowhere.
struct AnalyticsData {
    static constexpr int days = 30;

    QList<int> ordersByHour = QList<int>(24, 0);
    QList<double> revenueByDay = QList<double>(days, 0.0); //!< oldest first; last is today
    QString currency;
    //! Product (id, else the name the order gives) → quantity ordered, highest first, 8 at most.
    struct Product {
        QString id;
        QString name;
        int quantity = 0;
    };
    QList<Product> topProducts;
    //! Seconds per day, oldest first; nothing on a day without answered messages.
    QList<std::optional<qint64>> medianResponseByDay =
        QList<std::optional<qint64>>(days, std::nullopt);
    //! "whatsapp", "catalog", "manual" → orders over the 30 days.
    QMap<QString, int> ordersBySource;
    QDate today;

    static AnalyticsData read(Database &db, const QDate &today);
};

} // namespace Switchboard
