// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/orderlistmodel.h"

#include "core/store/database.h"
#include "core/sync/replica.h"
#include "ui/models/orderwords.h"
#include "ui/models/productlistmodel.h"
#include "ui/models/replicareader.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMimeData>
#include <QSqlQuery>

#include <algorithm>

namespace Switchboard {

namespace {

const QString orderKind = QStringLiteral("order");

} // namespace

OrderListModel::OrderListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

OrderListModel::~OrderListModel() = default;

void OrderListModel::setReplica(Replica *replica) {
    if (m_replica)
        disconnect(m_replica, nullptr, this, nullptr);
    m_replica = replica;
    m_db.reset();
    if (replica) {
        m_db = ReplicaReader::open(*replica);
        connect(replica, &Replica::changed, this, &OrderListModel::onChanged);
    }
    load();
}

void OrderListModel::load() {
    beginResetModel();
    m_rows = read({});
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    m_index.clear();
    reindex(0, int(m_rows.size()));
    endResetModel();
}

std::vector<OrderListModel::Row> OrderListModel::read(const QStringList &ids) const {
    std::vector<Row> rows;
    if (!m_db)
        return rows;
    QString sql = QStringLiteral("SELECT data FROM orders");
    QVariantList bindings;
    if (!ids.isEmpty()) {
        sql += QStringLiteral(" WHERE id IN (%1)").arg(ReplicaReader::placeholders(ids.size()));
        for (const QString &id : ids)
            bindings << id;
    }
    auto q = m_db->query(sql, bindings);
    if (!q)
        return rows;
    while ((*q)->next()) {
        const QJsonObject record =
            QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
        Row row;
        row.id = record.value(QLatin1String("id")).toString();
        row.number = record.value(QLatin1String("number")).toInteger();
        row.status = record.value(QLatin1String("status")).toString();
        row.created = ReplicaReader::timestamp(record, QStringLiteral("created_at"));
        const QJsonObject customer = record.value(QLatin1String("customer")).toObject();
        QStringList words{QString::number(row.number),
                          customer.value(QLatin1String("name")).toString(),
                          customer.value(QLatin1String("phone")).toString()};
        for (const QJsonValue &item : record.value(QLatin1String("items")).toArray())
            words << item.toObject().value(QLatin1String("name")).toString();
        row.search = words.join(QLatin1Char(' ')).toCaseFolded();
        row.record = record;
        if (!row.id.isEmpty())
            rows.push_back(std::move(row));
    }
    return rows;
}

bool OrderListModel::before(const Row &a, const Row &b) {
    if (a.created != b.created)
        return a.created > b.created;
    if (a.number != b.number)
        return a.number > b.number;
    return a.id < b.id;
}

void OrderListModel::reindex(int from, int to) {
    for (int i = from; i < to; ++i)
        m_index.insert(m_rows[size_t(i)].id, i);
}

int OrderListModel::placeFor(const Row &row, int skip) const {
    int low = 0;
    int high = int(m_rows.size()) - (skip >= 0 ? 1 : 0);
    auto at = [&](int i) -> const Row & {
        return m_rows[size_t(skip >= 0 && i >= skip ? i + 1 : i)];
    };
    while (low < high) {
        const int middle = (low + high) / 2;
        if (before(at(middle), row))
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

void OrderListModel::onChanged(const ReplicaChange &change) {
    for (const QString &id : change.deleted.value(orderKind))
        remove(id);
    const QStringList ids = change.upserted.value(orderKind);
    if (ids.isEmpty())
        return;
    QHash<QString, QString> previous;
    for (qsizetype start = 0; start < ids.size(); start += 400) {
        for (Row &row : read(ids.mid(start, 400))) {
            const int at = rowOf(row.id);
            previous.insert(row.id, at < 0 ? QString() : m_rows[size_t(at)].status);
            put(std::move(row));
        }
    }
    if (!previous.isEmpty())
        Q_EMIT ordersArrived(previous);
}

void OrderListModel::put(Row row) {
    const auto found = m_index.constFind(row.id);
    if (found == m_index.cend()) {
        const int at = placeFor(row, -1);
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, std::move(row));
        reindex(at, int(m_rows.size()));
        endInsertRows();
        return;
    }
    const int from = *found;
    const int to = placeFor(row, from);
    m_rows[size_t(from)] = std::move(row);
    if (to != from) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        if (to < from)
            std::rotate(m_rows.begin() + to, m_rows.begin() + from, m_rows.begin() + from + 1);
        else
            std::rotate(m_rows.begin() + from, m_rows.begin() + from + 1, m_rows.begin() + to + 1);
        reindex(std::min(from, to), std::max(from, to) + 1);
        endMoveRows();
    }
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

void OrderListModel::remove(const QString &id) {
    const auto found = m_index.constFind(id);
    if (found == m_index.cend())
        return;
    const int at = *found;
    beginRemoveRows({}, at, at);
    m_rows.erase(m_rows.begin() + at);
    m_index.remove(id);
    reindex(at, int(m_rows.size()));
    endRemoveRows();
}

int OrderListModel::rowOf(const QString &id) const {
    return m_index.value(id, -1);
}

QJsonObject OrderListModel::record(const QString &id) const {
    const int row = rowOf(id);
    return row < 0 ? QJsonObject() : m_rows[size_t(row)].record;
}

QList<QJsonObject> OrderListModel::records() const {
    QList<QJsonObject> records;
    records.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        records << row.record;
    return records;
}

int OrderListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderListModel::timeText(const QDateTime &created) const {
    if (!created.isValid())
        return {};
    const QDateTime local = created.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString OrderListModel::cardText(const Row &row) const {
    const QJsonObject &record = row.record;
    QString first = tr("#%1 · %2 · %3")
                        .arg(row.number)
                        .arg(timeText(row.created), OrderWords::customerName(record));
    if (record.value(QLatin1String("needs_review")).toBool())
        first += QStringLiteral(" · ") + tr("check it");
    const QString money =
        ProductListModel::priceText(record.value(QLatin1String("total")).toDouble(),
                                    record.value(QLatin1String("currency")).toString());
    return first + QLatin1Char('\n') + OrderWords::itemsLine(record) + QLatin1Char('\n') +
           tr("%1 · %2").arg(money, OrderWords::deliveryName(
                                        record.value(QLatin1String("delivery_type")).toString()));
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const QJsonObject &record = row.record;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NumberColumn:
            return tr("#%1").arg(row.number);
        case TimeColumn:
            return timeText(row.created);
        case CustomerColumn:
            return OrderWords::customerName(record);
        case ItemsColumn:
            return OrderWords::itemsLine(record);
        case TotalColumn:
            return ProductListModel::priceText(record.value(QLatin1String("total")).toDouble(),
                                               record.value(QLatin1String("currency")).toString());
        case StatusColumn: {
            QString status = OrderWords::statusName(row.status);
            if (record.value(QLatin1String("needs_review")).toBool())
                status += QStringLiteral(" · ") + tr("check it");
            return status;
        }
        case DeliveryColumn:
            return OrderWords::deliveryName(
                record.value(QLatin1String("delivery_type")).toString());
        case CardColumn:
            return cardText(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (record.value(QLatin1String("needs_review")).toBool()) {
            QStringList reasons;
            for (const QJsonValue &reason : record.value(QLatin1String("review_reasons")).toArray())
                reasons << reason.toString();
            return tr("Check this order before confirming it: %1")
                .arg(reasons.isEmpty() ? tr("the message was not clear") : reasons.join(u", "));
        }
        return {};
    case Qt::BackgroundRole:
        if (record.value(QLatin1String("needs_review")).toBool())
            return QBrush(QColor(255, 243, 205));
        return {};
    case Qt::ForegroundRole:
        if (record.value(QLatin1String("needs_review")).toBool())
            return QBrush(QColor(60, 40, 0));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case RecordRole:
        return record;
    case StatusRole:
        return row.status;
    case NumberRole:
        return row.number;
    case CreatedRole:
        return row.created;
    case TotalRole:
        return record.value(QLatin1String("total")).toDouble();
    case CurrencyRole:
        return record.value(QLatin1String("currency")).toString();
    case CustomerIdRole:
        return record.value(QLatin1String("customer"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    case NeedsReviewRole:
        return record.value(QLatin1String("needs_review")).toBool();
    case SourceRole:
        return record.value(QLatin1String("source")).toString();
    case DeliveryTypeRole:
        return record.value(QLatin1String("delivery_type")).toString();
    case SearchRole:
        return row.search;
    }
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Order");
    case TimeColumn:
        return tr("Time");
    case CustomerColumn:
        return tr("Customer");
    case ItemsColumn:
        return tr("Items");
    case TotalColumn:
        return tr("Total");
    case StatusColumn:
        return tr("Status");
    case DeliveryColumn:
        return tr("Pickup or delivery");
    case CardColumn:
        return tr("Order");
    }
    return {};
}

Qt::ItemFlags OrderListModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

Qt::DropActions OrderListModel::supportedDragActions() const {
    return Qt::MoveAction;
}

QStringList OrderListModel::mimeTypes() const {
    return {QString::fromLatin1(mimeType)};
}

QMimeData *OrderListModel::mimeData(const QModelIndexList &indexes) const {
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(IdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(mimeType), ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

} // namespace Switchboard
