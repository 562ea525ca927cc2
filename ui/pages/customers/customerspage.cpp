// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/customers/customerspage.h"

#include "core/session/workspace.h"
#include "core/store/database.h"
#include "core/sync/outbox.h"
#include "core/sync/replica.h"
#include "ui/models/customerlistmodel.h"
#include "ui/models/orderwords.h"
#include "ui/models/productlistmodel.h"
#include "ui/models/replicareader.h"
#include "ui/pages/emptystatepage.h"
#include "ui/pages/pageheading.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

//! Search over a customer's name, profile name, number, tags and notes.
class CustomerFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString &text) {
        m_search = text.trimmed().toCaseFolded();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override {
        if (m_search.isEmpty())
            return true;
        const QString words =
            sourceModel()->index(row, 0, parent).data(CustomerListModel::SearchRole).toString();
        // "0501234567" finds "+972 50-123-4567": digits are compared without the rest.
        QString digits = m_search;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.size() >= 4) {
            QString phone =
                sourceModel()->index(row, 0, parent).data(CustomerListModel::PhoneRole).toString();
            phone.remove(QRegularExpression(QStringLiteral("[^0-9]")));
            if (digits.startsWith(QLatin1Char('0')))
                digits.remove(0, 1);
            if (phone.contains(digits))
                return true;
        }
        return words.contains(m_search);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override {
        switch (left.column()) {
        case CustomerListModel::OrdersColumn:
            return left.data(CustomerListModel::OrderCountRole).toInt() <
                   right.data(CustomerListModel::OrderCountRole).toInt();
        case CustomerListModel::SpentColumn:
            return left.data(CustomerListModel::SpentRole).toDouble() <
                   right.data(CustomerListModel::SpentRole).toDouble();
        case CustomerListModel::LastOrderColumn:
            return left.data(CustomerListModel::LastOrderRole).toDateTime() <
                   right.data(CustomerListModel::LastOrderRole).toDateTime();
        default:
            return QSortFilterProxyModel::lessThan(left, right);
        }
    }

private:
    QString m_search;
};

//! A CSV cell; one that a spreadsheet would run as a formula (typed text starting with = + - @)
//! is kept as text. A phone number (`guard` false) is ours, not typed, and keeps its "+".
QString csvField(const QString &value, bool guard = true) {
    QString field = value;
    if (guard && !field.isEmpty() && QStringLiteral("=+-@").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\'')))
        return QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return field;
}

} // namespace

