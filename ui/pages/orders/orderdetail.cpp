// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/orders/orderdetail.h"

#include "core/orders/orderstatemachine.h"
#include "ui/models/orderwords.h"
#include "ui/models/productlistmodel.h"
#include "ui/models/replicareader.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

enum ItemColumn { ItemName, ItemQuantity, ItemPrice, ItemSubtotal };

QLabel *heading(QWidget *parent) {
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QStringList variantsOf(const QJsonObject &item) {
    QStringList variants;
    for (const QJsonValue &variant : item.value(QLatin1String("variants")).toArray())
        variants << variant.toString();
    return variants;
}

//! An item as PATCH /orders/{id} takes it: a menu product by id, or a line off the menu.
QJsonObject patchItem(const QJsonObject &item) {
    QJsonObject patch;
    const QString product = item.value(QLatin1String("product_id")).toString();
    if (!product.isEmpty()) {
        patch.insert(QStringLiteral("product_id"), product);
    } else {
        patch.insert(QStringLiteral("name"), item.value(QLatin1String("name")));
        patch.insert(QStringLiteral("unit_price"), item.value(QLatin1String("unit_price")));
    }
    patch.insert(QStringLiteral("quantity"), item.value(QLatin1String("quantity")).toInt(1));
    patch.insert(QStringLiteral("variants"), QJsonArray::fromStringList(variantsOf(item)));
    const QString notes = item.value(QLatin1String("notes")).toString();
    if (!notes.isEmpty())
        patch.insert(QStringLiteral("notes"), notes);
    return patch;
}

} // namespace

