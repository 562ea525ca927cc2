// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/productlistmodel.h"

#include "core/store/database.h"
#include "core/sync/replica.h"
#include "ui/models/replicareader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Switchboard {

namespace {

const QString productKind = QStringLiteral("product");

} // namespace

ProductListModel::ProductListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

ProductListModel::~ProductListModel() = default;

void ProductListModel::setReplica(Replica *replica) {
    if (m_replica)
        disconnect(m_replica, nullptr, this, nullptr);
    m_replica = replica;
    m_db.reset();
    if (replica) {
        m_db = ReplicaReader::open(*replica);
        connect(replica, &Replica::changed, this, &ProductListModel::onChanged);
    }
    load();
}

void ProductListModel::load() {
    beginResetModel();
    m_rows = read({});
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    m_index.clear();
    reindex(0, int(m_rows.size()));
    endResetModel();
}

std::vector<ProductListModel::Row> ProductListModel::read(const QStringList &ids) const {
    std::vector<Row> rows;
    if (!m_db)
        return rows;
    QString sql = QStringLiteral("SELECT data FROM products");
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
        row.sku = record.value(QLatin1String("sku")).toString();
        row.name = record.value(QLatin1String("name")).toString();
        row.nameHe = record.value(QLatin1String("name_he")).toString();
        row.category = record.value(QLatin1String("category")).toString();
        row.price = record.value(QLatin1String("price")).toDouble();
        row.currency = record.value(QLatin1String("currency")).toString();
        row.available = record.value(QLatin1String("available")).toBool(true);
        row.displayOrder = record.value(QLatin1String("display_order")).toInteger();
        for (const QJsonValue &alias : record.value(QLatin1String("aliases")).toArray())
            row.aliases << alias.toString();
        row.variantCount = int(record.value(QLatin1String("variants")).toArray().size());
        row.record = record;
        if (!row.id.isEmpty())
            rows.push_back(std::move(row));
    }
    return rows;
}

bool ProductListModel::before(const Row &a, const Row &b) {
    if (a.displayOrder != b.displayOrder)
        return a.displayOrder < b.displayOrder;
    const int byName = a.name.localeAwareCompare(b.name);
    if (byName != 0)
        return byName < 0;
    return a.id < b.id;
}

void ProductListModel::reindex(int from, int to) {
    for (int i = from; i < to; ++i)
        m_index.insert(m_rows[size_t(i)].id, i);
}

int ProductListModel::placeFor(const Row &row, int skip) const {
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

void ProductListModel::onChanged(const ReplicaChange &change) {
    for (const QString &id : change.deleted.value(productKind))
        remove(id);
    const QStringList ids = change.upserted.value(productKind);
    if (ids.isEmpty())
        return;
    for (qsizetype start = 0; start < ids.size(); start += 400) {
        for (Row &row : read(ids.mid(start, 400)))
            put(std::move(row));
    }
}

void ProductListModel::put(Row row) {
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
    Q_EMIT dataChanged(index(to, 0), index(to, AvailableColumn));
}

void ProductListModel::remove(const QString &id) {
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

int ProductListModel::rowOf(const QString &id) const {
    return m_index.value(id, -1);
}

QJsonObject ProductListModel::record(const QString &id) const {
    const int row = rowOf(id);
    return row < 0 ? QJsonObject() : m_rows[size_t(row)].record;
}

QStringList ProductListModel::categories() const {
    QStringList categories;
    for (const Row &row : m_rows) {
        if (!row.category.isEmpty() && !categories.contains(row.category))
            categories << row.category;
    }
    return categories;
}

qint64 ProductListModel::nextDisplayOrder() const {
    return m_rows.empty() ? orderStep : m_rows.back().displayOrder + orderStep;
}

bool ProductListModel::moveProducts(const QStringList &ids, int destination) {
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row >= 0 && !rows.contains(row))
            rows << row;
    }
    if (rows.isEmpty())
        return false;
    std::sort(rows.begin(), rows.end());
    destination = std::clamp(destination, 0, int(m_rows.size()));
    // The new order of the rows: the moved block at the destination.
    std::vector<Row> moved;
    std::vector<Row> rest;
    int insertAt = destination;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (rows.contains(i)) {
            moved.push_back(m_rows[size_t(i)]);
            if (i < destination)
                --insertAt;
        } else {
            rest.push_back(m_rows[size_t(i)]);
        }
    }
    std::vector<Row> order = rest;
    order.insert(order.begin() + insertAt, moved.begin(), moved.end());
    bool same = true;
    for (size_t i = 0; i < order.size(); ++i)
        same = same && order[i].id == m_rows[i].id;
    if (same)
        return false;

    // Fit the moved block between its neighbours when there is room, so that one drag changes
    // only the dragged products; else number the whole menu again.
    const int first = insertAt;
    const int count = int(moved.size());
    const int afterBlock = first + count;
    const bool hasLower = first > 0;
    const bool hasUpper = afterBlock < int(order.size());
    const qint64 lower = hasLower ? order[size_t(first - 1)].displayOrder : 0;
    const qint64 upper = hasUpper ? order[size_t(afterBlock)].displayOrder : 0;
    bool fitted = true;
    if (hasLower && hasUpper) {
        fitted = upper - lower > count;
        for (int i = 0; fitted && i < count; ++i)
            order[size_t(first + i)].displayOrder = lower + (upper - lower) * (i + 1) / (count + 1);
    } else if (hasUpper) {
        for (int i = 0; i < count; ++i)
            order[size_t(first + i)].displayOrder = upper - orderStep * (count - i);
    } else {
        for (int i = 0; i < count; ++i)
            order[size_t(first + i)].displayOrder = lower + orderStep * (i + 1);
    }
    if (!fitted) {
        for (size_t i = 0; i < order.size(); ++i)
            order[i].displayOrder = orderStep * qint64(i + 1);
    }

    QHash<QString, qint64> changed;
    QHash<QString, qint64> before;
    for (const Row &row : m_rows)
        before.insert(row.id, row.displayOrder);
    for (Row &row : order) {
        if (before.value(row.id) != row.displayOrder) {
            changed.insert(row.id, row.displayOrder);
            row.record.insert(QStringLiteral("display_order"), row.displayOrder);
        }
    }
    // One layout change: persistent indexes (the selection) follow their products.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<QPair<QString, int>> persistentIds;
    for (const QModelIndex &index : persistent)
        persistentIds << qMakePair(m_rows[size_t(index.row())].id, index.column());
    m_rows = std::move(order);
    reindex(0, int(m_rows.size()));
    QModelIndexList now;
    for (const auto &[id, column] : std::as_const(persistentIds))
        now << index(m_index.value(id), column);
    changePersistentIndexList(persistent, now);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT orderChanged(changed);
    return true;
}

int ProductListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : AvailableColumn + 1;
}

QString ProductListModel::priceText(double price, const QString &currency) {
    // The currencies the project handles have a symbol everyone reads; others keep their code.
    static const QHash<QString, QString> symbols{{QStringLiteral("ILS"), QStringLiteral("₪")},
                                                 {QStringLiteral("USD"), QStringLiteral("$")},
                                                 {QStringLiteral("EUR"), QStringLiteral("€")},
                                                 {QStringLiteral("GBP"), QStringLiteral("£")}};
    return QLocale().toCurrencyString(price, symbols.value(currency, currency), 2);
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case HebrewNameColumn:
            return row.nameHe;
        case CategoryColumn:
            return row.category;
        case PriceColumn:
            return priceText(row.price, row.currency);
        case AvailableColumn:
            return row.available ? tr("Available") : tr("Sold out");
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == AvailableColumn)
            return row.available ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !row.aliases.isEmpty())
            return tr("Also called: %1").arg(row.aliases.join(QStringLiteral(", ")));
        return {};
    case IdRole:
        return row.id;
    case RecordRole:
        return row.record;
    case SkuRole:
        return row.sku;
    case NameRole:
        return row.name;
    case NameHeRole:
        return row.nameHe;
    case CategoryRole:
        return row.category;
    case PriceRole:
        return row.price;
    case CurrencyRole:
        return row.currency;
    case AvailableRole:
        return row.available;
    case DisplayOrderRole:
        return row.displayOrder;
    case AliasesRole:
        return row.aliases;
    case VariantCountRole:
        return row.variantCount;
    default:
        return {};
    }
}

bool ProductListModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != AvailableColumn || role != Qt::CheckStateRole)
        return false;
    Row &row = m_rows[size_t(index.row())];
    const bool available = value.toInt() == Qt::Checked;
    if (available == row.available)
        return true;
    row.available = available;
    row.record.insert(QStringLiteral("available"), available);
    Q_EMIT dataChanged(index, index);
    Q_EMIT availabilityChanged(row.id, available);
    return true;
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case HebrewNameColumn:
        return tr("Hebrew name");
    case CategoryColumn:
        return tr("Category");
    case PriceColumn:
        return tr("Price");
    case AvailableColumn:
        return tr("Available");
    default:
        return {};
    }
}

Qt::ItemFlags ProductListModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == AvailableColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QHash<int, QByteArray> ProductListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "id"},
                  {NameRole, "name"},
                  {NameHeRole, "nameHe"},
                  {CategoryRole, "category"},
                  {PriceRole, "price"},
                  {AvailableRole, "available"}});
    return names;
}

bool ProductListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > int(m_rows.size()))
        return false;
    QStringList ids;
    for (int i = sourceRow; i < sourceRow + count; ++i)
        ids << m_rows[size_t(i)].id;
    return moveProducts(ids, destinationChild);
}

Qt::DropActions ProductListModel::supportedDropActions() const {
    return Qt::MoveAction;
}

Qt::DropActions ProductListModel::supportedDragActions() const {
    return Qt::MoveAction;
}

QStringList ProductListModel::mimeTypes() const {
    return {QString::fromLatin1(mimeType)};
}

QMimeData *ProductListModel::mimeData(const QModelIndexList &indexes) const {
    QStringList ids;
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows))
        ids << m_rows[size_t(row)].id;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), ids.join(u'\n').toUtf8());
    return data;
}

bool ProductListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const {
    return action == Qt::MoveAction && data && data->hasFormat(QString::fromLatin1(mimeType));
}

bool ProductListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a row: before it. Between rows: at `row`. Below the last: the end.
    const int destination = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_rows.size());
    const QStringList ids = QString::fromUtf8(data->data(QString::fromLatin1(mimeType)))
                                .split(u'\n', Qt::SkipEmptyParts);
    moveProducts(ids, destination);
    // The move is done here; nothing is left for the view to remove.
    return false;
}

} // namespace Switchboard