CustomersPage::CustomersPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_customers(new CustomerListModel(this))
    , m_filtered(new CustomerFilter(this))
    , m_heading(makePageHeading(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_notice(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyStatePage(this))
    , m_detail(new QWidget(this))
    , m_title(makePageHeading(m_detail))
    , m_stats(new QLabel(m_detail))
    , m_nameLabel(new QLabel(m_detail))
    , m_name(new QLineEdit(m_detail))
    , m_tagsLabel(new QLabel(m_detail))
    , m_tags(new QLineEdit(m_detail))
    , m_notesLabel(new QLabel(m_detail))
    , m_notes(new QPlainTextEdit(m_detail))
    , m_optIn(new QCheckBox(m_detail))
    , m_save(new QPushButton(m_detail))
    , m_conversation(new QPushButton(m_detail))
    , m_historyLabel(new QLabel(m_detail))
    , m_history(new QListWidget(m_detail)) {
    setObjectName(QStringLiteral("CustomersPage"));
    m_filtered->setSourceModel(m_customers);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<CustomerFilter *>(m_filtered)->setSearch(text);
        updateState();
    });
    m_count->setObjectName(QStringLiteral("customerCount"));
    m_export->setObjectName(QStringLiteral("exportCustomers"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export customers"), tr("customers.csv"), tr("Spreadsheet (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status written = exportCsv(path); !written)
            showNotice(written.error().message, true);
        else
            showNotice(tr("The customers were saved to %1.").arg(path), false);
    });
    m_notice->setObjectName(QStringLiteral("customersNotice"));
    m_notice->setWordWrap(true);
    m_notice->setMargin(8);
    m_notice->hide();

    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_filtered);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerListModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openCustomer(current.data(CustomerListModel::IdRole).toString());
            });
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/pages/customers.svg")));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_title->setObjectName(QStringLiteral("customerTitle"));
    m_stats->setObjectName(QStringLiteral("customerStats"));
    m_stats->setWordWrap(true);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_nameLabel->setBuddy(m_name);
    m_tags->setObjectName(QStringLiteral("customerTags"));
    m_tagsLabel->setBuddy(m_tags);
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_notesLabel->setBuddy(m_notes);
    m_optIn->setObjectName(QStringLiteral("customerOptIn"));
    m_save->setObjectName(QStringLiteral("saveCustomer"));
    connect(m_save, &QPushButton::clicked, this, &CustomersPage::saveCustomer);
    m_conversation->setObjectName(QStringLiteral("openCustomerConversation"));
    connect(m_conversation, &QPushButton::clicked, this,
            [this] { Q_EMIT conversationRequested(m_conversationId); });
    m_history->setObjectName(QStringLiteral("customerOrders"));
    m_historyLabel->setBuddy(m_history);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_tagsLabel, m_tags);
    form->addRow(m_notesLabel, m_notes);
    form->addRow(QString(), m_optIn);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_conversation);
    buttons->addStretch(1);
    auto *detail = new QVBoxLayout(m_detail);
    detail->addWidget(m_title);
    detail->addWidget(m_stats);
    detail->addLayout(form);
    detail->addLayout(buttons);
    detail->addWidget(m_historyLabel);
    detail->addWidget(m_history, 1);
    m_detail->setMinimumWidth(360);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_heading);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(m_count);
    toolbar->addStretch(1);
    toolbar->addWidget(m_export);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addLayout(toolbar);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_customers, signal, this, &CustomersPage::updateState);
    connect(m_customers, &QAbstractItemModel::modelReset, this, &CustomersPage::updateState);
    connect(m_customers, &QAbstractItemModel::dataChanged, this, [this] { updateDetail(); });
    if (workspace) {
        m_customers->setReplica(workspace->replica());
        m_db = ReplicaReader::open(*workspace->replica());
    }
    retranslate();
    updateDetail();
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::openCustomer(const QString &id) {
    if (m_customers->rowOf(id) < 0)
        return;
    const bool changed = id != m_current;
    m_current = id;
    if (changed) {
        const QJsonObject record = m_customers->record(id);
        m_name->setText(record.value(QLatin1String("name")).toString());
        QStringList tags;
        for (const QJsonValue &tag : record.value(QLatin1String("tags")).toArray())
            tags << tag.toString();
        m_tags->setText(tags.join(QStringLiteral(", ")));
        m_notes->setPlainText(record.value(QLatin1String("notes")).toString());
        m_optIn->setChecked(record.value(QLatin1String("opt_in")).toBool());
    }
    updateDetail();
}

