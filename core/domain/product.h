// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Switchboard {

//! One item of a tenant's menu or catalogue (contract: Product). The order extractor matches
//! customers' words against name, nameHe and aliases; variants are the choices a customer makes
//! (size, toppings). Prices are minor units (see money.h) in currency.
struct Product {
    //! One choice of a variant ("Large", +8.00).
    struct VariantOption {
        QString label;         //!< required
        QString labelHe;       //!< Hebrew label; empty when the same as label
        qint64 priceDelta = 0; //!< added to the product's price, minor units; may be negative

        bool operator==(const VariantOption &) const = default;
    };

    //! A group of options ("Size"); a required variant must be chosen before an order is complete.
    struct Variant {
        QString name; //!< required
        bool required = false;
        QList<VariantOption> options;

        bool operator==(const Variant &) const = default;
    };

    QString id; //!< required
    QString sku;
    QString name;   //!< required
    QString nameHe; //!< Hebrew name; empty when the same as name
    QString category;
    qint64 price = 0; //!< required, minor units, not negative
    QString currency; //!< required, ISO 4217 ("ILS")
    QStringList aliases;
    QList<Variant> variants;
    bool available = true; //!< absent means available

    bool operator==(const Product &) const = default;
};

QJsonObject toJson(const Product &product);
Result<Product> productFromJson(const QJsonObject &json);

} // namespace Switchboard
