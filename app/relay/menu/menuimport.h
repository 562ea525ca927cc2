// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/menu/productstore.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>

#include <utility>

namespace Switchboard {

//! What importing a whole menu would change: the imported list replaces the tenant's products.
//!
//! An imported product is the stored one with the same id, else with the same SKU, else with
//! the same name; it keeps that product's id. One that matches none is added (a new id); a
//! stored product nothing matched is removed. The preview is the route's answer, dry run or not:
//! `{"added":[Product…],"changed":[{"before","after"}],"removed":[Product…]}`.
class MenuImport {
public:
    //! Errors: "invalid_field" naming the product ("products[2].price: …") and the field, or a
    //! SKU given twice.
    static Result<MenuImport> plan(const QList<MenuProduct> &stored,
                                   const QList<QJsonObject> &imported);

    QJsonObject preview() const;
    //! Writes the plan with its events (inside the caller's transaction).
    Status apply(ProductStore &store) const;

    const QList<MenuProduct> &added() const { return m_added; }
    const QList<std::pair<MenuProduct, MenuProduct>> &changed() const { return m_changed; }
    const QList<MenuProduct> &removed() const { return m_removed; }

private:
    QList<MenuProduct> m_added;
    QList<std::pair<MenuProduct, MenuProduct>> m_changed; // before, after
    QList<MenuProduct> m_removed;
};

} // namespace Switchboard
