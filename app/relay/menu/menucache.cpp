// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/menu/menucache.h"

#include "app/relay/menu/productstore.h"

namespace Switchboard {

Result<const OrderExtractor *> MenuCache::extractor(Database &database, const QString &tenantId) {
    ProductStore store(database, tenantId);
    auto revision = store.revision();
    if (!revision)
        return revision.error();
    std::shared_ptr<Entry> &entry = m_entries[tenantId];
    if (entry && entry->revision == revision.value())
        return static_cast<const OrderExtractor *>(entry->extractor.get());
    auto products = store.list();
    if (!products)
        return products.error();
    QList<Product> available;
    for (const MenuProduct &product : products.value()) {
        if (product.product.available)
            available << product.product;
    }
    auto fresh = std::make_shared<Entry>();
    fresh->revision = revision.value();
    fresh->menu = std::make_unique<Menu>(available);
    fresh->extractor = std::make_unique<OrderExtractor>(*fresh->menu);
    entry = fresh;
    return static_cast<const OrderExtractor *>(entry->extractor.get());
}

} // namespace Switchboard
