// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/orders/orderboard.h"

#include "ui/models/orderfiltermodel.h"
#include "ui/models/orderlistmodel.h"
#include "ui/models/orderwords.h"

#include <QDate>
#include <QDragEnterEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QTimer>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

const QString delivered = QStringLiteral("delivered");

QStringList idsOf(const QMimeData *mime) {
    const QByteArray data = mime->data(QString::fromLatin1(OrderListModel::mimeType));
    return QString::fromUtf8(data).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

OrderColumnView::OrderColumnView(QString status, QWidget *parent)
    : QListView(parent)
    , m_status(std::move(status)) {
    setObjectName(QStringLiteral("orderColumn_") + m_status);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setSpacing(4);
    setAlternatingRowColors(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setResizeMode(QListView::Adjust);
}

void OrderColumnView::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(OrderListModel::mimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void OrderColumnView::dragMoveEvent(QDragMoveEvent *event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(OrderListModel::mimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void OrderColumnView::dropEvent(QDropEvent *event) {
    const QStringList ids = idsOf(event->mimeData());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    // A copy, not a move: the row leaves its column when the relay's change arrives, not now.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT dropped(ids, m_status);
}

void OrderColumnView::keyPressEvent(QKeyEvent *event) {
    const QString current = currentIndex().data(OrderListModel::IdRole).toString();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!current.isEmpty())
            Q_EMIT advanceRequested(current);
        return;
    case Qt::Key_Delete:
        if (!current.isEmpty())
            Q_EMIT cancelRequested(current);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        // Left is back in a left-to-right board and forward in a mirrored one.
        const bool forward =
            (event->key() == Qt::Key_Right) == (layoutDirection() == Qt::LeftToRight);
        Q_EMIT sideStepRequested(forward ? 1 : -1);
        return;
    }
    default:
        QListView::keyPressEvent(event);
    }
}

OrderBoard::OrderBoard(OrderListModel *orders, QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("orderBoard"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    const QStringList all = statuses();
    for (const QString &status : all) {
        Column column{status, new QLabel(this), new OrderFilterModel(this),
                      new OrderColumnView(status, this)};
        column.heading->setObjectName(QStringLiteral("orderColumnHeading_") + status);
        QFont bold = column.heading->font();
        bold.setBold(true);
        column.heading->setFont(bold);
        column.heading->setBuddy(column.view);
        column.filter->setSourceModel(orders);
        column.filter->setStatuses({status});
        if (status == delivered)
            column.filter->setSince(QDate::currentDate());
        column.filter->setSortRole(OrderListModel::CreatedRole);
        column.filter->sort(OrderListModel::CardColumn, Qt::AscendingOrder);
        column.view->setModel(column.filter);
        column.view->setModelColumn(OrderListModel::CardColumn);
        auto *box = new QVBoxLayout;
        box->setSpacing(4);
        box->addWidget(column.heading);
        box->addWidget(column.view, 1);
        row->addLayout(box, 1);
        OrderColumnView *view = column.view;
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid())
                        Q_EMIT currentChanged(current.data(OrderListModel::IdRole).toString());
                });
        connect(view, &OrderColumnView::dropped, this, &OrderBoard::moveRequested);
        connect(view, &OrderColumnView::advanceRequested, this, &OrderBoard::advanceRequested);
        connect(view, &OrderColumnView::cancelRequested, this, &OrderBoard::cancelRequested);
        const int at = int(m_columns.size());
        connect(view, &OrderColumnView::sideStepRequested, this, [this, at](int step) {
            const int to = at + step;
            if (to < 0 || to >= m_columns.size())
                return;
            OrderColumnView *next = m_columns.at(to).view;
            next->setFocus(Qt::OtherFocusReason);
            if (!next->currentIndex().isValid() && next->model()->rowCount() > 0)
                next->setCurrentIndex(next->model()->index(0, OrderListModel::CardColumn));
        });
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(column.filter, signal, this, &OrderBoard::updateCounts);
        connect(column.filter, &QAbstractItemModel::modelReset, this, &OrderBoard::updateCounts);
        connect(column.filter, &QAbstractItemModel::layoutChanged, this, &OrderBoard::updateCounts);
        m_columns << column;
    }
    // Delivered is "delivered today": at midnight yesterday's leave the column.
    auto *midnight = new QTimer(this);
    midnight->setInterval(60 * 1000);
    connect(midnight, &QTimer::timeout, this, [this] {
        for (const Column &column : std::as_const(m_columns)) {
            if (column.status == delivered)
                column.filter->setSince(QDate::currentDate());
        }
    });
    midnight->start();
    retranslate();
}

QStringList OrderBoard::statuses() {
    return {QStringLiteral("pending"),          QStringLiteral("confirmed"),
            QStringLiteral("preparing"),        QStringLiteral("ready"),
            QStringLiteral("out_for_delivery"), delivered};
}

OrderColumnView *OrderBoard::column(const QString &status) const {
    for (const Column &column : m_columns) {
        if (column.status == status)
            return column.view;
    }
    return nullptr;
}

OrderFilterModel *OrderBoard::filter(const QString &status) const {
    for (const Column &column : m_columns) {
        if (column.status == status)
            return column.filter;
    }
    return nullptr;
}

void OrderBoard::setSearch(const QString &text) {
    for (const Column &column : std::as_const(m_columns))
        column.filter->setSearch(text);
}

bool OrderBoard::select(const QString &orderId) {
    for (const Column &column : std::as_const(m_columns)) {
        for (int row = 0; row < column.filter->rowCount(); ++row) {
            const QModelIndex index = column.filter->index(row, OrderListModel::CardColumn);
            if (index.data(OrderListModel::IdRole).toString() != orderId)
                continue;
            column.view->setCurrentIndex(index);
            column.view->scrollTo(index);
            column.view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void OrderBoard::updateCounts() {
    for (const Column &column : std::as_const(m_columns)) {
        const auto status = parseOrderStatus(column.status);
        QString name = status ? OrderWords::statusName(*status) : column.status;
        if (column.status == delivered)
            name = tr("Delivered today");
        const int count = column.filter->rowCount();
        column.heading->setText(tr("%1 (%2)").arg(name).arg(count));
        column.view->setAccessibleName(tr("%1 orders: %2").arg(name).arg(count));
    }
}

void OrderBoard::retranslate() {
    updateCounts();
}

void OrderBoard::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Switchboard
