// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/menu/productstore.h"

#include "app/relay/events/eventlog.h"
#include "app/relay/records/storedformat.h"
#include "core/store/database.h"

#include <QSqlQuery>

namespace Switchboard {

QJsonObject toJson(const MenuProduct &product) {
    QJsonObject json = toJson(product.product);
    json.insert(QStringLiteral("display_order"), product.displayOrder);
    return json;
}

Result<MenuProduct> menuProductFromJson(const QJsonObject &json) {
    auto product = productFromJson(json);
    if (!product)
        return Error{QStringLiteral("invalid_field"), product.error().message};
    MenuProduct stored{product.value(), 0};
    const QJsonValue order = json.value(QLatin1String("display_order"));
    if (!order.isUndefined() && !order.isNull()) {
        const double value = order.toDouble(-1.5);
        if (!order.isDouble() || value != double(qint64(value)))
            return Error{QStringLiteral("invalid_field"),
                         QStringLiteral("display_order must be a whole number.")};
        stored.displayOrder = qint64(value);
    }
    return stored;
}

ProductStore::ProductStore(Database &database, QString tenantId)
    : m_database(database)
    , m_tenantId(std::move(tenantId)) {}

Result<QList<MenuProduct>> ProductStore::list() {
    auto q = m_database.query(QStringLiteral("SELECT data FROM products WHERE tenant_id = ? "
                                             "ORDER BY display_order, id"),
                              {m_tenantId});
    if (!q)
        return q.error();
    QList<MenuProduct> products;
    while ((*q)->next()) {
        auto product = menuProductFromJson(storedObject((*q)->value(0).toString()));
        if (product)
            products << product.value();
    }
    std::stable_sort(products.begin(), products.end(),
                     [](const MenuProduct &a, const MenuProduct &b) {
                         if (a.displayOrder != b.displayOrder)
                             return a.displayOrder < b.displayOrder;
                         return a.product.name.localeAwareCompare(b.product.name) < 0;
                     });
    return products;
}

Result<std::optional<MenuProduct>> ProductStore::find(const QString &id) {
    auto q =
        m_database.query(QStringLiteral("SELECT data FROM products WHERE id = ? AND tenant_id = ?"),
                         {id, m_tenantId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<MenuProduct>();
    auto product = menuProductFromJson(storedObject((*q)->value(0).toString()));
    if (!product)
        return product.error();
    return std::optional<MenuProduct>(product.value());
}

Status ProductStore::checkSkuFree(const QString &sku, const QString &exceptId) {
    if (sku.isEmpty())
        return success();
    auto q = m_database.query(
        QStringLiteral("SELECT id FROM products WHERE tenant_id = ? AND sku = ? AND id <> ?"),
        {m_tenantId, sku, exceptId});
    if (!q)
        return q.error();
    if ((*q)->next())
        return Error{
            QStringLiteral("conflict"),
            QStringLiteral("sku: another product of this business has the SKU %1.").arg(sku)};
    return success();
}

Status ProductStore::save(const MenuProduct &product, bool isNew) {
    const QString json = storedJson(toJson(product));
    auto written = m_database.query(
        isNew ? QStringLiteral("INSERT INTO products (sku, display_order, data, id, tenant_id) "
                               "VALUES (?, ?, ?, ?, ?)")
              : QStringLiteral("UPDATE products SET sku = ?, display_order = ?, data = ? WHERE "
                               "id = ? AND tenant_id = ?"),
        {product.product.sku.isNull() ? QStringLiteral("") : product.product.sku,
         product.displayOrder, json, product.product.id, m_tenantId});
    if (!written)
        return written.error();
    (*written)->finish();
    auto event = EventLog(m_database).append(m_tenantId, EventType::Product, EventOp::Upsert, json);
    if (!event)
        return event.error();
    m_appended = true;
    return bumpRevision();
}

Result<bool> ProductStore::remove(const QString &id) {
    auto removed = m_database.query(
        QStringLiteral("DELETE FROM products WHERE id = ? AND tenant_id = ?"), {id, m_tenantId});
    if (!removed)
        return removed.error();
    if ((*removed)->numRowsAffected() < 1)
        return false;
    (*removed)->finish();
    auto event = EventLog(m_database)
                     .append(m_tenantId, EventType::Product, EventOp::Delete,
                             storedJson({{QStringLiteral("id"), id}}));
    if (!event)
        return event.error();
    m_appended = true;
    if (Status bumped = bumpRevision(); !bumped)
        return bumped.error();
    return true;
}

Result<qint64> ProductStore::revision() {
    auto q = m_database.query(
        QStringLiteral("SELECT revision FROM menu_revisions WHERE tenant_id = ?"), {m_tenantId});
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toLongLong() : qint64(0);
}

Status ProductStore::bumpRevision() {
    auto bumped = m_database.query(
        QStringLiteral("INSERT INTO menu_revisions (tenant_id, revision) VALUES (?, 1) "
                       "ON CONFLICT (tenant_id) DO UPDATE SET revision = "
                       "menu_revisions.revision + 1"),
        {m_tenantId});
    if (!bumped)
        return bumped.error();
    return success();
}

} // namespace Switchboard
