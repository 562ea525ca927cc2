// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

class QPrinter;
class QTextDocument;

namespace Switchboard {

//! The kitchen's ticket of one order, laid out for an 80 mm receipt printer: the order number
//! and time large at the top, pickup or delivery with the address, then every item with its
//! quantity, variants and notes, in the order the customer gave them, and the order's notes.
//! It reads in the console's language and direction (Hebrew right to left). A receipt roll has
//! no page length, so the page is exactly as long as the ticket.
class KitchenTicket {
    Q_DECLARE_TR_FUNCTIONS(Switchboard::KitchenTicket)
public:
    //! `order` is the relay's Order record. A right-to-left ticket is a Hebrew one: its items
    //! and variants take their Hebrew names from `menu` (the relay's Product records, the
    //! replica's), and keep the order's words where the menu has none.
    KitchenTicket(QJsonObject order, Qt::LayoutDirection direction,
                  const QList<QJsonObject> &menu = {});

    //! The ticket as the rich text it is printed from.
    QString html() const;
    //! Prints on `printer`, setting its page to 80 mm wide and the ticket's length.
    void print(QPrinter *printer) const;
    //! Prints to a PDF file at `path` (what happens when there is no receipt printer).
    Status printToPdf(const QString &path) const;

    //! The paper's width, and the margin kept on each side of it.
    static constexpr double paperWidthMm = 80.0;
    static constexpr double marginMm = 4.0;

private:
    //! "Order #7": the ticket's heading and the print job's name.
    QString title() const;
    void layOut(QTextDocument *document) const;
    QString itemName(const QJsonObject &item) const;
    QString variantLabel(const QJsonObject &item, const QString &label) const;

    QJsonObject m_order;
    Qt::LayoutDirection m_direction;
    //! product id → Hebrew name; product id + '\n' + option label → its Hebrew label.
    QHash<QString, QString> m_hebrew;
};

} // namespace Switchboard
