// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/menu.h"
#include "core/orders/orderextractor.h"
#include "core/result.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Switchboard {

class Database;

//! Each tenant's Menu and OrderExtractor, built once and rebuilt only when the tenant's products
//! changed (their revision, ProductStore::revision(), moved on). One per thread that extracts
//! orders (ingest); not shared between threads.
class MenuCache {
public:
    //! The extractor of the tenant's current menu (unavailable products left out). Costs one
    //! small query while the menu is unchanged.
    Result<const OrderExtractor *> extractor(Database &database, const QString &tenantId);

private:
    struct Entry {
        qint64 revision = -1;
        std::unique_ptr<Menu> menu;
        std::unique_ptr<OrderExtractor> extractor; // refers to *menu
    };
    QHash<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace Switchboard
