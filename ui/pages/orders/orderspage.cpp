// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/orders/orderspage.h"

#include "core/orders/orderstatemachine.h"
#include "core/session/workspace.h"
#include "core/store/database.h"
#include "core/sync/replica.h"
#include "ui/models/orderfiltermodel.h"
#include "ui/models/orderlistmodel.h"
#include "ui/models/orderwords.h"
#include "ui/models/productlistmodel.h"
#include "ui/models/replicareader.h"
#include "ui/pages/emptystatepage.h"
#include "ui/pages/orders/kitchenticket.h"
#include "ui/pages/orders/orderboard.h"
#include "ui/pages/orders/orderdetail.h"
#include "ui/pages/orders/orderfigures.h"
#include "ui/pages/pageheading.h"
#include "ui/shell/neworderalarm.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

enum Show { ShowOpen, ShowToday, ShowReview, ShowAll };

QLabel *figureLabel(const QString &name, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setMargin(8);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMinimumWidth(150);
    return label;
}

QString figureHtml(const QString &caption, const QString &value) {
    return QStringLiteral("<div style='font-size:small'>%1</div>"
                          "<div style='font-size:x-large; font-weight:bold'>%2</div>")
        .arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
}

QString durationText(qint64 seconds) {
    if (seconds < 60)
        return OrdersPage::tr("%1 s").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return OrdersPage::tr("%1 min").arg(minutes);
    return OrdersPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

OrdersPage::OrdersPage(Workspace *workspace, NewOrderAlarm *alarm, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_alarm(alarm)
    , m_orders(new OrderListModel(this))
    , m_tableFilter(new OrderFilterModel(this))
    , m_heading(makePageHeading(this))
    , m_ordersToday(figureLabel(QStringLiteral("ordersToday"), this))
    , m_revenueToday(figureLabel(QStringLiteral("revenueToday"), this))
    , m_readyTime(figureLabel(QStringLiteral("confirmedToReady"), this))
    , m_boardButton(new QToolButton(this))
    , m_tableButton(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_show(new QComboBox(this))
    , m_alarmBar(new QFrame(this))
    , m_alarmText(new QLabel(m_alarmBar))
    , m_acknowledge(new QPushButton(m_alarmBar))
    , m_showWaiting(new QPushButton(m_alarmBar))
    , m_notice(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_board(new OrderBoard(m_orders, this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyStatePage(this))
    , m_detail(new OrderDetail(this))
    , m_figuresTimer(new QTimer(this))
    , m_ticketDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                        QStringLiteral("/Switchboard tickets")) {
    setObjectName(QStringLiteral("OrdersPage"));
    m_tableFilter->setSourceModel(m_orders);

    for (QToolButton *button : {m_boardButton, m_tableButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
    }
    m_boardButton->setObjectName(QStringLiteral("showBoard"));
    m_tableButton->setObjectName(QStringLiteral("showTable"));
    m_boardButton->setChecked(true);
    auto *views = new QButtonGroup(this);
    views->addButton(m_boardButton);
    views->addButton(m_tableButton);
    connect(m_boardButton, &QToolButton::clicked, this, [this] { showBoard(true); });
    connect(m_tableButton, &QToolButton::clicked, this, [this] { showBoard(false); });
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_board->setSearch(text);
        m_tableFilter->setSearch(text);
    });
    m_show->setObjectName(QStringLiteral("orderShow"));
    for (int i = 0; i < 4; ++i)
        m_show->addItem(QString());
    connect(m_show, &QComboBox::currentIndexChanged, this, &OrdersPage::applyShow);

    m_alarmBar->setObjectName(QStringLiteral("newOrderBanner"));
    m_alarmBar->setStyleSheet(
        QStringLiteral("#newOrderBanner { background: #d1392b; border-radius: 4px; }"
                       "#newOrderBanner QLabel { color: white; font-weight: bold; }"));
    m_alarmText->setObjectName(QStringLiteral("newOrderText"));
    m_alarmText->setWordWrap(true);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeOrders"));
    m_showWaiting->setObjectName(QStringLiteral("showNewOrder"));
    auto *alarmRow = new QHBoxLayout(m_alarmBar);
    alarmRow->setContentsMargins(10, 6, 10, 6);
    alarmRow->addWidget(m_alarmText, 1);
    alarmRow->addWidget(m_showWaiting);
    alarmRow->addWidget(m_acknowledge);
    m_alarmBar->hide();
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (m_alarm)
            m_alarm->acknowledgeAll();
    });
    connect(m_showWaiting, &QPushButton::clicked, this, [this] {
        if (m_alarm && !m_alarm->waiting().isEmpty()) {
            const QString first = m_alarm->waiting().first();
            m_alarm->acknowledge(first);
            openOrder(first);
        }
    });
    if (m_alarm)
        connect(m_alarm, &NewOrderAlarm::waitingChanged, this, &OrdersPage::updateAlarm);

    m_notice->setObjectName(QStringLiteral("ordersNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setMargin(8);
    m_notice->hide();

    m_table->setObjectName(QStringLiteral("orderTable"));
    m_table->setModel(m_tableFilter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrderListModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->hideColumn(OrderListModel::CardColumn);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OrderListModel::ItemsColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openOrder(current.data(OrderListModel::IdRole).toString());
            });

    m_empty->setIcon(QIcon(QStringLiteral(":/icons/pages/orders.svg")));
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    connect(m_board, &OrderBoard::currentChanged, this, &OrdersPage::openOrder);
    connect(m_board, &OrderBoard::advanceRequested, this, &OrdersPage::advance);
    connect(m_board, &OrderBoard::cancelRequested, this, &OrdersPage::askToCancel);
    connect(m_board, &OrderBoard::moveRequested, this,
            [this](const QStringList &ids, const QString &status) {
                for (const QString &id : ids) {
                    if (effectiveStatus(id) == status)
                        continue;
                    if (status == QLatin1String("cancelled"))
                        askToCancel(id);
                    else
                        requestStatus(id, status);
                }
            });
    connect(m_detail, &OrderDetail::statusRequested, this,
            [this](const QString &id, const QString &status) {
                if (status == QLatin1String("cancelled"))
                    askToCancel(id);
                else
                    requestStatus(id, status);
            });
    connect(m_detail, &OrderDetail::changesRequested, this, &OrdersPage::saveChanges);
    connect(m_detail, &OrderDetail::printRequested, this, [this](const QString &id) {
        // Where the ticket went, or why not, is on the page's notice.
        [[maybe_unused]] const auto printed = printTicket(id);
    });
    connect(m_detail, &OrderDetail::conversationRequested, this,
            &OrdersPage::conversationRequested);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_heading);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_ordersToday);
    toolbar->addWidget(m_revenueToday);
    toolbar->addWidget(m_readyTime);
    toolbar->addStretch(1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_boardButton);
    filters->addWidget(m_tableButton);
    filters->addSpacing(12);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_show, 1);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("orderDetailArea"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setMinimumWidth(380);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("ordersSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 460});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_alarmBar);
    layout->addWidget(m_notice);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    m_figuresTimer->setSingleShot(true);
    m_figuresTimer->setInterval(50);
    connect(m_figuresTimer, &QTimer::timeout, this, [this] {
        updateFigures();
        updateState();
        updateDetail();
        if (m_alarm)
            updateAlarm(m_alarm->waiting());
    });
    auto later = [this] { m_figuresTimer->start(); };
    connect(m_orders, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_orders, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_orders, &QAbstractItemModel::dataChanged, this, later);
    connect(m_orders, &QAbstractItemModel::modelReset, this, later);
    // Today's figures start again at midnight.
    auto *minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, &OrdersPage::updateFigures);
    minute->start();

    if (workspace) {
        Replica *replica = workspace->replica();
        m_orders->setReplica(replica);
        m_db = ReplicaReader::open(*replica);
        if (auto products = replica->records(QStringLiteral("product")))
            m_detail->setMenu(products.value());
        connect(replica, &Replica::changed, this, [this](const ReplicaChange &change) {
            if (!change.upserted.contains(QStringLiteral("product")) &&
                !change.deleted.contains(QStringLiteral("product")))
                return;
            if (auto products = m_workspace->replica()->records(QStringLiteral("product")))
                m_detail->setMenu(products.value());
        });
        Outbox *outbox = workspace->outbox();
        connect(outbox, &Outbox::commandChanged, this, &OrdersPage::onCommandChanged);
        connect(outbox, &Outbox::commandFinished, this, &OrdersPage::onCommandFinished);
        // Moves a previous run left waiting keep the buttons waiting too.
        for (const Outbox::Command &command : outbox->commands()) {
            if (command.kind == Outbox::Kind::OrderStatus)
                m_moves.insert(
                    command.id,
                    {command.orderKey, command.body.value(QLatin1String("status")).toString()});
        }
    }
    applyShow();
    retranslate(); // the figures too
    updateState();
    if (m_alarm)
        updateAlarm(m_alarm->waiting());
}

