// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QListView>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace Switchboard {

class OrderFilterModel;
class OrderListModel;

//! One column of the board: the orders in one status, oldest first (the kitchen's queue), as
//! cards. Orders dragged from another column and dropped here ask to move to this status;
//! Return advances the current order, Delete asks to cancel it, Left and Right go to the next
//! column in reading order.
class OrderColumnView : public QListView {
    Q_OBJECT
public:
    OrderColumnView(QString status, QWidget *parent = nullptr);
    const QString &status() const { return m_status; }

Q_SIGNALS:
    void dropped(const QStringList &orderIds, const QString &status);
    void advanceRequested(const QString &orderId);
    void cancelRequested(const QString &orderId);
    void sideStepRequested(int step);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_status;
};

//! The live board of the Orders page: a column per status an order passes through (pending,
//! confirmed, preparing, ready, out for delivery, and those delivered today), each with its
//! count. Mirrors in a right-to-left language like any row of widgets.
class OrderBoard : public QWidget {
    Q_OBJECT
public:
    OrderBoard(OrderListModel *orders, QWidget *parent = nullptr);

    //! The statuses of the columns, in flow order.
    static QStringList statuses();
    OrderColumnView *column(const QString &status) const;
    OrderFilterModel *filter(const QString &status) const;
    void setSearch(const QString &text);
    //! Selects the order in its column and focuses it; false when no column holds it.
    bool select(const QString &orderId);

Q_SIGNALS:
    void currentChanged(const QString &orderId);
    void moveRequested(const QStringList &orderIds, const QString &status);
    void advanceRequested(const QString &orderId);
    void cancelRequested(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCounts();

    struct Column {
        QString status;
        QLabel *heading;
        OrderFilterModel *filter;
        OrderColumnView *view;
    };
    QList<Column> m_columns;
};

} // namespace Switchboard
