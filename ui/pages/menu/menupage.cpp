// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/menu/menupage.h"

#include "core/session/workspace.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "ui/models/productfiltermodel.h"
#include "ui/models/productlistmodel.h"
#include "ui/pages/emptystatepage.h"
#include "ui/pages/menu/menuimportdialog.h"
#include "ui/pages/menu/producteditor.h"
#include "ui/pages/pageheading.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

//! The largest menu file the page sends (a restaurant's menu is a few hundred kilobytes).
constexpr qint64 maxImportBytes = 8 * 1024 * 1024;

} // namespace

MenuPage::MenuPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_products(new ProductListModel(this))
    , m_filtered(new ProductFilterModel(this))
    , m_heading(makePageHeading(this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QToolButton(this))
    , m_notice(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyStatePage(this))
    , m_pending(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_discard(new QPushButton(this)) {
    setObjectName(QStringLiteral("MenuPage"));
    m_filtered->setSourceModel(m_products);

    m_search->setObjectName(QStringLiteral("menuSearch"));
    m_search->setClearButtonEnabled(true);
    m_category->setObjectName(QStringLiteral("menuCategory"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setObjectName(QStringLiteral("menuCount"));
    m_add->setObjectName(QStringLiteral("addProduct"));
    m_import->setObjectName(QStringLiteral("importMenu"));
    m_export->setObjectName(QStringLiteral("exportMenu"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export->setMenu(new QMenu(m_export));
    m_notice->setObjectName(QStringLiteral("menuNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setMargin(8);
    m_notice->hide();
    m_pending->setObjectName(QStringLiteral("menuPending"));
    m_pending->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryEdit"));
    m_discard->setObjectName(QStringLiteral("discardEdit"));

    m_table->setObjectName(QStringLiteral("menuTable"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDragDropOverwriteMode(false);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(
        m_table->verticalHeader()->defaultSectionSize() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ProductListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProductListModel::HebrewNameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProductListModel::CategoryColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProductListModel::PriceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProductListModel::AvailableColumn, QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    auto *moveUp = new QAction(this);
    moveUp->setObjectName(QStringLiteral("moveProductUp"));
    moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    moveUp->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(moveUp, &QAction::triggered, this, [this] { moveSelection(-1); });
    auto *moveDown = new QAction(this);
    moveDown->setObjectName(QStringLiteral("moveProductDown"));
    moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    moveDown->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(moveDown, &QAction::triggered, this, [this] { moveSelection(1); });
    auto *remove = new QAction(this);
    remove->setObjectName(QStringLiteral("deleteSelectedProduct"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            confirmDelete(current.data(ProductListModel::IdRole).toString());
    });
    m_table->addActions({moveUp, moveDown, remove});

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(m_category, 1);
    toolbar->addWidget(m_count);
    toolbar->addStretch(1);
    toolbar->addWidget(m_add);
    toolbar->addWidget(m_import);
    toolbar->addWidget(m_export);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/pages/menu.svg")));

    auto *pendingRow = new QHBoxLayout;
    pendingRow->addWidget(m_pending, 1);
    pendingRow->addWidget(m_retry);
    pendingRow->addWidget(m_discard);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(m_heading);
    layout->addLayout(toolbar);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    layout->addLayout(pendingRow);

    connect(m_search, &QLineEdit::textChanged, m_filtered, &ProductFilterModel::setSearch);
    connect(m_search, &QLineEdit::textChanged, this, &MenuPage::updateState);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_filtered->setCategory(m_category->currentData().toString());
        updateState();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { editProduct({}); });
    connect(m_import, &QPushButton::clicked, this, &MenuPage::chooseImport);
    connect(m_empty, &EmptyStatePage::actionTriggered, this, [this] { editProduct({}); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        editProduct(index.data(ProductListModel::IdRole).toString());
    });
    connect(m_products, &QAbstractItemModel::rowsInserted, this, &MenuPage::updateCategories);
    connect(m_products, &QAbstractItemModel::rowsRemoved, this, &MenuPage::updateCategories);
    connect(m_products, &QAbstractItemModel::modelReset, this, &MenuPage::updateCategories);
    connect(m_products, &QAbstractItemModel::dataChanged, this, &MenuPage::updateCategories);
    connect(m_products, &ProductListModel::orderChanged, this,
            [this](const QHash<QString, qint64> &orders) {
                for (auto it = orders.cbegin(); it != orders.cend(); ++it)
                    enqueue(it.key(), "PATCH", QStringLiteral("/products/%1").arg(it.key()),
                            {{QStringLiteral("display_order"), it.value()}});
            });
    connect(m_products, &ProductListModel::availabilityChanged, this,
            [this](const QString &id, bool available) {
                enqueue(id, "PATCH", QStringLiteral("/products/%1").arg(id),
                        {{QStringLiteral("available"), available}});
            });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        for (const Outbox::Command &command : std::as_const(m_commands)) {
            if (command.state == Outbox::State::Failed && m_workspace)
                (void)m_workspace->outbox()->retry(command.id);
        }
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (!m_workspace)
            return;
        for (const Outbox::Command &command : m_commands.values()) {
            if (command.state == Outbox::State::Failed)
                (void)m_workspace->outbox()->discard(command.id);
        }
        // What the page showed at once for those edits goes back to the relay's menu.
        m_products->setReplica(m_workspace->replica());
    });

    if (m_workspace) {
        m_products->setReplica(m_workspace->replica());
        Outbox *outbox = m_workspace->outbox();
        for (const Outbox::Command &command : outbox->commands()) {
            if (command.kind == Outbox::Kind::ProductEdit)
                m_commands.insert(command.id, command);
        }
        connect(outbox, &Outbox::commandChanged, this, &MenuPage::onCommand);
        connect(outbox, &Outbox::commandFinished, this, [this](const Outbox::Command &command) {
            if (m_commands.remove(command.id))
                updatePending();
        });
        connect(outbox, &Outbox::commandDiscarded, this, [this](qint64 id) {
            if (m_commands.remove(id))
                updatePending();
        });
    }
    retranslate();
    updateCategories();
    updatePending();
}

MenuPage::~MenuPage() = default;

void MenuPage::retranslate() {
    m_heading->setText(tr("Menu"));
    m_search->setPlaceholderText(tr("Search the menu by name, Hebrew name, SKU or other name"));
    m_search->setAccessibleName(tr("Search the menu"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setToolTip(tr("Show one category of the menu"));
    m_add->setText(tr("&New product"));
    m_add->setAccessibleName(tr("Add a product to the menu"));
    m_import->setText(tr("&Import…"));
    m_import->setAccessibleName(tr("Import a menu from a CSV or JSON file"));
    m_import->setToolTip(tr("A spreadsheet saved as CSV, or a JSON file; you see what changes "
                            "before anything does"));
    m_export->setText(tr("E&xport"));
    m_export->setAccessibleName(tr("Export the menu to a file"));
    m_export->menu()->clear();
    m_export->menu()
        ->addAction(tr("As a spreadsheet (CSV)…"), this, [this] { chooseExport(); })
        ->setData(QStringLiteral("csv"));
    m_export->menu()
        ->addAction(tr("As JSON…"), this, [this] { chooseExport(); })
        ->setData(QStringLiteral("json"));
    m_table->setAccessibleName(tr("Products of the menu"));
    m_table->setAccessibleDescription(
        tr("Enter opens a product. Drag rows, or press Ctrl+Up and Ctrl+Down, to change their "
           "place on the menu. Space on the Available column marks a product sold out."));
    for (QAction *action : m_table->actions()) {
        if (action->objectName() == QLatin1String("moveProductUp"))
            action->setText(tr("Move up"));
        else if (action->objectName() == QLatin1String("moveProductDown"))
            action->setText(tr("Move down"));
        else
            action->setText(tr("Delete product"));
    }
    m_empty->setTexts(tr("The menu is empty"),
                      tr("Add the products customers order, with their names in English and "
                         "Hebrew, prices and choices such as size or extras. A menu you already "
                         "have in a spreadsheet comes in with Import (save it as CSV first)."),
                      tr("Add the first product"));
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Send the refused menu changes again"));
    m_discard->setText(tr("&Discard"));
    m_discard->setAccessibleName(tr("Discard the refused menu changes"));
    m_pending->setAccessibleName(tr("Menu changes waiting"));
    updateCategories();
    updateState();
    updatePending();
}

void MenuPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MenuPage::updateCategories() {
    const QString current = m_category->currentData().toString();
    const QStringList categories = m_products->categories();
    QStringList shown;
    for (int i = 1; i < m_category->count(); ++i)
        shown << m_category->itemData(i).toString();
    if (m_category->count() == 0 || shown != categories ||
        m_category->itemText(0) != tr("All categories")) {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const QString &category : categories)
            m_category->addItem(category, category);
        const int at = m_category->findData(current);
        m_category->setCurrentIndex(at < 0 ? 0 : at);
        if (at < 0 && !current.isEmpty())
            m_filtered->setCategory({});
    }
    updateState();
}

void MenuPage::updateState() {
    const int total = m_products->rowCount();
    const int shown = m_filtered->rowCount();
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget *>(m_empty) : m_table);
    if (total == 0)
        m_count->clear();
    else if (shown == total)
        m_count->setText(tr("%n product(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n product(s)", nullptr, total).arg(shown));
    m_search->setEnabled(total > 0);
    m_category->setEnabled(total > 0);
    m_export->setEnabled(total > 0);
}

void MenuPage::updatePending() {
    int failed = 0;
    QString reason;
    for (const Outbox::Command &command : std::as_const(m_commands)) {
        if (command.state == Outbox::State::Failed) {
            ++failed;
            const QString id = command.orderKey;
            const QString name = productName(id);
            reason = name.isEmpty() ? command.error.message
                                    : tr("%1: %2").arg(name, command.error.message);
        }
    }
    const int waiting = int(m_commands.size()) - failed;
    QStringList parts;
    if (failed > 0)
        parts << tr("%n change(s) to the menu were refused by the relay. %1 Correct it and "
                    "save again, or discard.",
                    nullptr, failed)
                     .arg(reason);
    if (waiting > 0) {
        const bool online = m_workspace && m_workspace->outbox()->isOnline();
        parts << (online ? tr("Saving %n change(s) to the menu…", nullptr, waiting)
                         : tr("%n change(s) to the menu will be saved when the relay is back.",
                              nullptr, waiting));
    }
    m_pending->setText(parts.join(u' '));
    m_pending->setStyleSheet(failed > 0 ? QStringLiteral("color: #b3261e;") : QString());
    m_pending->setVisible(!parts.isEmpty());
    m_retry->setVisible(failed > 0);
    m_discard->setVisible(failed > 0);
}

void MenuPage::onCommand(const Outbox::Command &command) {
    if (command.kind != Outbox::Kind::ProductEdit)
        return;
    m_commands.insert(command.id, command);
    updatePending();
}

QString MenuPage::productName(const QString &id) const {
    return m_products->record(id).value(QLatin1String("name")).toString();
}

bool MenuPage::enqueue(const QString &orderKey, const QByteArray &method, const QString &path,
                       const QJsonObject &body) {
    if (!m_workspace)
        return false;
    Outbox *outbox = m_workspace->outbox();
    auto queued = outbox->enqueue(Outbox::Kind::ProductEdit, orderKey, method,
                                  outbox->tenantPath(path), body);
    if (!queued) {
        showNotice(tr("The change was not saved: %1").arg(queued.error().message), true);
        return false;
    }
    m_commands.insert(queued->id, queued.value());
    updatePending();
    return true;
}

ProductEditor *MenuPage::editor() const {
    return m_editor.data();
}

MenuImportDialog *MenuPage::importDialog() const {
    return m_importDialog.data();
}

ProductEditor *MenuPage::editProduct(const QString &id) {
    if (m_editor)
        m_editor->close();
    auto *editor = new ProductEditor(m_products->categories(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!id.isEmpty())
        editor->setProduct(m_products->record(id));
    connect(editor, &QDialog::accepted, this,
            [this, editor] { save(editor->productId(), editor->product()); });
    connect(editor, &ProductEditor::deleteRequested, this, [this, editor](const QString &which) {
        if (confirmDelete(which))
            editor->reject();
    });
    m_editor = editor;
    editor->open();
    return editor;
}

void MenuPage::save(const QString &id, const QJsonObject &product) {
    if (id.isEmpty()) {
        QJsonObject body = product;
        body.insert(QStringLiteral("display_order"), m_products->nextDisplayOrder());
        enqueue(QStringLiteral("menu"), "POST", QStringLiteral("/products"), body);
        return;
    }
    enqueue(id, "PATCH", QStringLiteral("/products/%1").arg(id), product);
}

bool MenuPage::confirmDelete(const QString &id) {
    const QString name = productName(id);
    if (id.isEmpty() || name.isEmpty())
        return false;
    const auto answer = QMessageBox::question(
        this, tr("Delete %1?").arg(name),
        tr("%1 leaves the menu, and customers' messages are no longer matched to it. Orders "
           "already taken keep it.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    return enqueue(id, "DELETE", QStringLiteral("/products/%1").arg(id), {});
}

void MenuPage::moveSelection(int step) {
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_filtered->mapToSource(index).row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_filtered->mapToSource(m_table->currentIndex()).row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : std::as_const(rows))
        ids << m_products->index(row, 0).data(ProductListModel::IdRole).toString();
    // One place in the list as it is filtered: before the row above, or after the row below.
    const QModelIndex firstShown = m_filtered->mapFromSource(m_products->index(rows.first(), 0));
    const QModelIndex lastShown = m_filtered->mapFromSource(m_products->index(rows.last(), 0));
    int destination = -1;
    if (step < 0 && firstShown.row() > 0)
        destination = m_filtered->mapToSource(m_filtered->index(firstShown.row() - 1, 0)).row();
    else if (step > 0 && lastShown.row() + 1 < m_filtered->rowCount())
        destination = m_filtered->mapToSource(m_filtered->index(lastShown.row() + 1, 0)).row() + 1;
    if (destination < 0)
        return;
    m_products->moveProducts(ids, destination);
    m_table->scrollTo(m_table->currentIndex());
}

void MenuPage::showNotice(const QString &text, bool problem) {
    m_notice->setText(text);
    m_notice->setStyleSheet(problem ? QStringLiteral("QLabel#menuNotice { background: #fdecea; "
                                                     "color: #8c1d18; border-radius: 4px; }")
                                    : QStringLiteral("QLabel#menuNotice { background: #e7f3ea; "
                                                     "color: #1b4d2b; border-radius: 4px; }"));
    m_notice->setVisible(!text.isEmpty());
    m_notice->setAccessibleName(text);
}

QString MenuPage::notice() const {
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void MenuPage::chooseImport() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a menu"), QString(),
        tr("Menu files (*.csv *.json);;Spreadsheets saved as CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

void MenuPage::importFile(const QString &path) {
    QFile file(path);
    if (file.size() > maxImportBytes) {
        showNotice(tr("%1 is too large for a menu (more than 8 MB). Check that it is the right "
                      "file.")
                       .arg(QFileInfo(path).fileName()),
                   true);
        Q_EMIT importFinished(false);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showNotice(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                   true);
        Q_EMIT importFinished(false);
        return;
    }
    m_importBody = file.readAll();
    m_importName = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    m_importFormat = suffix == QLatin1String("json") ? QStringLiteral("json")
                     : suffix == QLatin1String("csv")
                         ? QStringLiteral("csv")
                         : (m_importBody.trimmed().startsWith('{') ? QStringLiteral("json")
                                                                   : QStringLiteral("csv"));
    sendImport(true);
}

void MenuPage::sendImport(bool dryRun) {
    if (!m_workspace)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), m_importFormat);
    query.addQueryItem(QStringLiteral("dry_run"),
                       dryRun ? QStringLiteral("true") : QStringLiteral("false"));
    RelayReply *reply = m_workspace->client()->postData(
        m_workspace->outbox()->tenantPath(QStringLiteral("/products/import")), query, m_importBody,
        m_importFormat == QLatin1String("csv") ? QByteArrayLiteral("text/csv; charset=utf-8")
                                               : QByteArrayLiteral("application/json"));
    m_import->setEnabled(false);
    showNotice(dryRun ? tr("Comparing %1 with the menu…").arg(m_importName)
                      : tr("Importing %1…").arg(m_importName),
               false);
    connect(reply, &RelayReply::finished, this, [this, reply, dryRun] {
        reply->deleteLater();
        m_import->setEnabled(true);
        if (!reply->ok()) {
            const RelayError &error = reply->error();
            if (error.httpStatus == 0)
                showNotice(tr("The relay cannot be reached, and importing needs it: it compares "
                              "the file with the menu. Nothing was changed; import again when "
                              "the connection is back."),
                           true);
            else
                showNotice(tr("%1 was not imported: %2 Correct the file and import it again; "
                              "nothing was changed.")
                               .arg(m_importName, error.message),
                           true);
            Q_EMIT importFinished(false);
            return;
        }
        if (!dryRun) {
            const QJsonObject answer = reply->json();
            showNotice(tr("%1 imported: %2 added, %3 changed, %4 removed.")
                           .arg(m_importName)
                           .arg(answer.value(QLatin1String("added")).toArray().size())
                           .arg(answer.value(QLatin1String("changed")).toArray().size())
                           .arg(answer.value(QLatin1String("removed")).toArray().size()),
                       false);
            Q_EMIT importFinished(true);
            return;
        }
        showNotice({}, false);
        if (m_importDialog)
            m_importDialog->close();
        auto *dialog = new MenuImportDialog(reply->json(), m_importName, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] { sendImport(false); });
        connect(dialog, &QDialog::rejected, this, [this] {
            showNotice(tr("Import cancelled; the menu is as it was."), false);
            Q_EMIT importFinished(false);
        });
        m_importDialog = dialog;
        dialog->open();
        Q_EMIT importPreviewed();
    });
}

void MenuPage::chooseExport() {
    auto *action = qobject_cast<QAction *>(sender());
    const bool csv = !action || action->data().toString() == QLatin1String("csv");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the menu"), csv ? tr("menu.csv") : tr("menu.json"),
        csv ? tr("Spreadsheet (*.csv)") : tr("JSON (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void MenuPage::exportTo(const QString &path) {
    if (!m_workspace)
        return;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"),
                       csv ? QStringLiteral("csv") : QStringLiteral("json"));
    RelayReply *reply = m_workspace->client()->get(
        m_workspace->outbox()->tenantPath(QStringLiteral("/products/export")), query);
    connect(reply, &RelayReply::finished, this, [this, reply, path, csv] {
        reply->deleteLater();
        const QString name = QFileInfo(path).fileName();
        if (!reply->ok()) {
            showNotice(reply->error().httpStatus == 0
                           ? tr("The relay cannot be reached, and the export comes from it. Try "
                                "again when the connection is back.")
                           : tr("The menu was not exported: %1").arg(reply->error().message),
                       true);
            Q_EMIT exportFinished(false);
            return;
        }
        QSaveFile file(path);
        const QByteArray bytes =
            csv ? reply->body() : QJsonDocument(reply->json()).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            showNotice(tr("%1 could not be written: %2. Choose another place.")
                           .arg(name, file.errorString()),
                       true);
            Q_EMIT exportFinished(false);
            return;
        }
        showNotice(tr("The menu was saved to %1.").arg(name), false);
        Q_EMIT exportFinished(true);
    });
}

} // namespace Switchboard