OrdersPage::~OrdersPage() = default;

void OrdersPage::showBoard(bool board) {
    m_boardButton->setChecked(board);
    m_tableButton->setChecked(!board);
    m_show->setEnabled(!board);
    updateState();
}

void OrdersPage::applyShow() {
    m_tableFilter->setStatuses({});
    m_tableFilter->setSince({});
    m_tableFilter->setReviewOnly(false);
    switch (m_show->currentIndex()) {
    case ShowOpen:
        m_tableFilter->setStatuses({QStringLiteral("pending"), QStringLiteral("confirmed"),
                                    QStringLiteral("preparing"), QStringLiteral("ready"),
                                    QStringLiteral("out_for_delivery")});
        break;
    case ShowToday:
        m_tableFilter->setSince(QDate::currentDate());
        break;
    case ShowReview:
        m_tableFilter->setReviewOnly(true);
        break;
    default:
        break;
    }
}

void OrdersPage::updateState() {
    if (m_orders->rowCount() == 0)
        m_stack->setCurrentWidget(m_empty);
    else
        m_stack->setCurrentWidget(m_boardButton->isChecked() ? static_cast<QWidget *>(m_board)
                                                             : m_table);
    m_search->setEnabled(m_orders->rowCount() > 0);
}

void OrdersPage::openOrder(const QString &id) {
    if (id.isEmpty() || m_orders->rowOf(id) < 0)
        return;
    const bool changed = id != m_current;
    m_current = id;
    if (m_alarm)
        m_alarm->acknowledge(id);
    updateDetail();
    if (!changed)
        return;
    if (m_boardButton->isChecked()) {
        m_board->select(id);
    } else {
        for (int row = 0; row < m_tableFilter->rowCount(); ++row) {
            const QModelIndex index = m_tableFilter->index(row, 0);
            if (index.data(OrderListModel::IdRole).toString() == id) {
                m_table->selectRow(row);
                break;
            }
        }
    }
}

