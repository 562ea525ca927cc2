// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <vector>

namespace Switchboard {

class Database;
class Replica;
struct ReplicaChange;

//! The menu as the replica holds it: every product in display order (then by name), one row
//! each, with the columns a menu table shows (name, Hebrew name, category, price, available).
//! Follows the replica's `product` changes row by row (insert, update in place or move, remove);
//! never a reset after the first load.
//!
//! Staff reorder rows by dragging (mime drop of product ids) or moveRows(): the rows move at once
//! and orderChanged() names the products whose display_order now differs, numbered 10, 20, 30 …
//! in the new order, for the page to send to the relay. Ticking the Available column flips the
//! row at once and emits availabilityChanged(); the relay's answer then arrives as a change.
class ProductListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, HebrewNameColumn, CategoryColumn, PriceColumn, AvailableColumn };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RecordRole, //!< QJsonObject: the relay's Product record with display_order
        SkuRole,
        NameRole,
        NameHeRole,
        CategoryRole,
        PriceRole, //!< double, major units
        CurrencyRole,
        AvailableRole,
        DisplayOrderRole, //!< qint64
        AliasesRole,      //!< QStringList
        VariantCountRole, //!< int: variant groups
    };
    //! The mime type of dragged rows: their product ids, one a line.
    static constexpr const char *mimeType = "application/x-switchboard-product-ids";
    //! The step between display_order values a reorder assigns.
    static constexpr qint64 orderStep = 10;

    explicit ProductListModel(QObject *parent = nullptr);
    ~ProductListModel() override;

    //! Reads every product of `replica` (nullptr: empty) and follows its changes.
    void setReplica(Replica *replica);

    int rowOf(const QString &id) const;
    QJsonObject record(const QString &id) const;
    //! Every category in use, in menu order, each once.
    QStringList categories() const;
    //! The display_order a product added at the end gets.
    qint64 nextDisplayOrder() const;

    //! "₪48.00" in the console's locale: the currency's symbol for ILS, USD, EUR and GBP, else
    //! its code.
    static QString priceText(double price, const QString &currency);

    //! Moves the products `ids` (in their current order) before row `destination` (rowCount():
    //! to the end) and emits orderChanged(); false when nothing moved.
    bool moveProducts(const QStringList &ids, int destination);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    //! After a reorder: product id → its new display_order, only for those that changed.
    void orderChanged(const QHash<QString, qint64> &orders);
    //! Staff ticked or cleared a product's Available box.
    void availabilityChanged(const QString &id, bool available);

private:
    struct Row {
        QString id;
        QString sku;
        QString name;
        QString nameHe;
        QString category;
        double price = 0;
        QString currency;
        bool available = true;
        qint64 displayOrder = 0;
        QStringList aliases;
        int variantCount = 0;
        QJsonObject record;
    };

    void load();
    void onChanged(const ReplicaChange &change);
    std::vector<Row> read(const QStringList &ids) const;
    void put(Row row);
    void remove(const QString &id);
    int placeFor(const Row &row, int skip) const;
    static bool before(const Row &a, const Row &b);
    void reindex(int from, int to);

    QPointer<Replica> m_replica;
    std::unique_ptr<Database> m_db;
    std::vector<Row> m_rows;
    QHash<QString, int> m_index; //!< product id → row
};

} // namespace Switchboard
