// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/orderextractor.h"

#include "core/domain/money.h"
#include "core/orders/deliveryparser.h"
#include "core/orders/intentclassifier.h"
#include "core/orders/itemassembler_p.h"
#include "core/orders/tokenizer.h"

#include <QJsonArray>

#include <algorithm>

namespace Switchboard {

OrderExtractor::OrderExtractor(const Menu &menu)
    : m_menu(menu)
    , m_matcher(menu) {}

QList<WorkItem> OrderExtractor::pendingItems(const PendingOrder &pending) const {
    QList<WorkItem> items;
    for (const Order::OrderItem &line : pending.items) {
        WorkItem item;
        item.pending = true;
        item.product = m_menu.productBySku(line.sku);
        if (item.product < 0) {
            const QList<Product> &products = m_menu.products();
            for (int p = 0; p < products.size() && item.product < 0; ++p) {
                if (!line.productId.isEmpty() && products[p].id == line.productId)
                    item.product = p;
            }
        }
        item.name = line.name;
        item.quantity = line.quantity;
        item.explicitQuantity = true;
        if (!line.notes.isEmpty())
            item.notes = line.notes.split(QStringLiteral("; "));
        if (item.product >= 0) {
            const Product &product = m_menu.products()[item.product];
            for (const QString &label : line.variants) {
                for (int g = 0; g < product.variants.size(); ++g) {
                    const auto &options = product.variants[g].options;
                    for (int o = 0; o < options.size(); ++o) {
                        if (options[o].label.compare(label, Qt::CaseInsensitive) == 0 ||
                            (!options[o].labelHe.isEmpty() && options[o].labelHe == label))
                            item.options.append({g, o});
                    }
                }
            }
        }
        items.append(item);
    }
    return items;
}

Extraction OrderExtractor::extract(QStringView text, const std::optional<PendingOrder> &pending,
                                   const QDateTime &at) const {
    Extraction result;
    QList<Token> tokens = Tokenizer::tokenize(text);
    m_matcher.resolve(tokens);
    QList<bool> taken(tokens.size(), false);
    const DeliveryDetails delivery = DeliveryParser::parse(text, tokens, taken);
    const QList<bool> takenByDelivery = taken;
    const QList<Mention> mentions = m_matcher.match(tokens, taken);
    const Intent intent = IntentClassifier::classify(tokens);

    const bool amending = pending && pending->at.isValid() && at.isValid() &&
                          pending->at.secsTo(at) >= 0 &&
                          pending->at.secsTo(at) <= amendWindowSeconds;
    if (intent.complaint || intent.question)
        return result;

    QList<WorkItem> items;
    if (amending)
        items = pendingItems(*pending);
    const int pendingCount = int(items.size());
    QStringList reasons;
    ItemAssembler(m_menu, text, tokens, takenByDelivery, mentions, intent)
        .assemble(items, reasons, amending);

    bool changed = false;
    int fresh = 0;
    for (int k = 0; k < items.size(); ++k) {
        if (k >= pendingCount && !items[k].removed)
            ++fresh;
        if (k < pendingCount && (items[k].removed || items[k].changed))
            changed = true;
    }
    if (intent.cancel && !(amending && changed))
        return result;
    if (amending) {
        if (fresh == 0 && !changed && !delivery.any())
            return result;
        result.kind = Extraction::Amendment;
        result.deliveryType = delivery.type ? delivery.type : pending->deliveryType;
        result.deliveryAddress = !delivery.address.isEmpty() ? delivery.address
                                 : result.deliveryType == DeliveryType::Pickup
                                     ? QString()
                                     : pending->deliveryAddress;
        result.requestedTime = delivery.hasTime || delivery.inMinutes >= 0 ? delivery.resolve(at)
                                                                           : pending->requestedTime;
        reasons.prepend(QStringLiteral("amends the customer's pending order"));
    } else {
        if (fresh == 0)
            return result;
        result.kind = Extraction::NewOrder;
        result.deliveryType = delivery.type;
        result.deliveryAddress = delivery.address;
        result.requestedTime = delivery.resolve(at);
        if (intent.followUp)
            reasons.prepend(pending ? QStringLiteral("reads as a follow-up, but the pending order "
                                                     "is more than 10 minutes old")
                                    : QStringLiteral("reads as a follow-up to an earlier order"));
    }
    result.reviewReasons = reasons;
    finish(result, items);
    return result;
}

void OrderExtractor::finish(Extraction &result, QList<WorkItem> items) const {
    // the same line twice ("and another coke") is one line with both quantities
    QList<WorkItem> merged;
    for (WorkItem &item : items) {
        if (item.removed)
            continue;
        std::sort(item.options.begin(), item.options.end(), [](const auto &a, const auto &b) {
            return a.group != b.group ? a.group < b.group : a.option < b.option;
        });
        bool same = false;
        for (WorkItem &m : merged) {
            const bool equalOptions =
                m.options.size() == item.options.size() &&
                std::equal(m.options.cbegin(), m.options.cend(), item.options.cbegin(),
                           [](const auto &a, const auto &b) {
                               return a.group == b.group && a.option == b.option;
                           });
            if (m.product == item.product && (m.product >= 0 || m.name == item.name) &&
                equalOptions && m.notes == item.notes) {
                m.quantity += item.quantity;
                same = true;
                break;
            }
        }
        if (!same)
            merged.append(item);
    }

    for (const WorkItem &item : std::as_const(merged)) {
        Order::OrderItem line;
        line.quantity = std::max(1, item.quantity);
        line.notes = item.notes.join(QStringLiteral("; "));
        if (item.product < 0) {
            line.name = item.name;
            result.items.append(line);
            continue;
        }
        const Product &product = m_menu.products()[item.product];
        line.productId = product.id;
        line.sku = product.sku;
        line.name = product.name;
        line.unitPrice = product.price;
        QList<bool> chosen(product.variants.size(), false);
        for (const Menu::OptionPlace &p : item.options) {
            const Product::VariantOption &option = product.variants[p.group].options[p.option];
            line.variants.append(option.label);
            line.unitPrice += option.priceDelta;
            chosen[p.group] = true;
        }
        line.unitPrice = std::max<qint64>(0, line.unitPrice);
        line.subtotal = line.unitPrice * line.quantity;
        if (!product.available)
            result.reviewReasons.append(
                QStringLiteral("%1 is not available at the moment").arg(product.name));
        for (int g = 0; g < product.variants.size(); ++g) {
            if (product.variants[g].required && !chosen[g])
                result.reviewReasons.append(
                    QStringLiteral("%1: no %2 chosen")
                        .arg(product.name, product.variants[g].name.toLower()));
        }
        if (result.currency.isEmpty())
            result.currency = product.currency;
        result.subtotal += line.subtotal;
        result.items.append(line);
    }
    result.total = result.subtotal;
    result.reviewReasons.removeDuplicates();
    result.needsReview = !result.reviewReasons.isEmpty();
}

Extraction OrderExtractor::fromCatalog(const QJsonObject &order) const {
    Extraction result;
    result.kind = Extraction::NewOrder;
    result.notes = order.value(u"text").toString();
    QList<WorkItem> items;
    QStringList reasons;
    const QJsonArray productItems = order.value(u"product_items").toArray();
    for (const QJsonValue &value : productItems) {
        const QJsonObject entry = value.toObject();
        const QString sku = entry.value(u"product_retailer_id").toString();
        WorkItem item;
        item.product = m_menu.productBySku(sku);
        item.name = sku;
        const int quantity = entry.value(u"quantity").toInt(0);
        item.quantity = std::max(1, quantity);
        if (quantity < 1)
            reasons.append(QStringLiteral("%1: quantity %2 in the cart")
                               .arg(sku, entry.value(u"quantity").toVariant().toString()));
        if (item.product < 0) {
            reasons.append(QStringLiteral("“%1” from the catalogue is not on the menu").arg(sku));
        } else {
            const Product &product = m_menu.products()[item.product];
            const auto price = toMinorUnits(entry.value(u"item_price").toDouble());
            if (entry.contains(u"item_price") && price && *price != product.price)
                reasons.append(QStringLiteral("%1: the catalogue says %2, the menu %3")
                                   .arg(product.name, QString::number(toMajorUnits(*price), 'f', 2),
                                        QString::number(toMajorUnits(product.price), 'f', 2)));
        }
        items.append(item);
    }
    if (items.isEmpty())
        return Extraction{};
    result.reviewReasons = reasons;
    finish(result, items);
    return result;
}

} // namespace Switchboard