void OrdersPage::updateDetail() {
    const QJsonObject order = m_orders->record(m_current);
    if (order.isEmpty()) {
        m_detail->setOrder({});
        return;
    }
    const bool sameOrder = m_detail->orderId() == m_current;
    m_detail->setOrder(order);
    if (!sameOrder) {
        QString text;
        const QString conversation = sourceConversation(order, &text);
        m_detail->setSource(text, conversation);
        m_detail->setPrinted(m_printed.contains(m_current));
    }
    bool busy = false;
    for (const auto &move : std::as_const(m_moves))
        busy |= move.first == m_current;
    m_detail->setBusy(busy);
}

QString OrdersPage::sourceConversation(const QJsonObject &order, QString *text) const {
    if (!m_workspace)
        return {};
    Replica *replica = m_workspace->replica();
    const QString messageId = order.value(QLatin1String("source_message_id")).toString();
    if (!messageId.isEmpty()) {
        if (auto message = replica->record(QStringLiteral("message"), messageId);
            message && message->has_value()) {
            *text = message->value().value(QLatin1String("text")).toString();
            return message->value().value(QLatin1String("conversation_id")).toString();
        }
    }
    // A manual or catalogue order: the customer's latest conversation.
    const QString customer =
        order.value(QLatin1String("customer")).toObject().value(QLatin1String("id")).toString();
    if (customer.isEmpty() || !m_db)
        return {};
    auto q = m_db->query(QStringLiteral("SELECT id FROM conversations WHERE customer_id = ? "
                                        "ORDER BY last_message_at DESC LIMIT 1"),
                         {customer});
    if (q && (*q)->next())
        return (*q)->value(0).toString();
    return {};
}