OrderDetail::OrderDetail(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_review(new QLabel(this))
    , m_reviewed(new QPushButton(this))
    , m_sourceLabel(heading(this))
    , m_source(new QLabel(this))
    , m_openConversation(new QPushButton(this))
    , m_itemsLabel(heading(this))
    , m_items(new QTableWidget(0, 4, this))
    , m_addChoice(new QComboBox(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_total(new QLabel(this))
    , m_deliveryLabel(new QLabel(this))
    , m_delivery(new QComboBox(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(this))
    , m_timelineLabel(heading(this))
    , m_timeline(new QListWidget(this))
    , m_actions(new QHBoxLayout)
    , m_print(new QPushButton(this))
    , m_empty(new QLabel(this))
    , m_content(new QWidget(this)) {
    setObjectName(QStringLiteral("orderDetail"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("orderTitle"));
    m_summary->setObjectName(QStringLiteral("orderSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review->setObjectName(QStringLiteral("orderReview"));
    m_review->setWordWrap(true);
    m_review->setMargin(6);
    m_review->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #3c2800; border-radius: 4px; }"));
    m_reviewed->setObjectName(QStringLiteral("markReviewed"));
    m_source->setObjectName(QStringLiteral("orderSourceMessage"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setMargin(6);
    m_source->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); }"));
    m_openConversation->setObjectName(QStringLiteral("openOrderConversation"));

    m_items->setObjectName(QStringLiteral("orderItems"));
    m_items->verticalHeader()->hide();
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_items->horizontalHeader()->setSectionResizeMode(ItemName, QHeaderView::Stretch);
    for (int column : {ItemQuantity, ItemPrice, ItemSubtotal})
        m_items->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_items->setMinimumHeight(120);
    m_itemsLabel->setBuddy(m_items);
    m_addChoice->setObjectName(QStringLiteral("addOrderItemChoice"));
    m_addChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addChoice->setMinimumContentsLength(14);
    m_add->setObjectName(QStringLiteral("addOrderItem"));
    m_remove->setObjectName(QStringLiteral("removeOrderItem"));
    m_total->setObjectName(QStringLiteral("orderTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_delivery->setObjectName(QStringLiteral("orderDeliveryType"));
    m_delivery->addItem(QString(), QString());
    m_delivery->addItem(QString(), QStringLiteral("pickup"));
    m_delivery->addItem(QString(), QStringLiteral("delivery"));
    m_deliveryLabel->setBuddy(m_delivery);
    m_address->setObjectName(QStringLiteral("orderAddress"));
    m_addressLabel->setBuddy(m_address);
    m_notes->setObjectName(QStringLiteral("orderNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(64);
    m_notesLabel->setBuddy(m_notes);
    m_save->setObjectName(QStringLiteral("saveOrder"));
    m_timeline->setObjectName(QStringLiteral("orderTimeline"));
    m_timeline->setMaximumHeight(140);
    m_timelineLabel->setBuddy(m_timeline);
    m_print->setObjectName(QStringLiteral("printTicket"));
    m_empty->setObjectName(QStringLiteral("orderDetailEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *review = new QHBoxLayout;
    review->addWidget(m_review, 1);
    review->addWidget(m_reviewed);
    auto *source = new QHBoxLayout;
    source->addWidget(m_source, 1);
    source->addWidget(m_openConversation, 0, Qt::AlignTop);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_addChoice, 1);
    itemButtons->addWidget(m_add);
    auto *itemTotal = new QHBoxLayout;
    itemTotal->addWidget(m_remove);
    itemTotal->addStretch(1);
    itemTotal->addWidget(m_total);
    auto *form = new QFormLayout;
    form->addRow(m_deliveryLabel, m_delivery);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_notesLabel, m_notes);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    m_actions->setSpacing(6);
    auto *printRow = new QHBoxLayout;
    printRow->addWidget(m_print);
    printRow->addStretch(1);

    auto *column = new QVBoxLayout(m_content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_title);
    column->addWidget(m_summary);
    column->addLayout(review);
    column->addLayout(m_actions);
    column->addLayout(printRow);
    column->addWidget(m_sourceLabel);
    column->addLayout(source);
    column->addWidget(m_itemsLabel);
    column->addWidget(m_items, 1);
    column->addLayout(itemButtons);
    column->addLayout(itemTotal);
    column->addLayout(form);
    column->addLayout(saveRow);
    column->addWidget(m_timelineLabel);
    column->addWidget(m_timeline);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_empty, 1);

    connect(m_items, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            updateButtons();
    });
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &OrderDetail::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &OrderDetail::addItem);
    connect(m_remove, &QPushButton::clicked, this, &OrderDetail::removeItem);
    connect(m_delivery, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            updateButtons();
    });
    connect(m_address, &QLineEdit::textEdited, this, &OrderDetail::updateButtons);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QJsonObject edits = changes();
        if (!edits.isEmpty())
            Q_EMIT changesRequested(orderId(), edits);
    });
    connect(m_reviewed, &QPushButton::clicked, this, [this] {
        Q_EMIT changesRequested(orderId(), {{QStringLiteral("needs_review"), false}});
    });
    connect(m_openConversation, &QPushButton::clicked, this,
            [this] { Q_EMIT conversationRequested(m_conversationId); });
    connect(m_print, &QPushButton::clicked, this, [this] { Q_EMIT printRequested(orderId()); });
    setOrder({});
}

void OrderDetail::setOrder(const QJsonObject &order) {
    const bool sameOrder =
        !order.isEmpty() && orderId() == order.value(QLatin1String("id")).toString();
    const bool itemsChanged =
        !sameOrder || m_order.value(QLatin1String("items")) != order.value(QLatin1String("items"));
    const bool keepEdits = sameOrder && !itemsChanged && !changes().isEmpty();
    m_order = order;
    if (!sameOrder) {
        m_printed = false;
        m_busy = false;
        m_conversationId.clear();
        m_source->clear();
    }
    m_content->setVisible(!order.isEmpty());
    m_empty->setVisible(order.isEmpty());
    if (order.isEmpty()) {
        retranslate();
        return;
    }
    if (!keepEdits) {
        m_filling = true;
        fillItems();
        const int delivery =
            m_delivery->findData(order.value(QLatin1String("delivery_type")).toString());
        m_delivery->setCurrentIndex(qMax(0, delivery));
        m_address->setText(order.value(QLatin1String("delivery_address")).toString());
        m_notes->setPlainText(order.value(QLatin1String("notes")).toString());
        m_filling = false;
    }
    fillTimeline();
    retranslate();
}

void OrderDetail::setMenu(const QList<QJsonObject> &products) {
    m_menu = products;
    retranslate();
}

void OrderDetail::setSource(const QString &text, const QString &conversationId) {
    m_conversationId = conversationId;
    m_source->setText(text);
    retranslate();
}

void OrderDetail::setPrinted(bool printed) {
    m_printed = printed;
    retranslate();
}

void OrderDetail::setBusy(bool busy) {
    m_busy = busy;
    updateButtons();
}

bool OrderDetail::itemsEditable() const {
    const auto status = parseOrderStatus(m_order.value(QLatin1String("status")).toString());
    return status && OrderStateMachine::itemsEditable(*status);
}

void OrderDetail::fillItems() {
    m_items->setRowCount(0);
    const bool editable = itemsEditable();
    for (const QJsonValue &value : m_order.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        QString name = item.value(QLatin1String("name")).toString();
        const QStringList variants = variantsOf(item);
        if (!variants.isEmpty())
            name += QStringLiteral(" (%1)").arg(variants.join(QStringLiteral(", ")));
        const QString notes = item.value(QLatin1String("notes")).toString();
        if (!notes.isEmpty())
            name += QStringLiteral(" — ") + notes;
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setData(Qt::UserRole, item);
        nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *quantity = new QTableWidgetItem;
        quantity->setData(Qt::EditRole, item.value(QLatin1String("quantity")).toInt(1));
        quantity->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                           (editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
        const QString currency = m_order.value(QLatin1String("currency")).toString();
        auto *price = new QTableWidgetItem(ProductListModel::priceText(
            item.value(QLatin1String("unit_price")).toDouble(), currency));
        price->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *subtotal = new QTableWidgetItem(ProductListModel::priceText(
            item.value(QLatin1String("subtotal")).toDouble(), currency));
        subtotal->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        for (QTableWidgetItem *cell : {price, subtotal})
            cell->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_items->setItem(row, ItemName, nameItem);
        m_items->setItem(row, ItemQuantity, quantity);
        m_items->setItem(row, ItemPrice, price);
        m_items->setItem(row, ItemSubtotal, subtotal);
    }
}

void OrderDetail::fillTimeline() {
    m_timeline->clear();
    const QLocale locale;
    for (const QJsonValue &value : m_order.value(QLatin1String("timeline")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QDateTime at = ReplicaReader::timestamp(entry, QStringLiteral("at")).toLocalTime();
        QString line = tr("%1 · %2").arg(
            locale.toString(at, QLocale::ShortFormat),
            OrderWords::statusName(entry.value(QLatin1String("status")).toString()));
        const QString by = entry.value(QLatin1String("by")).toString();
        if (!by.isEmpty())
            line += QStringLiteral(" · ") + (by == QLatin1String("system") ? tr("automatic") : by);
        const QString note = entry.value(QLatin1String("note")).toString();
        if (!note.isEmpty())
            line += QStringLiteral(" — ") + note;
        m_timeline->addItem(line);
    }
}

QList<QJsonObject> OrderDetail::editedItems() const {
    QList<QJsonObject> items;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        QJsonObject item = m_items->item(row, ItemName)->data(Qt::UserRole).toJsonObject();
        item.insert(QStringLiteral("quantity"),
                    qMax(1, m_items->item(row, ItemQuantity)->data(Qt::EditRole).toInt()));
        items << item;
    }
    return items;
}

QJsonObject OrderDetail::changes() const {
    QJsonObject changes;
    if (m_order.isEmpty())
        return changes;
    QJsonArray before;
    for (const QJsonValue &item : m_order.value(QLatin1String("items")).toArray())
        before << patchItem(item.toObject());
    QJsonArray after;
    for (const QJsonObject &item : editedItems())
        after << patchItem(item);
    if (before != after && itemsEditable())
        changes.insert(QStringLiteral("items"), after);
    const QString delivery = m_delivery->currentData().toString();
    if (delivery != m_order.value(QLatin1String("delivery_type")).toString())
        changes.insert(QStringLiteral("delivery_type"),
                       delivery.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(delivery));
    if (m_address->text() != m_order.value(QLatin1String("delivery_address")).toString())
        changes.insert(QStringLiteral("delivery_address"), m_address->text());
    if (m_notes->toPlainText() != m_order.value(QLatin1String("notes")).toString())
        changes.insert(QStringLiteral("notes"), m_notes->toPlainText());
    return changes;
}

void OrderDetail::addItem() {
    const QJsonObject product = m_addChoice->currentData().toJsonObject();
    if (product.isEmpty())
        return;
    QJsonObject item{{QStringLiteral("product_id"), product.value(QLatin1String("id"))},
                     {QStringLiteral("name"), product.value(QLatin1String("name"))},
                     {QStringLiteral("quantity"), 1},
                     {QStringLiteral("unit_price"), product.value(QLatin1String("price"))},
                     {QStringLiteral("subtotal"), product.value(QLatin1String("price"))}};
    m_filling = true;
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    auto *name = new QTableWidgetItem(product.value(QLatin1String("name")).toString());
    name->setData(Qt::UserRole, item);
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    auto *quantity = new QTableWidgetItem;
    quantity->setData(Qt::EditRole, 1);
    quantity->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    const QString currency = m_order.value(QLatin1String("currency")).toString();
    auto *price = new QTableWidgetItem(
        ProductListModel::priceText(product.value(QLatin1String("price")).toDouble(), currency));
    price->setFlags(Qt::ItemIsEnabled);
    // What the relay will charge is known when it answers.
    auto *subtotal = new QTableWidgetItem(tr("after saving"));
    subtotal->setFlags(Qt::ItemIsEnabled);
    m_items->setItem(row, ItemName, name);
    m_items->setItem(row, ItemQuantity, quantity);
    m_items->setItem(row, ItemPrice, price);
    m_items->setItem(row, ItemSubtotal, subtotal);
    m_filling = false;
    m_items->setCurrentCell(row, ItemQuantity);
    updateButtons();
}

void OrderDetail::removeItem() {
    const int row = m_items->currentRow();
    if (row < 0)
        return;
    m_items->removeRow(row);
    updateButtons();
}

void OrderDetail::updateButtons() {
    const bool editable = itemsEditable();
    m_addChoice->setEnabled(editable);
    m_add->setEnabled(editable && m_addChoice->count() > 0);
    m_remove->setEnabled(editable && m_items->currentRow() >= 0 && m_items->rowCount() > 1);
    m_save->setEnabled(!changes().isEmpty());
    for (QPushButton *button : std::as_const(m_statusButtons))
        button->setEnabled(!m_busy);
}

void OrderDetail::retranslate() {
    m_empty->setText(tr("Choose an order on the board or in the table to see it here: its "
                        "items, the customer's message, its timeline and what to do next."));
    m_sourceLabel->setText(tr("Customer's message"));
    m_openConversation->setText(tr("Open &conversation"));
    m_itemsLabel->setText(tr("&Items"));
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Quantity"), tr("Price"), tr("Subtotal")});
    m_add->setText(tr("&Add"));
    m_addChoice->setAccessibleName(tr("Menu item to add"));
    m_remove->setText(tr("&Remove item"));
    m_deliveryLabel->setText(tr("Pickup or &delivery:"));
    m_delivery->setItemText(0, OrderWords::deliveryName({}));
    m_delivery->setItemText(1, OrderWords::deliveryName(QStringLiteral("pickup")));
    m_delivery->setItemText(2, OrderWords::deliveryName(QStringLiteral("delivery")));
    m_addressLabel->setText(tr("Add&ress:"));
    m_notesLabel->setText(tr("&Notes:"));
    m_save->setText(tr("&Save changes"));
    m_timelineLabel->setText(tr("&Timeline"));
    m_reviewed->setText(tr("Mark as c&hecked"));
    m_print->setText(m_printed ? tr("Re&print ticket") : tr("&Print ticket"));

    const QString selected =
        m_addChoice->currentData().toJsonObject().value(QLatin1String("id")).toString();
    m_addChoice->clear();
    const bool hebrew = layoutDirection() == Qt::RightToLeft;
    for (const QJsonObject &product : std::as_const(m_menu)) {
        if (!product.value(QLatin1String("available")).toBool(true))
            continue;
        QString name = product.value(QLatin1String("name")).toString();
        const QString nameHe = product.value(QLatin1String("name_he")).toString();
        if (hebrew && !nameHe.isEmpty())
            name = nameHe;
        m_addChoice->addItem(name, product);
        if (product.value(QLatin1String("id")).toString() == selected)
            m_addChoice->setCurrentIndex(m_addChoice->count() - 1);
    }

    if (m_order.isEmpty()) {
        updateButtons();
        return;
    }
    const qint64 number = m_order.value(QLatin1String("number")).toInteger();
    const QString status = m_order.value(QLatin1String("status")).toString();
    m_title->setText(tr("Order #%1 · %2").arg(number).arg(OrderWords::statusName(status)));
    const QJsonObject customer = m_order.value(QLatin1String("customer")).toObject();
    const QDateTime created =
        ReplicaReader::timestamp(m_order, QStringLiteral("created_at")).toLocalTime();
    QStringList who{customer.value(QLatin1String("name")).toString(),
                    customer.value(QLatin1String("phone")).toString()};
    who.removeAll(QString());
    m_summary->setText(
        tr("%1 · taken %2 · from %3")
            .arg(who.isEmpty() ? tr("no customer") : who.join(QStringLiteral(" · ")),
                 QLocale().toString(created, QLocale::ShortFormat),
                 OrderWords::sourceName(m_order.value(QLatin1String("source")).toString())));
    const bool review = m_order.value(QLatin1String("needs_review")).toBool();
    QStringList reasons;
    for (const QJsonValue &reason : m_order.value(QLatin1String("review_reasons")).toArray())
        reasons << reason.toString();
    m_review->setText(tr("Check this order against the message before confirming it: %1")
                          .arg(reasons.isEmpty() ? tr("the message was not clear")
                                                 : reasons.join(QStringLiteral(", "))));
    m_review->setVisible(review);
    m_reviewed->setVisible(review);
    const bool hasSource = !m_source->text().isEmpty();
    m_sourceLabel->setVisible(hasSource || !m_conversationId.isEmpty());
    m_source->setVisible(hasSource);
    m_openConversation->setVisible(!m_conversationId.isEmpty());
    m_total->setText(
        tr("Total %1")
            .arg(ProductListModel::priceText(m_order.value(QLatin1String("total")).toDouble(),
                                             m_order.value(QLatin1String("currency")).toString())));
    const bool delivery = m_delivery->currentData().toString() == QLatin1String("delivery");
    m_addressLabel->setVisible(true);
    m_address->setPlaceholderText(delivery ? tr("Where to deliver") : tr("Only for delivery"));

    // A button for each status the order may move to next, as the relay's state machine says.
    // Later, not now: this may run inside one of these buttons' own click.
    for (QPushButton *button : std::as_const(m_statusButtons)) {
        m_actions->removeWidget(button);
        button->hide();
        button->deleteLater();
    }
    m_statusButtons.clear();
    if (auto parsed = orderFromJson(m_order)) {
        for (OrderStatus next : OrderStateMachine::next(parsed.value())) {
            auto *button = new QPushButton(OrderWords::action(next), this);
            const QString word = toString(next);
            button->setObjectName(QStringLiteral("orderTo_") + word);
            connect(button, &QPushButton::clicked, this,
                    [this, word] { Q_EMIT statusRequested(orderId(), word); });
            m_actions->addWidget(button);
            m_statusButtons << button;
        }
    }
    if (!m_statusButtons.isEmpty())
        m_statusButtons.first()->setDefault(true);
    updateButtons();
}

void OrderDetail::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Switchboard
