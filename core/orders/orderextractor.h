// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/extraction.h"
#include "core/orders/menu.h"
#include "core/orders/menumatcher.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringView>

#include <optional>

namespace Switchboard {

struct WorkItem;

//! Reads orders out of customers' WhatsApp messages against one menu, in English, Hebrew or a
//! mix of both: quantities (digits, words, "2x", "x2"), sizes and extras attached to the right
//! item, negations as the item's notes, delivery or pickup with the address and time. A
//! message that is not an order yields NotAnOrder; whatever the extractor is unsure of is
//! produced with needsReview and a reason, never guessed silently. Pure computation: no
//! network, no database; one extractor serves any number of threads.
class OrderExtractor {
public:
    //! A follow-up this soon after the pending order amends it.
    static constexpr qint64 amendWindowSeconds = 10 * 60;

    explicit OrderExtractor(const Menu &menu);

    //! The order in a text message sent at `at`. With a pending order of the same customer
    //! created within amendWindowSeconds before, an order-like message is an Amendment whose
    //! items are the pending order's, changed.
    Extraction extract(QStringView text, const std::optional<PendingOrder> &pending,
                       const QDateTime &at) const;
    //! A catalogue cart (an "order" message: {"catalog_id", "text", "product_items":
    //! [{"product_retailer_id", "quantity", "item_price", "currency"}]}), matched by SKU and
    //! priced from the menu.
    Extraction fromCatalog(const QJsonObject &order) const;

private:
    QList<WorkItem> pendingItems(const PendingOrder &pending) const;
    void finish(Extraction &extraction, QList<WorkItem> items) const;

    const Menu &m_menu;
    MenuMatcher m_matcher;
};

} // namespace Switchboard