QString OrdersPage::effectiveStatus(const QString &id) const {
    // The last move asked for and not yet done is where the order is about to be.
    QString status = m_orders->record(id).value(QLatin1String("status")).toString();
    qint64 latest = 0;
    for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it) {
        if (it->first == id && it.key() > latest) {
            latest = it.key();
            status = it->second;
        }
    }
    return status;
}

bool OrdersPage::requestStatus(const QString &id, const QString &status, const QString &note) {
    if (!m_workspace)
        return false;
    QJsonObject record = m_orders->record(id);
    if (record.isEmpty())
        return false;
    const QString from = effectiveStatus(id);
    record.insert(QStringLiteral("status"), from);
    auto order = orderFromJson(record);
    const auto to = parseOrderStatus(status);
    if (!order || !to)
        return false;
    if (Status legal = OrderStateMachine::check(order.value(), *to, note); !legal) {
        showNotice(tr("Order #%1 cannot go from %2 to %3.")
                       .arg(record.value(QLatin1String("number")).toInteger())
                       .arg(OrderWords::statusName(from), OrderWords::statusName(*to)),
                   true);
        return false;
    }
    Outbox *outbox = m_workspace->outbox();
    QJsonObject body{{QStringLiteral("status"), status}};
    if (!note.isEmpty())
        body.insert(QStringLiteral("note"), note);
    auto queued =
        outbox->enqueue(Outbox::Kind::OrderStatus, id, "POST",
                        outbox->tenantPath(QStringLiteral("/orders/%1/status").arg(id)), body);
    if (!queued) {
        showNotice(tr("The change was not saved: %1").arg(queued.error().message), true);
        return false;
    }
    m_moves.insert(queued->id, {id, status});
    if (m_alarm)
        m_alarm->acknowledge(id);
    m_notice->hide();
    updateDetail();
    return true;
}

bool OrdersPage::advance(const QString &id) {
    QJsonObject record = m_orders->record(id);
    record.insert(QStringLiteral("status"), effectiveStatus(id));
    auto order = orderFromJson(record);
    if (!order)
        return false;
    for (OrderStatus next : OrderStateMachine::next(order.value())) {
        if (next != OrderStatus::Cancelled)
            return requestStatus(id, toString(next));
    }
    showNotice(tr("Order #%1 is %2: it has no next step.")
                   .arg(record.value(QLatin1String("number")).toInteger())
                   .arg(OrderWords::statusName(effectiveStatus(id))),
               false);
    return false;
}

void OrdersPage::askToCancel(const QString &id) {
    const QJsonObject record = m_orders->record(id);
    if (record.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Cancel order #%1").arg(record.value(QLatin1String("number")).toInteger()),
        tr("Why is the order cancelled? The customer is told."), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        showNotice(tr("An order is cancelled with a reason, for the customer and the timeline."),
                   true);
        return;
    }
    requestStatus(id, QStringLiteral("cancelled"), reason.trimmed());
}

