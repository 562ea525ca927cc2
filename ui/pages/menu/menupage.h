// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/outbox.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Switchboard {

class EmptyStatePage;
class MenuImportDialog;
class ProductEditor;
class ProductFilterModel;
class ProductListModel;
class Workspace;

//! The business's menu: every product in display order with its names in English and Hebrew,
//! category, price and availability; search and a category filter; drag (or Ctrl+Up/Down) to
//! reorder; a tick to mark a product sold out; an editor for everything a product has, variants
//! included. Every edit goes through the workspace's Outbox (kind ProductEdit), so it waits
//! there while the relay is away and the page says what is waiting or what the relay refused.
//!
//! Importing a menu file (JSON or CSV, as a spreadsheet saves it) is online by nature: the relay
//! compares it with the menu and the page shows that preview before anything changes; "Apply"
//! sends it again for real. Exporting saves the relay's JSON or CSV.
class MenuPage : public QWidget {
    Q_OBJECT
public:
    MenuPage(Workspace *workspace, QWidget *parent = nullptr);
    ~MenuPage() override;

    ProductListModel *products() const { return m_products; }
    ProductFilterModel *filtered() const { return m_filtered; }
    QTableView *table() const { return m_table; }

    //! Opens the editor on product `id` (empty: a new product), without waiting for it.
    ProductEditor *editProduct(const QString &id);
    //! The editor when one is open.
    ProductEditor *editor() const;
    //! Sends what the editor holds: POST for a new product, PATCH for an existing one.
    void save(const QString &id, const QJsonObject &product);
    //! Asks, then deletes the product (DELETE); true when it was asked for.
    bool confirmDelete(const QString &id);
    //! Moves the selected products one place up (-1) or down (+1).
    void moveSelection(int step);

    //! Sends the file to the relay as a dry run and shows its preview (importDialog()).
    void importFile(const QString &path);
    MenuImportDialog *importDialog() const;
    //! Saves the relay's export to `path`: CSV when it ends in .csv, else JSON.
    void exportTo(const QString &path);
    //! What the page last said at its top (an import's result, the relay's refusal, …).
    QString notice() const;
    //! Product edits not yet accepted by the relay.
    int pendingEdits() const { return int(m_commands.size()); }

Q_SIGNALS:
    //! The relay's dry run answered: importDialog() is open.
    void importPreviewed();
    //! The import was applied (true) or refused or not possible (false, notice() says why).
    void importFinished(bool applied);
    void exportFinished(bool saved);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCategories();
    void updateState();
    void updatePending();
    bool enqueue(const QString &orderKey, const QByteArray &method, const QString &path,
                 const QJsonObject &body);
    void onCommand(const Outbox::Command &command);
    void sendImport(bool dryRun);
    void showNotice(const QString &text, bool problem);
    void chooseImport();
    void chooseExport();
    QString productName(const QString &id) const;

    QPointer<Workspace> m_workspace;
    ProductListModel *m_products;
    ProductFilterModel *m_filtered;
    QLabel *m_heading;
    QLineEdit *m_search;
    QComboBox *m_category;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_import;
    QToolButton *m_export;
    QLabel *m_notice;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyStatePage *m_empty;
    QLabel *m_pending;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPointer<ProductEditor> m_editor;
    QPointer<MenuImportDialog> m_importDialog;
    //! Product edits not finished: command id → command.
    QHash<qint64, Outbox::Command> m_commands;
    //! The file being imported.
    QByteArray m_importBody;
    QString m_importFormat;
    QString m_importName;
};

} // namespace Switchboard
