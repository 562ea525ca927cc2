// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace Switchboard {

class Database;
class Replica;
struct ReplicaChange;

//! The business's customers as the replica holds them, by name, each with what their orders add
//! up to (cancelled orders not counted): how many, the total spent, the average order, the first
//! and the last. Follows the replica's `customer` and `order` changes, re-reading only the
//! customers they touch.
class CustomerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PhoneColumn,
        TagsColumn,
        OrdersColumn,
        SpentColumn,
        LastOrderColumn,
        OptInColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RecordRole, //!< QJsonObject: the relay's Customer record
        NameRole,   //!< the name staff gave, else the WhatsApp profile name, else the number
        PhoneRole,
        TagsRole,       //!< QStringList
        OrderCountRole, //!< int
        SpentRole,      //!< double, major units
        AverageRole,    //!< double, major units; 0 without orders
        CurrencyRole,
        FirstOrderRole, //!< QDateTime, invalid without orders
        LastOrderRole,
        OptInRole, //!< bool
        SearchRole,
    };

    explicit CustomerListModel(QObject *parent = nullptr);
    ~CustomerListModel() override;

    void setReplica(Replica *replica);
    int rowOf(const QString &id) const;
    QJsonObject record(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString id;
        QString name;
        QString phone;
        QStringList tags;
        bool optIn = false;
        int orders = 0;
        double spent = 0;
        QString currency;
        QDateTime firstOrder;
        QDateTime lastOrder;
        QJsonObject record;
        QString search;
    };

    void load();
    void onChanged(const ReplicaChange &change);
    std::vector<Row> read(const QStringList &ids) const;
    void put(Row row);
    void remove(const QString &id);
    static bool before(const Row &a, const Row &b);
    void reindex(int from);

    QPointer<Replica> m_replica;
    std::unique_ptr<Database> m_db;
    std::vector<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace Switchboard
