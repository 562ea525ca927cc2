// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/menu/productstore.h"
#include "core/domain/order.h"
#include "core/result.h"

#include <QJsonArray>
#include <QList>

namespace Switchboard {

//! Order lines staff type (a manual order, an edit), priced from the menu as it is now; once in an
//! order a line keeps its price, whatever the menu does later.
//!
//! A line names a product by `product_id` or `sku`, with `quantity` (default 1), `variants` (the
//! chosen options' labels, English or Hebrew) and `notes`; its unit price is the product's price
//! plus the options' deltas. A line that is not on the menu gives `name` and `unit_price`.
class OrderPricing {
public:
    explicit OrderPricing(QList<MenuProduct> menu);

    //! `kept`: lines of the order being edited; an edited line equal to one of them (product,
    //! options, quantity aside) keeps its unit price. Errors: "invalid_field" naming the line
    //! ("items[1].sku: no product has the SKU P9").
    Result<QList<Order::OrderItem>> price(const QJsonArray &items,
                                          const QList<Order::OrderItem> &kept = {}) const;
    //! The currency of the menu (its first product's), else "ILS".
    QString currency() const;

    static qint64 subtotal(const QList<Order::OrderItem> &items);

private:
    QList<MenuProduct> m_menu;
};

} // namespace Switchboard
