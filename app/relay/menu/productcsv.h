// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Switchboard {

//! The menu as a spreadsheet: UTF-8 CSV (RFC 4180 quoting), one header row, one product a row.
//!
//! Columns, by header name (any order; unknown ones are refused): id, sku, name, name_he,
//! category, price (major units, "42.50"), currency, aliases, variants, available
//! (true/false, empty is true), display_order. `aliases` is a list separated by "|". `variants`
//! is groups separated by ";", each `Name: options` with a "*" after the name when the choice is
//! required, options separated by "|", each `Label`, `Label/תווית` (the Hebrew label) and
//! optionally `=+8.00` or `=-2` (the price delta, major units):
//! `Size*: Small | Large/גדולה=+8; Extras: Olives/זיתים=+3 | Onion=+2`.
//! Labels and names therefore cannot contain ";", "|", ":", "/" or "=".
class ProductCsv {
public:
    //! The rows for `products` (records as ProductStore serves them: toJson(MenuProduct)).
    static QByteArray write(const QList<QJsonObject> &products);
    //! The records the rows describe, in order, for menuProductFromJson(). Errors:
    //! "invalid_field" naming the row and column ("row 3, price: …").
    static Result<QList<QJsonObject>> read(const QByteArray &csv);

    static QString variantsText(const QJsonArray &variants);
    static Result<QJsonArray> parseVariants(const QString &text);
};

} // namespace Switchboard
