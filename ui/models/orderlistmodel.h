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

//! Every order the replica holds, newest first, one row each, with the columns an orders table
//! shows (number, time, customer, items, total, status, pickup or delivery) and a card column
//! for the board (number, time, customer, items and total on three lines). Follows the
//! replica's `order` changes row by row; never a reset after the first load. Rows drag as the
//! order ids they hold (mimeType), for the board to drop on a status.
class OrderListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TimeColumn,
        CustomerColumn,
        ItemsColumn,
        TotalColumn,
        StatusColumn,
        DeliveryColumn,
        CardColumn, //!< the board's card; the table hides it
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RecordRole,  //!< QJsonObject: the relay's Order record
        StatusRole,  //!< the relay's word: "pending" …
        NumberRole,  //!< qint64
        CreatedRole, //!< QDateTime (UTC)
        TotalRole,   //!< double, major units
        CurrencyRole,
        CustomerIdRole,
        NeedsReviewRole,
        SourceRole,
        DeliveryTypeRole,
        SearchRole, //!< lower-case words a search matches: number, customer, phone, items
    };
    static constexpr const char *mimeType = "application/x-switchboard-order-ids";

    explicit OrderListModel(QObject *parent = nullptr);
    ~OrderListModel() override;

    //! Reads every order of `replica` (nullptr: empty) and follows its changes.
    void setReplica(Replica *replica);

    int rowOf(const QString &id) const;
    QJsonObject record(const QString &id) const;
    //! Every order's record, newest first (the page's figures read them).
    QList<QJsonObject> records() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

Q_SIGNALS:
    //! Orders the replica added or changed after the first load: id → the status before (empty
    //! for an order not seen before), for whoever reacts to a new or confirmed order.
    void ordersArrived(const QHash<QString, QString> &previousStatus);

private:
    struct Row {
        QString id;
        qint64 number = 0;
        QString status;
        QDateTime created;
        QJsonObject record;
        QString search;
    };

    void load();
    void onChanged(const ReplicaChange &change);
    std::vector<Row> read(const QStringList &ids) const;
    void put(Row row);
    void remove(const QString &id);
    int placeFor(const Row &row, int skip) const;
    static bool before(const Row &a, const Row &b);
    void reindex(int from, int to);
    QString timeText(const QDateTime &created) const;
    QString cardText(const Row &row) const;

    QPointer<Replica> m_replica;
    std::unique_ptr<Database> m_db;
    std::vector<Row> m_rows;
    QHash<QString, int> m_index; //!< order id → row
};

} // namespace Switchboard
