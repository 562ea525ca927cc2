// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/orders/orderpricing.h"

#include "core/domain/money.h"

#include <QJsonObject>

namespace Switchboard {

namespace {

Error invalid(qsizetype line, const char *field, const QString &message) {
    return Error{QStringLiteral("invalid_field"),
                 QStringLiteral("items[%1].%2: %3").arg(line).arg(QLatin1String(field), message)};
}

} // namespace

OrderPricing::OrderPricing(QList<MenuProduct> menu)
    : m_menu(std::move(menu)) {}

QString OrderPricing::currency() const {
    return m_menu.isEmpty() ? QStringLiteral("ILS") : m_menu.first().product.currency;
}

qint64 OrderPricing::subtotal(const QList<Order::OrderItem> &items) {
    qint64 sum = 0;
    for (const Order::OrderItem &item : items)
        sum += item.subtotal;
    return sum;
}

Result<QList<Order::OrderItem>> OrderPricing::price(const QJsonArray &items,
                                                    const QList<Order::OrderItem> &kept) const {
    QList<Order::OrderItem> lines;
    for (qsizetype n = 0; n < items.size(); ++n) {
        if (!items.at(n).isObject())
            return Error{QStringLiteral("invalid_field"),
                         QStringLiteral("items[%1] is not an object.").arg(n)};
        const QJsonObject json = items.at(n).toObject();
        Order::OrderItem item;
        const QJsonValue quantity = json.value(QLatin1String("quantity"));
        item.quantity = quantity.isUndefined() ? 1 : quantity.toInt(0);
        if (item.quantity < 1 || (!quantity.isUndefined() && !quantity.isDouble()))
            return invalid(n, "quantity", QStringLiteral("a whole number, 1 or more."));
        item.notes = json.value(QLatin1String("notes")).toString();
        for (const QJsonValue &label : json.value(QLatin1String("variants")).toArray())
            item.variants << label.toString();
        const QString productId = json.value(QLatin1String("product_id")).toString();
        const QString sku = json.value(QLatin1String("sku")).toString();
        if (productId.isEmpty() && sku.isEmpty()) {
            item.name = json.value(QLatin1String("name")).toString().trimmed();
            if (item.name.isEmpty())
                return invalid(n, "product_id",
                               QStringLiteral("name a product (product_id or sku), or give an "
                                              "item off the menu a name and unit_price."));
            const auto unit = toMinorUnits(json.value(QLatin1String("unit_price")).toDouble(-1));
            if (!json.value(QLatin1String("unit_price")).isDouble() || !unit || *unit < 0)
                return invalid(n, "unit_price", QStringLiteral("a price, 0 or more."));
            item.unitPrice = *unit;
        } else {
            const auto found =
                std::find_if(m_menu.cbegin(), m_menu.cend(), [&](const MenuProduct &p) {
                    return productId.isEmpty() ? p.product.sku == sku : p.product.id == productId;
                });
            if (found == m_menu.cend())
                return productId.isEmpty()
                           ? invalid(n, "sku",
                                     QStringLiteral("no product has the SKU %1.").arg(sku))
                           : invalid(n, "product_id",
                                     QStringLiteral("no product has the id %1.").arg(productId));
            const Product &product = found->product;
            item.productId = product.id;
            item.sku = product.sku;
            item.name = product.name;
            item.unitPrice = product.price;
            QStringList labels;
            for (const QString &wanted : std::as_const(item.variants)) {
                bool known = false;
                for (const Product::Variant &variant : product.variants) {
                    for (const Product::VariantOption &option : variant.options) {
                        if (known || (option.label.compare(wanted, Qt::CaseInsensitive) != 0 &&
                                      option.labelHe != wanted))
                            continue;
                        known = true;
                        item.unitPrice += option.priceDelta;
                        labels << option.label;
                    }
                }
                if (!known)
                    return invalid(
                        n, "variants",
                        QStringLiteral("%1 has no option %2.").arg(product.name, wanted));
            }
            item.variants = labels;
            const auto same =
                std::find_if(kept.cbegin(), kept.cend(), [&](const Order::OrderItem &line) {
                    return line.productId == item.productId && line.variants == item.variants;
                });
            if (same != kept.cend())
                item.unitPrice = same->unitPrice;
            if (item.unitPrice < 0)
                item.unitPrice = 0;
        }
        item.subtotal = item.unitPrice * item.quantity;
        lines << item;
    }
    return lines;
}

} // namespace Switchboard