bool OrdersPage::saveChanges(const QString &id, const QJsonObject &changes) {
    if (!m_workspace || changes.isEmpty())
        return false;
    Outbox *outbox = m_workspace->outbox();
    auto queued =
        outbox->enqueue(Outbox::Kind::OrderEdit, id, "PATCH",
                        outbox->tenantPath(QStringLiteral("/orders/%1").arg(id)), changes);
    if (!queued) {
        showNotice(tr("The change was not saved: %1").arg(queued.error().message), true);
        return false;
    }
    return true;
}

void OrdersPage::onCommandChanged(const Outbox::Command &command) {
    if (command.kind != Outbox::Kind::OrderStatus && command.kind != Outbox::Kind::OrderEdit)
        return;
    if (command.state != Outbox::State::Failed)
        return;
    // The relay refused: the move or edit will not happen; say why and let it go.
    const QString number = QString::number(
        m_orders->record(command.orderKey).value(QLatin1String("number")).toInteger());
    showNotice(tr("Order #%1 was not changed: %2").arg(number, command.error.message), true);
    // A refused command is not sent again; discarding it only tidies the outbox, and one that
    // cannot be discarded stays listed as failed, which is true.
    if (m_workspace) [[maybe_unused]]
        const Status discarded = m_workspace->outbox()->discard(command.id);
    m_moves.remove(command.id);
    updateDetail();
}

void OrdersPage::onCommandFinished(const Outbox::Command &command, const QJsonObject &answer) {
    Q_UNUSED(answer)
    if (command.kind != Outbox::Kind::OrderStatus)
        return;
    m_moves.remove(command.id);
    updateDetail();
    if (m_autoPrint &&
        command.body.value(QLatin1String("status")).toString() == QLatin1String("confirmed")) {
        [[maybe_unused]] const auto printed = printTicket(command.orderKey);
    }
}

Result<QString> OrdersPage::printTicket(const QString &id) {
    const QJsonObject order = m_orders->record(id);
    if (order.isEmpty())
        return Error{QStringLiteral("not_found"), tr("There is no such order.")};
    QList<QJsonObject> menu;
    if (m_workspace) {
        if (auto products = m_workspace->replica()->records(QStringLiteral("product")))
            menu = products.value();
    }
    const KitchenTicket ticket(order, layoutDirection(), menu);
    const qint64 number = order.value(QLatin1String("number")).toInteger();
    QString path;
    const QPrinterInfo printer = QPrinterInfo::defaultPrinter();
    if (!printer.isNull()) {
        QPrinter device(printer, QPrinter::HighResolution);
        ticket.print(&device);
        showNotice(tr("Ticket of order #%1 sent to %2.").arg(number).arg(printer.printerName()),
                   false);
    } else {
        if (!QDir().mkpath(m_ticketDirectory)) {
            const QString problem =
                tr("The ticket could not be saved: the folder %1 cannot be made.")
                    .arg(m_ticketDirectory);
            showNotice(problem, true);
            return Error{QStringLiteral("print_failed"), problem};
        }
        path =
            QDir(m_ticketDirectory)
                .filePath(QStringLiteral("order-%1-%2.pdf")
                              .arg(number)
                              .arg(order.value(QLatin1String("created_at")).toString().left(10)));
        if (Status written = ticket.printToPdf(path); !written) {
            showNotice(written.error().message, true);
            return written.error();
        }
        showNotice(tr("No printer is set up: the ticket of order #%1 is saved as %2.")
                       .arg(number)
                       .arg(QDir::toNativeSeparators(path)),
                   false);
    }
    m_printed.insert(id);
    if (id == m_current)
        m_detail->setPrinted(true);
    Q_EMIT ticketPrinted(id, path);
    return path;
}

