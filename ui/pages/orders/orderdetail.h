// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Switchboard {

//! One order in full, beside the board: number, status and time; the customer; the message it
//! was read from with a link to the conversation; why it needs checking; its items (quantities
//! and items editable while the order is pending or confirmed), pickup or delivery with the
//! address, notes; the timeline of who moved it when; a button for each status it may move to
//! next and the kitchen ticket's print or reprint.
//!
//! The widget only shows and asks: the page sends what it asks for through the outbox.
class OrderDetail : public QWidget {
    Q_OBJECT
public:
    explicit OrderDetail(QWidget *parent = nullptr);

    //! Shows `order` (the relay's Order record); an empty one shows what to do instead. Edits
    //! not saved survive an update of the same order unless its items changed.
    void setOrder(const QJsonObject &order);
    QString orderId() const { return m_order.value(QLatin1String("id")).toString(); }
    //! The menu's products, for adding an item (the relay's Product records).
    void setMenu(const QList<QJsonObject> &products);
    //! The customer's message the order was read from, and its conversation (empty: none).
    void setSource(const QString &text, const QString &conversationId);
    //! Whether this console printed the ticket already (the button then says "Reprint").
    void setPrinted(bool printed);
    //! A status move of this order is waiting for the relay: the buttons wait too.
    void setBusy(bool busy);

    //! What the edit fields hold as the body of PATCH /orders/{id}; empty when nothing changed.
    QJsonObject changes() const;
    QTableWidget *itemsTable() const { return m_items; }
    QList<QPushButton *> statusButtons() const { return m_statusButtons; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void statusRequested(const QString &orderId, const QString &status);
    void changesRequested(const QString &orderId, const QJsonObject &changes);
    void printRequested(const QString &orderId);
    void conversationRequested(const QString &conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillItems();
    void fillTimeline();
    void updateButtons();
    void addItem();
    void removeItem();
    QList<QJsonObject> editedItems() const;
    bool itemsEditable() const;

    QJsonObject m_order;
    QList<QJsonObject> m_menu;
    QString m_conversationId;
    bool m_printed = false;
    bool m_busy = false;
    bool m_filling = false;

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_review;
    QPushButton *m_reviewed;
    QLabel *m_sourceLabel;
    QLabel *m_source;
    QPushButton *m_openConversation;
    QLabel *m_itemsLabel;
    QTableWidget *m_items;
    QComboBox *m_addChoice;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_total;
    QLabel *m_deliveryLabel;
    QComboBox *m_delivery;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QLabel *m_timelineLabel;
    QListWidget *m_timeline;
    QHBoxLayout *m_actions;
    QList<QPushButton *> m_statusButtons;
    QPushButton *m_print;
    QLabel *m_empty;
    QWidget *m_content;
};

} // namespace Switchboard
