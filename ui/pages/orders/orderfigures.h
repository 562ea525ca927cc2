// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

//! Today's figures of the Orders page, worked out from the relay's Order records: how many
//! orders were taken on `day` (local time; cancelled ones not counted), what they come to, and
//! the average time from confirmed to ready of those that got there.
struct OrderFigures {
    int orders = 0;
    double revenue = 0; //!< major units, in `currency`
    QString currency;   //!< the currency of the day's orders (the tenant's)
    //! Seconds; nothing when no order of the day went from confirmed to ready yet.
    std::optional<qint64> confirmedToReady;

    static OrderFigures of(const QList<QJsonObject> &orders, const QDate &day);
};

} // namespace Switchboard