void CustomersPage::updateDetail() {
    const int row = m_customers->rowOf(m_current);
    m_detail->setEnabled(row >= 0);
    m_history->clear();
    m_conversationId.clear();
    if (row < 0) {
        m_title->setText(tr("No customer chosen"));
        m_stats->setText(tr("Choose a customer in the table to see their orders and notes."));
        m_conversation->setEnabled(false);
        return;
    }
    const QModelIndex index = m_customers->index(row, 0);
    m_title->setText(index.data(CustomerListModel::NameRole).toString());
    m_stats->setText(statsText());
    if (m_db) {
        if (auto q = m_db->query(QStringLiteral("SELECT data FROM orders WHERE customer_id = ? "
                                                "ORDER BY json_extract(data, '$.created_at') "
                                                "DESC"),
                                 {m_current})) {
            while ((*q)->next()) {
                const QJsonObject order =
                    QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
                const QDateTime at =
                    ReplicaReader::timestamp(order, QStringLiteral("created_at")).toLocalTime();
                m_history->addItem(
                    tr("#%1 · %2 · %3 · %4")
                        .arg(order.value(QLatin1String("number")).toInteger())
                        .arg(
                            QLocale().toString(at, QLocale::ShortFormat),
                            OrderWords::statusName(order.value(QLatin1String("status")).toString()),
                            ProductListModel::priceText(
                                order.value(QLatin1String("total")).toDouble(),
                                order.value(QLatin1String("currency")).toString())) +
                    QLatin1Char('\n') + OrderWords::itemsLine(order));
            }
        }
        if (auto q = m_db->query(QStringLiteral("SELECT id FROM conversations WHERE customer_id = "
                                                "? ORDER BY last_message_at DESC LIMIT 1"),
                                 {m_current});
            q && (*q)->next())
            m_conversationId = (*q)->value(0).toString();
    }
    m_conversation->setEnabled(!m_conversationId.isEmpty());
}

QString CustomersPage::statsText() const {
    const int row = m_customers->rowOf(m_current);
    if (row < 0)
        return {};
    const QModelIndex index = m_customers->index(row, 0);
    const QLocale locale;
    const QString currency = index.data(CustomerListModel::CurrencyRole).toString();
    const int orders = index.data(CustomerListModel::OrderCountRole).toInt();
    QString phone =
        QChar(0x2066) + index.data(CustomerListModel::PhoneRole).toString() + QChar(0x2069);
    if (orders == 0)
        return tr("%1 · no orders yet").arg(phone);
    auto day = [&](int role) {
        return locale.toString(index.data(role).toDateTime().toLocalTime().date(),
                               QLocale::ShortFormat);
    };
    return tr("%1 · %2 orders, %3 spent, %4 on average · first order %5, last %6")
        .arg(phone, locale.toString(orders),
             ProductListModel::priceText(index.data(CustomerListModel::SpentRole).toDouble(),
                                         currency),
             ProductListModel::priceText(index.data(CustomerListModel::AverageRole).toDouble(),
                                         currency),
             day(CustomerListModel::FirstOrderRole), day(CustomerListModel::LastOrderRole));
}

bool CustomersPage::saveCustomer() {
    const QJsonObject record = m_customers->record(m_current);
    if (record.isEmpty() || !m_workspace)
        return false;
    QJsonObject changes;
    if (m_name->text().trimmed() != record.value(QLatin1String("name")).toString())
        changes.insert(QStringLiteral("name"), m_name->text().trimmed());
    QStringList tags;
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed()))
            tags << tag.trimmed();
    }
    if (QJsonArray::fromStringList(tags) != record.value(QLatin1String("tags")).toArray())
        changes.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (m_notes->toPlainText() != record.value(QLatin1String("notes")).toString())
        changes.insert(QStringLiteral("notes"), m_notes->toPlainText());
    if (m_optIn->isChecked() != record.value(QLatin1String("opt_in")).toBool())
        changes.insert(QStringLiteral("opt_in"), m_optIn->isChecked());
    if (changes.isEmpty())
        return false;
    Outbox *outbox = m_workspace->outbox();
    auto queued = outbox->enqueue(
        Outbox::Kind::CustomerEdit, m_current, "PATCH",
        outbox->tenantPath(QStringLiteral("/customers/%1").arg(m_current)), changes);
    if (!queued) {
        showNotice(tr("The change was not saved: %1").arg(queued.error().message), true);
        return false;
    }
    m_notice->hide();
    return true;
}

