// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/menu/menuimport.h"

#include "app/relay/records/recordid.h"

#include <QJsonArray>
#include <QSet>

namespace Switchboard {

Result<MenuImport> MenuImport::plan(const QList<MenuProduct> &stored,
                                    const QList<QJsonObject> &imported) {
    MenuImport plan;
    QSet<qsizetype> matched;
    QSet<QString> skus;
    auto findStored = [&](const QJsonObject &json) -> qsizetype {
        const QString id = json.value(QLatin1String("id")).toString();
        const QString sku = json.value(QLatin1String("sku")).toString();
        const QString name = json.value(QLatin1String("name")).toString();
        for (const auto &[key, value] : {std::pair{0, id}, std::pair{1, sku}, std::pair{2, name}}) {
            if (value.isEmpty())
                continue;
            for (qsizetype i = 0; i < stored.size(); ++i) {
                if (matched.contains(i))
                    continue;
                const Product &p = stored.at(i).product;
                if ((key == 0 && p.id == value) || (key == 1 && p.sku == value) ||
                    (key == 2 && p.name == value))
                    return i;
            }
        }
        return -1;
    };
    for (qsizetype n = 0; n < imported.size(); ++n) {
        QJsonObject json = imported.at(n);
        const qsizetype at = findStored(json);
        json.insert(QStringLiteral("id"), at >= 0 ? stored.at(at).product.id : newId("pr_"));
        if (!json.contains(QLatin1String("display_order")))
            json.insert(QStringLiteral("display_order"), at >= 0 ? stored.at(at).displayOrder : n);
        auto product = menuProductFromJson(json);
        if (!product)
            return Error{product.error().code,
                         QStringLiteral("products[%1]: %2").arg(n).arg(product.error().message)};
        const QString &sku = product->product.sku;
        if (!sku.isEmpty() && skus.contains(sku))
            return Error{QStringLiteral("invalid_field"),
                         QStringLiteral("products[%1].sku: %2 is given twice.").arg(n).arg(sku)};
        skus.insert(sku);
        if (at < 0) {
            plan.m_added << product.value();
            continue;
        }
        matched.insert(at);
        if (!(stored.at(at) == product.value()))
            plan.m_changed << std::pair{stored.at(at), product.value()};
    }
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (!matched.contains(i))
            plan.m_removed << stored.at(i);
    }
    return plan;
}

QJsonObject MenuImport::preview() const {
    QJsonArray added, changed, removed;
    for (const MenuProduct &product : m_added)
        added.append(toJson(product));
    for (const auto &[before, after] : m_changed)
        changed.append(QJsonObject{{QStringLiteral("before"), toJson(before)},
                                   {QStringLiteral("after"), toJson(after)}});
    for (const MenuProduct &product : m_removed)
        removed.append(toJson(product));
    return {{QStringLiteral("added"), added},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("removed"), removed}};
}

Status MenuImport::apply(ProductStore &store) const {
    // Removed first, so an added product may take a removed one's SKU.
    for (const MenuProduct &product : m_removed) {
        if (auto removed = store.remove(product.product.id); !removed)
            return removed.error();
    }
    for (const auto &[before, after] : m_changed) {
        if (Status saved = store.save(after, false); !saved)
            return saved;
    }
    for (const MenuProduct &product : m_added) {
        if (Status saved = store.save(product, true); !saved)
            return saved;
    }
    return success();
}

} // namespace Switchboard
