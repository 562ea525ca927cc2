// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/menu/productcsv.h"

#include <QJsonArray>
#include <QStringList>

namespace Switchboard {

namespace {

const QStringList columns{
    QStringLiteral("id"),        QStringLiteral("sku"),          QStringLiteral("name"),
    QStringLiteral("name_he"),   QStringLiteral("category"),     QStringLiteral("price"),
    QStringLiteral("currency"),  QStringLiteral("aliases"),      QStringLiteral("variants"),
    QStringLiteral("available"), QStringLiteral("display_order")};

QString quoted(const QString &field) {
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') &&
        !field.contains(u'\r'))
        return field;
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

//! A number in major units as people write it: no exponent, no trailing zeros beyond cents.
QString amountText(double major) {
    QString text = QString::number(major, 'f', 2);
    if (text.endsWith(QLatin1String(".00")))
        text.chop(3);
    return text;
}

Error invalid(int row, const QString &column, const QString &message) {
    return Error{QStringLiteral("invalid_field"),
                 QStringLiteral("row %1, %2: %3").arg(row).arg(column, message)};
}

//! RFC 4180 rows; a lone "\r" or "\n" ends a row as "\r\n" does.
QList<QStringList> parseRows(const QString &text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
            any = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (any || !field.isEmpty()) {
                row << field;
                rows << row;
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace

QString ProductCsv::variantsText(const QJsonArray &variants) {
    QStringList groups;
    for (const QJsonValue &value : variants) {
        const QJsonObject variant = value.toObject();
        QStringList options;
        for (const QJsonValue &o : variant.value(QLatin1String("options")).toArray()) {
            const QJsonObject option = o.toObject();
            QString text = option.value(QLatin1String("label")).toString();
            const QString he = option.value(QLatin1String("label_he")).toString();
            if (!he.isEmpty())
                text += u'/' + he;
            const double delta = option.value(QLatin1String("price_delta")).toDouble();
            if (delta != 0)
                text +=
                    (delta > 0 ? QStringLiteral("=+") : QStringLiteral("=")) + amountText(delta);
            options << text;
        }
        groups << variant.value(QLatin1String("name")).toString() +
                      (variant.value(QLatin1String("required")).toBool() ? QStringLiteral("*")
                                                                         : QString()) +
                      QStringLiteral(": ") + options.join(QStringLiteral(" | "));
    }
    return groups.join(QStringLiteral("; "));
}

Result<QJsonArray> ProductCsv::parseVariants(const QString &text) {
    QJsonArray variants;
    for (const QString &group : text.split(u';', Qt::SkipEmptyParts)) {
        if (group.trimmed().isEmpty())
            continue;
        const qsizetype colon = group.indexOf(u':');
        if (colon < 0)
            return Error{QStringLiteral("invalid_field"),
                         QStringLiteral("a variant group is \"Name: option | option\"; \"%1\" has "
                                        "no \":\".")
                             .arg(group.trimmed())};
        QString name = group.left(colon).trimmed();
        const bool required = name.endsWith(u'*');
        if (required)
            name = name.chopped(1).trimmed();
        QJsonArray options;
        for (const QString &optionText : group.mid(colon + 1).split(u'|', Qt::SkipEmptyParts)) {
            QString label = optionText.trimmed();
            if (label.isEmpty())
                continue;
            double delta = 0;
            if (const qsizetype equals = label.indexOf(u'='); equals >= 0) {
                bool ok = false;
                delta = label.mid(equals + 1).trimmed().toDouble(&ok);
                if (!ok)
                    return Error{
                        QStringLiteral("invalid_field"),
                        QStringLiteral("the price delta of \"%1\" is not a number.").arg(label)};
                label = label.left(equals).trimmed();
            }
            QString he;
            if (const qsizetype slash = label.indexOf(u'/'); slash >= 0) {
                he = label.mid(slash + 1).trimmed();
                label = label.left(slash).trimmed();
            }
            QJsonObject option{{QStringLiteral("label"), label},
                               {QStringLiteral("price_delta"), delta}};
            if (!he.isEmpty())
                option.insert(QStringLiteral("label_he"), he);
            options.append(option);
        }
        variants.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("required"), required},
                                    {QStringLiteral("options"), options}});
    }
    return variants;
}

QByteArray ProductCsv::write(const QList<QJsonObject> &products) {
    QStringList lines{columns.join(u',')};
    for (const QJsonObject &product : products) {
        QStringList aliases;
        for (const QJsonValue &alias : product.value(QLatin1String("aliases")).toArray())
            aliases << alias.toString();
        const QStringList fields{
            product.value(QLatin1String("id")).toString(),
            product.value(QLatin1String("sku")).toString(),
            product.value(QLatin1String("name")).toString(),
            product.value(QLatin1String("name_he")).toString(),
            product.value(QLatin1String("category")).toString(),
            amountText(product.value(QLatin1String("price")).toDouble()),
            product.value(QLatin1String("currency")).toString(),
            aliases.join(QStringLiteral(" | ")),
            variantsText(product.value(QLatin1String("variants")).toArray()),
            product.value(QLatin1String("available")).toBool(true) ? QStringLiteral("true")
                                                                   : QStringLiteral("false"),
            QString::number(product.value(QLatin1String("display_order")).toInteger())};
        QStringList cells;
        for (const QString &field : fields)
            cells << quoted(field);
        lines << cells.join(u',');
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

Result<QList<QJsonObject>> ProductCsv::read(const QByteArray &csv) {
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) // a byte order mark, as spreadsheets write it
        text.remove(0, 1);
    const QList<QStringList> rows = parseRows(text);
    if (rows.isEmpty())
        return Error{QStringLiteral("invalid_field"),
                     QStringLiteral("The CSV has no header row (id, sku, name, …).")};
    QStringList header;
    for (const QString &name : rows.first())
        header << name.trimmed().toLower();
    for (const QString &name : header) {
        if (!columns.contains(name))
            return invalid(1, name,
                           QStringLiteral("not a column; the columns are %1.")
                               .arg(columns.join(QStringLiteral(", "))));
    }
    if (!header.contains(QStringLiteral("name")) || !header.contains(QStringLiteral("price")))
        return invalid(1, QStringLiteral("header"),
                       QStringLiteral("the columns name and price are required."));
    QList<QJsonObject> products;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const int row = int(r) + 1;
        const QStringList &cells = rows.at(r);
        if (cells.size() > header.size())
            return invalid(row, QStringLiteral("row"),
                           QStringLiteral("more cells than the header has columns."));
        QJsonObject product;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString &column = header.at(c);
            const QString cell = c < cells.size() ? cells.at(c).trimmed() : QString();
            if (column == QLatin1String("price")) {
                bool ok = false;
                const double price = cell.toDouble(&ok);
                if (!ok)
                    return invalid(row, column, QStringLiteral("not a number (\"%1\").").arg(cell));
                product.insert(column, price);
            } else if (column == QLatin1String("display_order")) {
                if (cell.isEmpty())
                    continue;
                bool ok = false;
                const qint64 order = cell.toLongLong(&ok);
                if (!ok)
                    return invalid(row, column,
                                   QStringLiteral("not a whole number (\"%1\").").arg(cell));
                product.insert(column, order);
            } else if (column == QLatin1String("available")) {
                const QString value = cell.toLower();
                if (value.isEmpty() || value == QLatin1String("true") ||
                    value == QLatin1String("yes") || value == QLatin1String("1"))
                    product.insert(column, true);
                else if (value == QLatin1String("false") || value == QLatin1String("no") ||
                         value == QLatin1String("0"))
                    product.insert(column, false);
                else
                    return invalid(row, column,
                                   QStringLiteral("true or false (\"%1\").").arg(cell));
            } else if (column == QLatin1String("aliases")) {
                QJsonArray aliases;
                for (const QString &alias : cell.split(u'|', Qt::SkipEmptyParts)) {
                    if (!alias.trimmed().isEmpty())
                        aliases.append(alias.trimmed());
                }
                product.insert(column, aliases);
            } else if (column == QLatin1String("variants")) {
                auto variants = parseVariants(cell);
                if (!variants)
                    return invalid(row, column, variants.error().message);
                product.insert(column, variants.value());
            } else if (!cell.isEmpty()) {
                product.insert(column, cell);
            }
        }
        products << product;
    }
    return products;
}

} // namespace Switchboard
