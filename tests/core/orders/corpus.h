// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/extraction.h"
#include "core/orders/menu.h"
#include "core/orders/orderextractor.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

//! The order-extraction corpus in tests/core/orders/data/ (format: data/README.md): its menus,
//! its cases, and the comparison of an extraction with a case's expectation, shared by the
//! corpus test and the benchmark.
namespace Switchboard::Corpus {

using namespace Qt::Literals::StringLiterals;

struct Case {
    QString id;
    QString business;
    QJsonObject json;
    QString message;
    QJsonObject catalog;
    std::optional<PendingOrder> pending;
    QDateTime at;
};

inline QJsonObject readJson(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return document.object();
}

//! The two businesses' menus and an extractor for each.
class Businesses {
public:
    explicit Businesses(const QString &dataDir) {
        for (const QString &name : {QStringLiteral("pizzeria"), QStringLiteral("bakery")}) {
            Result<Menu> menu = Menu::fromJson(readJson(dataDir + u'/' + name + u".json"));
            if (!menu)
                qFatal("%s: %s", qPrintable(name), qPrintable(menu.error().message));
            m_menus.insert(name, std::make_shared<Menu>(std::move(menu).value()));
            m_extractors.insert(name, std::make_shared<OrderExtractor>(*m_menus[name]));
        }
    }
    const Menu &menu(const QString &business) const { return *m_menus.value(business); }
    const OrderExtractor &extractor(const QString &business) const {
        return *m_extractors.value(business);
    }

private:
    QHash<QString, std::shared_ptr<Menu>> m_menus;
    QHash<QString, std::shared_ptr<OrderExtractor>> m_extractors;
};

//! ["SKU", quantity, ["Variant", …], "notes"] as the order line the menu prices.
inline Order::OrderItem itemFromJson(const Menu &menu, const QJsonArray &a) {
    Order::OrderItem item;
    const QString sku = a.at(0).toString();
    const int p = menu.productBySku(sku);
    if (p >= 0) {
        item.sku = sku;
        item.productId = menu.products()[p].id;
        item.name = menu.products()[p].name;
    } else {
        item.name = sku.mid(1);
    }
    item.quantity = a.at(1).toInt(1);
    for (const QJsonValue &v : a.at(2).toArray())
        item.variants.append(v.toString());
    item.notes = a.at(3).toString();
    return item;
}

inline QList<Case> load(const QString &dataDir, const QString &file, const Businesses &b) {
    const QJsonObject root = readJson(dataDir + u'/' + file);
    const QJsonObject at = root.value(u"at").toObject();
    QList<Case> cases;
    for (const QJsonValue &value : root.value(u"cases").toArray()) {
        const QJsonObject json = value.toObject();
        Case c;
        c.id = json.value(u"id").toString();
        c.business = json.value(u"business").toString();
        c.json = json;
        c.message = json.value(u"message").toString();
        c.catalog = json.value(u"catalog").toObject();
        c.at = QDateTime::fromString(json.value(u"at").toString(at.value(c.business).toString()),
                                     Qt::ISODate);
        if (json.contains(u"pending")) {
            const QJsonObject p = json.value(u"pending").toObject();
            PendingOrder pending;
            for (const QJsonValue &item : p.value(u"items").toArray())
                pending.items.append(itemFromJson(b.menu(c.business), item.toArray()));
            const QString type = p.value(u"delivery").toString();
            if (!type.isEmpty())
                pending.deliveryType = parseDeliveryType(type);
            pending.deliveryAddress = p.value(u"address").toString();
            pending.at = c.at.addSecs(-60 * p.value(u"minutes_ago").toInt());
            c.pending = pending;
        }
        cases.append(c);
    }
    return cases;
}

inline Extraction run(const Businesses &b, const Case &c) {
    const OrderExtractor &extractor = b.extractor(c.business);
    if (!c.catalog.isEmpty())
        return extractor.fromCatalog(c.catalog);
    return extractor.extract(c.message, c.pending, c.at);
}

//! Lower case, punctuation as spaces, single spaces: how addresses and notes are compared.
inline QString simplified(const QString &text) {
    QString s = text.toLower();
    for (QChar &ch : s) {
        if (ch.isPunct() && ch != u'\'' && ch != u'"')
            ch = u' ';
    }
    return s.simplified();
}

inline QString describe(const Extraction &x) {
    static const char *const kinds[] = {"none", "new", "amend"};
    QStringList items;
    for (const Order::OrderItem &i : x.items) {
        items.append(QStringLiteral("[%1 %2 (%3)%4]")
                         .arg(i.sku.isEmpty() ? u'?' + i.name : i.sku)
                         .arg(i.quantity)
                         .arg(i.variants.join(u", "),
                              i.notes.isEmpty() ? QString() : u" “" + i.notes + u"”"));
    }
    return QStringLiteral("%1 %2 %3 “%4” %5 review=%6 %7")
        .arg(QString::fromLatin1(kinds[x.kind]), items.join(u' '),
             x.deliveryType ? toString(*x.deliveryType) : QStringLiteral("-"), x.deliveryAddress,
             x.requestedTime.isValid() ? x.requestedTime.toString(u"yyyy-MM-dd HH:mm") : u"-"_s,
             x.needsReview ? u"yes"_s : u"no"_s, x.reviewReasons.join(u"; "));
}

//! Empty when the extraction is exactly what the case expects; else what differs.
inline QString mismatch(const Businesses &b, const Case &c, const Extraction &x) {
    const QJsonObject &e = c.json;
    const QString kind = e.value(u"kind").toString();
    const Extraction::Kind expectedKind = kind == u"new"     ? Extraction::NewOrder
                                          : kind == u"amend" ? Extraction::Amendment
                                                             : Extraction::NotAnOrder;
    QStringList diffs;
    if (x.kind != expectedKind)
        diffs.append(u"kind"_s);
    if (expectedKind != Extraction::NotAnOrder) {
        const QJsonArray items = e.value(u"items").toArray();
        if (items.size() != x.items.size()) {
            diffs.append(u"items"_s);
        } else {
            for (qsizetype k = 0; k < items.size(); ++k) {
                const Order::OrderItem want = itemFromJson(b.menu(c.business), items[k].toArray());
                const Order::OrderItem &got = x.items[k];
                QStringList wv = want.variants, gv = got.variants;
                wv.sort();
                gv.sort();
                if (want.sku != got.sku ||
                    (want.sku.isEmpty() && simplified(want.name) != simplified(got.name)) ||
                    want.quantity != got.quantity || wv != gv ||
                    simplified(want.notes) != simplified(got.notes))
                    diffs.append(QStringLiteral("item %1").arg(k + 1));
            }
        }
        const QString delivery = e.value(u"delivery").toString();
        if ((x.deliveryType ? toString(*x.deliveryType) : QString()) != delivery)
            diffs.append(u"delivery"_s);
        if (simplified(e.value(u"address").toString()) != simplified(x.deliveryAddress))
            diffs.append(u"address"_s);
        QString time = e.value(u"time").toString();
        QString got;
        if (x.requestedTime.isValid()) {
            const qint64 days = c.at.date().daysTo(x.requestedTime.date());
            got = (days ? QStringLiteral("+%1 ").arg(days) : QString()) +
                  x.requestedTime.toString(u"HH:mm");
        }
        if (time != got)
            diffs.append(u"time"_s);
        if (x.needsReview != e.value(u"review").toBool())
            diffs.append(u"review"_s);
    }
    if (diffs.isEmpty())
        return {};
    return diffs.join(u", ") + u" differ; got: " + describe(x);
}

} // namespace Switchboard::Corpus