Status CustomersPage::exportCsv(const QString &path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            QStringLiteral("write_failed"),
            tr("%1 could not be written: %2. Choose another place.").arg(path, file.errorString())};
    QStringList lines{QStringLiteral("name,phone,tags,opt_in,orders,total_spent,average_order,"
                                     "currency,first_order,last_order,notes")};
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        const QModelIndex index = m_filtered->index(row, 0);
        const QJsonObject record = index.data(CustomerListModel::RecordRole).toJsonObject();
        auto when = [&](int role) {
            const QDateTime at = index.data(role).toDateTime();
            return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
        };
        lines << QStringList{csvField(index.data(CustomerListModel::NameRole).toString()),
                             csvField(index.data(CustomerListModel::PhoneRole).toString(), false),
                             csvField(index.data(CustomerListModel::TagsRole)
                                          .toStringList()
                                          .join(QStringLiteral("; "))),
                             index.data(CustomerListModel::OptInRole).toBool()
                                 ? QStringLiteral("yes")
                                 : QStringLiteral("no"),
                             QString::number(index.data(CustomerListModel::OrderCountRole).toInt()),
                             QString::number(index.data(CustomerListModel::SpentRole).toDouble(),
                                             'f', 2),
                             QString::number(index.data(CustomerListModel::AverageRole).toDouble(),
                                             'f', 2),
                             index.data(CustomerListModel::CurrencyRole).toString(),
                             when(CustomerListModel::FirstOrderRole),
                             when(CustomerListModel::LastOrderRole),
                             csvField(record.value(QLatin1String("notes")).toString())}
                     .join(QLatin1Char(','));
    }
    // The byte order mark tells a spreadsheet the file is UTF-8 (Hebrew names stay readable).
    const QByteArray bytes =
        QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            QStringLiteral("write_failed"),
            tr("%1 could not be written: %2. Choose another place.").arg(path, file.errorString())};
    return success();
}

void CustomersPage::updateState() {
    m_stack->setCurrentWidget(m_customers->rowCount() == 0 ? static_cast<QWidget *>(m_empty)
                                                           : m_table);
    m_export->setEnabled(m_filtered->rowCount() > 0);
    m_count->setText(
        m_filtered->rowCount() == m_customers->rowCount()
            ? tr("%1 customers").arg(m_customers->rowCount())
            : tr("%1 of %2 customers").arg(m_filtered->rowCount()).arg(m_customers->rowCount()));
    if (m_customers->rowOf(m_current) < 0)
        updateDetail();
}

void CustomersPage::showNotice(const QString &text, bool problem) {
    m_notice->setText(text);
    m_notice->setStyleSheet(problem ? QStringLiteral("QLabel { background: #fdecea; color: "
                                                     "#611a15; border-radius: 4px; }")
                                    : QStringLiteral("QLabel { background: #e8f4fd; color: "
                                                     "#0d3c61; border-radius: 4px; }"));
    m_notice->show();
}

QString CustomersPage::notice() const {
    return m_notice->text();
}

void CustomersPage::retranslate() {
    m_heading->setText(tr("Customers"));
    m_search->setPlaceholderText(tr("Search customers by name, number, tag or note"));
    m_search->setAccessibleName(tr("Search customers"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Save the customers shown as a spreadsheet (CSV, UTF-8)"));
    m_table->setAccessibleName(tr("Customers"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("The name staff know them by"));
    m_tagsLabel->setText(tr("&Tags:"));
    m_tags->setPlaceholderText(tr("Separated by commas, e.g. regular, vegan"));
    m_notesLabel->setText(tr("N&otes:"));
    m_optIn->setText(tr("Agreed to receive &marketing messages"));
    m_save->setText(tr("&Save"));
    m_conversation->setText(tr("Open &conversation"));
    m_historyLabel->setText(tr("&Orders"));
    m_empty->setTexts(tr("No customers yet"),
                      tr("Everyone who writes to your WhatsApp number appears here, with what "
                         "they ordered. Connect a number on the Connection page to start."),
                      QString());
    updateState();
    updateDetail();
}

void CustomersPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Switchboard