void OrdersPage::updateAlarm(const QStringList &waiting) {
    m_alarmBar->setVisible(!waiting.isEmpty());
    if (waiting.isEmpty())
        return;
    // The bell may ring before this page's model has read the order: ask the replica.
    QJsonObject first = m_orders->record(waiting.first());
    if (first.isEmpty() && m_workspace) {
        if (auto stored = m_workspace->replica()->record(QStringLiteral("order"), waiting.first());
            stored && stored->has_value())
            first = stored->value();
    }
    const QString who = OrderWords::customerName(first);
    if (waiting.size() == 1)
        m_alarmText->setText(tr("New order #%1 from %2 is waiting for you.")
                                 .arg(first.value(QLatin1String("number")).toInteger())
                                 .arg(who));
    else
        m_alarmText->setText(tr("%1 new orders are waiting, the first #%2 from %3.")
                                 .arg(waiting.size())
                                 .arg(first.value(QLatin1String("number")).toInteger())
                                 .arg(who));
    m_alarmBar->setAccessibleName(m_alarmText->text());
}

void OrdersPage::updateFigures() {
    const OrderFigures today = OrderFigures::of(m_orders->records(), QDate::currentDate());
    const QString orders = QLocale().toString(today.orders);
    const QString revenue = ProductListModel::priceText(today.revenue, today.currency);
    const QString ready =
        today.confirmedToReady ? durationText(*today.confirmedToReady) : tr("none yet");
    m_ordersToday->setText(figureHtml(tr("Orders today"), orders));
    m_revenueToday->setText(figureHtml(tr("Revenue today"), revenue));
    m_readyTime->setText(figureHtml(tr("Confirmed to ready, on average"), ready));
    m_ordersToday->setAccessibleName(tr("Orders today: %1").arg(orders));
    m_revenueToday->setAccessibleName(tr("Revenue today: %1").arg(revenue));
    m_readyTime->setAccessibleName(tr("Confirmed to ready, on average: %1").arg(ready));
}

QStringList OrdersPage::figures() const {
    return {m_ordersToday->accessibleName(), m_revenueToday->accessibleName(),
            m_readyTime->accessibleName()};
}

void OrdersPage::showNotice(const QString &text, bool problem) {
    m_notice->setText(text);
    m_notice->setStyleSheet(problem ? QStringLiteral("QLabel { background: #fdecea; color: "
                                                     "#611a15; border-radius: 4px; }")
                                    : QStringLiteral("QLabel { background: #e8f4fd; color: "
                                                     "#0d3c61; border-radius: 4px; }"));
    m_notice->setAccessibleName(text);
    m_notice->show();
}

QString OrdersPage::notice() const {
    return m_notice->text();
}

void OrdersPage::retranslate() {
    m_heading->setText(tr("Orders"));
    m_boardButton->setText(tr("&Board"));
    m_tableButton->setText(tr("T&able"));
    m_boardButton->setToolTip(tr("Orders by status: drag a card, or press Return to move it on"));
    m_tableButton->setToolTip(tr("Every order in a table, with a filter"));
    m_search->setPlaceholderText(tr("Search orders by number, customer, phone or item"));
    m_search->setAccessibleName(tr("Search orders"));
    m_show->setItemText(ShowOpen, tr("Open orders"));
    m_show->setItemText(ShowToday, tr("Today's orders"));
    m_show->setItemText(ShowReview, tr("Orders to check"));
    m_show->setItemText(ShowAll, tr("All orders"));
    m_show->setAccessibleName(tr("Which orders the table shows"));
    m_acknowledge->setText(tr("Ac&knowledge"));
    m_showWaiting->setText(tr("&Show order"));
    m_empty->setTexts(
        tr("No orders yet"),
        tr("When a customer orders on WhatsApp (\"2 margherita and a coke, delivery to Herzl "
           "15\"), the order appears here priced from your menu, with a bell. Set up the menu "
           "first on the Menu page so that messages can be read as orders."),
        QString());
    if (m_alarm)
        updateAlarm(m_alarm->waiting());
    updateFigures();
}

void OrdersPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Switchboard
