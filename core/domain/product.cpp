// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/product.h"

#include "core/domain/money.h"
#include "core/domain/recordreader_p.h"

#include <QJsonArray>

namespace Switchboard {

using Need = RecordReader::Need;

namespace {

QJsonObject optionToJson(const Product::VariantOption &option) {
    return {
        {QStringLiteral("label"), option.label},
        {QStringLiteral("label_he"), option.labelHe},
        {QStringLiteral("price_delta"), moneyToJson(option.priceDelta)},
    };
}

QJsonObject variantToJson(const Product::Variant &variant) {
    QJsonArray options;
    for (const Product::VariantOption &option : variant.options)
        options.append(optionToJson(option));
    return {
        {QStringLiteral("name"), variant.name},
        {QStringLiteral("required"), variant.required},
        {QStringLiteral("options"), options},
    };
}

Product::VariantOption readOption(RecordReader &r) {
    Product::VariantOption option;
    option.label = r.string("label", Need::Required);
    option.labelHe = r.string("label_he");
    option.priceDelta = r.money("price_delta", Need::Optional);
    return option;
}

Product::Variant readVariant(RecordReader &r) {
    Product::Variant variant;
    variant.name = r.string("name", Need::Required);
    variant.required = r.boolean("required");
    variant.options = r.list("options", readOption);
    return variant;
}

} // namespace

QJsonObject toJson(const Product &product) {
    QJsonArray variants;
    for (const Product::Variant &variant : product.variants)
        variants.append(variantToJson(variant));
    return {
        {QStringLiteral("id"), product.id},
        {QStringLiteral("sku"), product.sku},
        {QStringLiteral("name"), product.name},
        {QStringLiteral("name_he"), product.nameHe},
        {QStringLiteral("category"), product.category},
        {QStringLiteral("price"), moneyToJson(product.price)},
        {QStringLiteral("currency"), product.currency},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(product.aliases)},
        {QStringLiteral("variants"), variants},
        {QStringLiteral("available"), product.available},
    };
}

Result<Product> productFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("product"));
    Product product;
    product.id = r.string("id", Need::Required);
    product.sku = r.string("sku");
    product.name = r.string("name", Need::Required);
    product.nameHe = r.string("name_he");
    product.category = r.string("category");
    product.price = r.money("price", Need::Required, 0);
    product.currency = r.string("currency", Need::Required);
    product.aliases = r.strings("aliases");
    product.variants = r.list("variants", readVariant);
    product.available = r.boolean("available", true);
    if (!r.ok())
        return r.error();
    return product;
}

} // namespace Switchboard
