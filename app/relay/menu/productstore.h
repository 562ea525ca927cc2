// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/product.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

class Database;
class EventBatch;

//! A product as the relay keeps it: the contract's record and where it sits on the menu.
struct MenuProduct {
    Product product;
    qint64 displayOrder = 0; //!< lower first; ties by name

    bool operator==(const MenuProduct &) const = default;
};

//! The record as the relay serves and stores it: the contract's Product plus `display_order`.
QJsonObject toJson(const MenuProduct &product);
//! Errors: "invalid_field" naming the field ("variants[0].options[1].label").
Result<MenuProduct> menuProductFromJson(const QJsonObject &json);

//! One tenant's products table, each change written with its `product` event inside the caller's
//! transaction (TenantTransaction), and the tenant's menu revision bumped so that every cached
//! Menu (MenuCache) is rebuilt before the next extraction.
class ProductStore {
public:
    ProductStore(Database &database, QString tenantId);

    //! The menu in display order (then by name).
    Result<QList<MenuProduct>> list();
    Result<std::optional<MenuProduct>> find(const QString &id);
    //! Inserts or overwrites, with an upsert event.
    Status save(const MenuProduct &product, bool isNew);
    //! False when the tenant has no such product; a delete event otherwise.
    Result<bool> remove(const QString &id);
    //! Errors: "conflict" when another product of the tenant has this non-empty SKU.
    Status checkSkuFree(const QString &sku, const QString &exceptId);
    //! Where the tenant's products stand: changes with every save() and remove().
    Result<qint64> revision();

    bool appended() const { return m_appended; }

private:
    Status bumpRevision();

    Database &m_database;
    QString m_tenantId;
    bool m_appended = false;
};

} // namespace Switchboard
