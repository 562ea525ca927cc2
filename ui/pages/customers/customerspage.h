// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Switchboard {

class CustomerListModel;
class Database;
class EmptyStatePage;
class Workspace;

//! The Customers page: everyone who wrote to the business, by name, with their number, tags,
//! opt-in and what they ordered (count, total spent, last order); a search; and the chosen
//! customer beside the table: their name, tags, notes and opt-in (edited through the outbox,
//! PATCH /customers/{id}), first and last order, average order, order history, and a button to
//! their conversation. Exports the table as CSV in UTF-8 with a byte order mark, so that a
//! spreadsheet opens Hebrew names correctly.
class CustomersPage : public QWidget {
    Q_OBJECT
public:
    CustomersPage(Workspace *workspace, QWidget *parent = nullptr);
    ~CustomersPage() override;

    CustomerListModel *customers() const { return m_customers; }
    QSortFilterProxyModel *filtered() const { return m_filtered; }
    QTableView *table() const { return m_table; }
    QListWidget *history() const { return m_history; }

    void openCustomer(const QString &id);
    QString currentCustomer() const { return m_current; }
    //! Sends what the detail's fields hold; false when nothing changed or it could not queue.
    bool saveCustomer();
    //! Writes the rows the table shows (search applied) to `path` as CSV; UTF-8 with BOM.
    Status exportCsv(const QString &path) const;
    //! The figures of the chosen customer, as shown.
    QString statsText() const;
    QString notice() const;

Q_SIGNALS:
    void conversationRequested(const QString &conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDetail();
    void updateState();
    void showNotice(const QString &text, bool problem);

    QPointer<Workspace> m_workspace;
    CustomerListModel *m_customers;
    QSortFilterProxyModel *m_filtered;
    std::unique_ptr<Database> m_db;
    QLabel *m_heading;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_export;
    QLabel *m_notice;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyStatePage *m_empty;
    QWidget *m_detail;
    QLabel *m_title;
    QLabel *m_stats;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_tagsLabel;
    QLineEdit *m_tags;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QCheckBox *m_optIn;
    QPushButton *m_save;
    QPushButton *m_conversation;
    QLabel *m_historyLabel;
    QListWidget *m_history;
    QString m_current;
    QString m_conversationId;
};

} // namespace Switchboard
