// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sync/outbox.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Switchboard {

class Database;
class EmptyStatePage;
class NewOrderAlarm;
class OrderBoard;
class OrderDetail;
class OrderFilterModel;
class OrderListModel;
class Workspace;

//! The Orders page: today's figures (orders, revenue, average time from confirmed to ready),
//! the live board by status or a table with a filter and search, and the chosen order in full
//! beside them. Moving an order (a drag to another column, Return for its next status, a
//! button; Delete or the Cancel button asks for a reason) and editing it go through the
//! workspace's Outbox, so a click made offline waits there and a click made twice sends once.
//! New orders ring the NewOrderAlarm until acknowledged (the banner at the top). Kitchen
//! tickets print on the system's printer, or as PDF files when there is none; on confirming
//! when Settings say so.
class OrdersPage : public QWidget {
    Q_OBJECT
public:
    OrdersPage(Workspace *workspace, NewOrderAlarm *alarm, QWidget *parent = nullptr);
    ~OrdersPage() override;

    OrderListModel *orders() const { return m_orders; }
    OrderBoard *board() const { return m_board; }
    QTableView *table() const { return m_table; }
    OrderFilterModel *tableFilter() const { return m_tableFilter; }
    OrderDetail *detail() const { return m_detail; }

    //! Shows the order in the detail (and selects it on the board or in the table).
    void openOrder(const QString &id);
    QString currentOrder() const { return m_current; }
    //! Shows the board (true) or the table.
    void showBoard(bool board);

    //! Asks the relay to move the order to `status` (a reason is needed to cancel); false, with
    //! notice() saying why, when the state machine does not allow the move from where the
    //! order is (or is about to be, once the moves already asked for are done).
    bool requestStatus(const QString &id, const QString &status, const QString &note = {});
    //! requestStatus() to the order's next status in the flow.
    bool advance(const QString &id);
    //! Asks for the reason, then cancels.
    void askToCancel(const QString &id);
    //! Sends the detail's edits (PATCH /orders/{id}).
    bool saveChanges(const QString &id, const QJsonObject &changes);

    //! Prints the order's kitchen ticket: on the default printer, else as a PDF in
    //! ticketDirectory() (its path in the answer; empty when it went to a printer).
    Result<QString> printTicket(const QString &id);
    void setTicketDirectory(const QString &directory) { m_ticketDirectory = directory; }
    QString ticketDirectory() const { return m_ticketDirectory; }
    //! Print the ticket when this console confirms an order.
    void setAutoPrint(bool enabled) { m_autoPrint = enabled; }
    bool autoPrint() const { return m_autoPrint; }

    //! What the page last said at its top (a refusal, where a ticket went).
    QString notice() const;
    //! The figures as shown ("Orders today: 3" …), for tests and screen readers.
    QStringList figures() const;

Q_SIGNALS:
    void conversationRequested(const QString &conversationId);
    //! A ticket was printed (`path`: its PDF; empty on a printer).
    void ticketPrinted(const QString &orderId, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFigures();
    void updateAlarm(const QStringList &waiting);
    void updateState();
    void updateDetail();
    void applyShow();
    void onCommandChanged(const Outbox::Command &command);
    void onCommandFinished(const Outbox::Command &command, const QJsonObject &answer);
    void showNotice(const QString &text, bool problem);
    QString sourceConversation(const QJsonObject &order, QString *text) const;
    QString effectiveStatus(const QString &id) const;

    QPointer<Workspace> m_workspace;
    QPointer<NewOrderAlarm> m_alarm;
    OrderListModel *m_orders;
    OrderFilterModel *m_tableFilter;
    std::unique_ptr<Database> m_db;
    QLabel *m_heading;
    QLabel *m_ordersToday;
    QLabel *m_revenueToday;
    QLabel *m_readyTime;
    QToolButton *m_boardButton;
    QToolButton *m_tableButton;
    QLineEdit *m_search;
    QComboBox *m_show;
    QFrame *m_alarmBar;
    QLabel *m_alarmText;
    QPushButton *m_acknowledge;
    QPushButton *m_showWaiting;
    QLabel *m_notice;
    QStackedWidget *m_stack;
    OrderBoard *m_board;
    QTableView *m_table;
    EmptyStatePage *m_empty;
    OrderDetail *m_detail;
    QTimer *m_figuresTimer;
    QString m_current;
    //! Status moves not finished: command id → (order id, status).
    QHash<qint64, std::pair<QString, QString>> m_moves;
    QSet<QString> m_printed;
    QString m_ticketDirectory;
    bool m_autoPrint = false;
};

} // namespace Switchboard
