// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/customerlistmodel.h"

#include "core/store/database.h"
#include "core/sync/replica.h"
#include "ui/models/productlistmodel.h"
#include "ui/models/replicareader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Switchboard {

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

CustomerListModel::~CustomerListModel() = default;

void CustomerListModel::setReplica(Replica *replica) {
    if (m_replica)
        disconnect(m_replica, nullptr, this, nullptr);
    m_replica = replica;
    m_db.reset();
    if (replica) {
        m_db = ReplicaReader::open(*replica);
        connect(replica, &Replica::changed, this, &CustomerListModel::onChanged);
    }
    load();
}

void CustomerListModel::load() {
    beginResetModel();
    m_rows = read({});
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    m_index.clear();
    reindex(0);
    endResetModel();
}

std::vector<CustomerListModel::Row> CustomerListModel::read(const QStringList &ids) const {
    std::vector<Row> rows;
    if (!m_db)
        return rows;
    // Each customer with the sum of their orders; the orders' own JSON holds total and time.
    QString sql = QStringLiteral(
        "SELECT c.data, COUNT(o.id), TOTAL(json_extract(o.data, '$.total')), "
        "MIN(json_extract(o.data, '$.created_at')), MAX(json_extract(o.data, '$.created_at')), "
        "MAX(json_extract(o.data, '$.currency')) "
        "FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status <> 'cancelled'");
    QVariantList bindings;
    if (!ids.isEmpty()) {
        sql += QStringLiteral(" WHERE c.id IN (%1)").arg(ReplicaReader::placeholders(ids.size()));
        for (const QString &id : ids)
            bindings << id;
    }
    sql += QStringLiteral(" GROUP BY c.id");
    auto q = m_db->query(sql, bindings);
    if (!q)
        return rows;
    while ((*q)->next()) {
        const QJsonObject record =
            QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
        Row row;
        row.id = record.value(QLatin1String("id")).toString();
        row.name = record.value(QLatin1String("name")).toString();
        if (row.name.isEmpty())
            row.name = record.value(QLatin1String("profile_name")).toString();
        row.phone = record.value(QLatin1String("phone")).toString();
        if (row.phone.isEmpty())
            row.phone = QLatin1Char('+') + record.value(QLatin1String("wa_id")).toString();
        if (row.name.isEmpty())
            row.name = row.phone;
        for (const QJsonValue &tag : record.value(QLatin1String("tags")).toArray())
            row.tags << tag.toString();
        row.optIn = record.value(QLatin1String("opt_in")).toBool();
        row.orders = (*q)->value(1).toInt();
        row.spent = (*q)->value(2).toDouble();
        row.firstOrder = QDateTime::fromString((*q)->value(3).toString(), Qt::ISODateWithMs);
        row.lastOrder = QDateTime::fromString((*q)->value(4).toString(), Qt::ISODateWithMs);
        row.currency = (*q)->value(5).toString();
        row.record = record;
        row.search = QStringList{row.name, record.value(QLatin1String("profile_name")).toString(),
                                 row.phone, row.tags.join(QLatin1Char(' ')),
                                 record.value(QLatin1String("notes")).toString()}
                         .join(QLatin1Char(' '))
                         .toCaseFolded();
        if (!row.id.isEmpty())
            rows.push_back(std::move(row));
    }
    return rows;
}

bool CustomerListModel::before(const Row &a, const Row &b) {
    const int byName = a.name.localeAwareCompare(b.name);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

void CustomerListModel::reindex(int from) {
    for (int i = from; i < int(m_rows.size()); ++i)
        m_index.insert(m_rows[size_t(i)].id, i);
}

void CustomerListModel::onChanged(const ReplicaChange &change) {
    for (const QString &id : change.deleted.value(QStringLiteral("customer")))
        remove(id);
    QSet<QString> touched;
    for (const QString &id : change.upserted.value(QStringLiteral("customer")))
        touched.insert(id);
    const QStringList orders = change.upserted.value(QStringLiteral("order")) +
                               change.deleted.value(QStringLiteral("order"));
    if (!orders.isEmpty() && m_db) {
        auto q = m_db->query(QStringLiteral("SELECT DISTINCT customer_id FROM orders WHERE id IN "
                                            "(%1)")
                                 .arg(ReplicaReader::placeholders(orders.size())),
                             QVariantList(orders.cbegin(), orders.cend()));
        while (q && (*q)->next())
            touched.insert((*q)->value(0).toString());
    }
    touched.remove(QString());
    if (touched.isEmpty())
        return;
    for (Row &row : read(touched.values()))
        put(std::move(row));
}

void CustomerListModel::put(Row row) {
    if (const int at = rowOf(row.id); at >= 0) {
        if (m_rows[size_t(at)].name == row.name) {
            m_rows[size_t(at)] = std::move(row);
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
            return;
        }
        remove(row.id);
    }
    const auto place = std::lower_bound(m_rows.begin(), m_rows.end(), row, before);
    const int at = int(place - m_rows.begin());
    beginInsertRows({}, at, at);
    m_rows.insert(place, std::move(row));
    reindex(at);
    endInsertRows();
}

void CustomerListModel::remove(const QString &id) {
    const int at = rowOf(id);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.erase(m_rows.begin() + at);
    m_index.remove(id);
    reindex(at);
    endRemoveRows();
}

int CustomerListModel::rowOf(const QString &id) const {
    return m_index.value(id, -1);
}

QJsonObject CustomerListModel::record(const QString &id) const {
    const int at = rowOf(id);
    return at < 0 ? QJsonObject() : m_rows[size_t(at)].record;
}

int CustomerListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case PhoneColumn:
            // A number reads left to right in a Hebrew table too.
            return QString(QChar(0x2066) + row.phone + QChar(0x2069));
        case TagsColumn:
            return row.tags.join(QStringLiteral(", "));
        case OrdersColumn:
            return QLocale().toString(row.orders);
        case SpentColumn:
            return ProductListModel::priceText(row.spent, row.currency);
        case LastOrderColumn:
            return row.lastOrder.isValid() ? QLocale().toString(row.lastOrder.toLocalTime().date(),
                                                                QLocale::ShortFormat)
                                           : tr("never");
        case OptInColumn:
            return row.optIn ? tr("Yes") : tr("No");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OrdersColumn || index.column() == SpentColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case RecordRole:
        return row.record;
    case NameRole:
        return row.name;
    case PhoneRole:
        return row.phone;
    case TagsRole:
        return row.tags;
    case OrderCountRole:
        return row.orders;
    case SpentRole:
        return row.spent;
    case AverageRole:
        return row.orders > 0 ? row.spent / row.orders : 0.0;
    case CurrencyRole:
        return row.currency;
    case FirstOrderRole:
        return row.firstOrder;
    case LastOrderRole:
        return row.lastOrder;
    case OptInRole:
        return row.optIn;
    case SearchRole:
        return row.search;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case TagsColumn:
        return tr("Tags");
    case OrdersColumn:
        return tr("Orders");
    case SpentColumn:
        return tr("Spent");
    case LastOrderColumn:
        return tr("Last order");
    case OptInColumn:
        return tr("Opted in");
    }
    return {};
}

} // namespace Switchboard
