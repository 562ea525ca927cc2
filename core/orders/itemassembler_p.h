// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/intentclassifier.h"
#include "core/orders/menu.h"
#include "core/orders/menumatcher.h"
#include "core/orders/tokenizer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Switchboard {

//! An order line while the extractor builds it: a product (or an unknown name), a quantity,
//! chosen options by place, and notes.
struct WorkItem {
    int product = -1;
    QString name; //!< what the customer wrote, for an item not on the menu
    int quantity = 1;
    bool explicitQuantity = false;
    QList<Menu::OptionPlace> options;
    QStringList notes;
    int event = -1; //!< where in the message it was named; -1 for a pending order's item
    int line = 0;
    bool pending = false;
    bool removed = false;
    bool changed = false;
    int ellipticalOf = -1; //!< "6 butter croissants and 4 chocolate": the item the 4 repeat
};

//! Turns a message's tokens and mentions into order lines: binds quantities (prefix, postfix,
//! "x2"), attaches options to the right item (before or after it, "with …"), records negations
//! as notes, and in an amendment applies what has no item of its own to the pending items.
class ItemAssembler {
public:
    ItemAssembler(const Menu &menu, QStringView message, const QList<Token> &tokens,
                  const QList<bool> &takenByDelivery, const QList<Mention> &mentions,
                  const Intent &intent);

    //! items holds the pending order's items first (pending = true) when amending.
    void assemble(QList<WorkItem> &items, QStringList &reasons, bool amending);

private:
    struct Event {
        enum Type { Sep, MentionAt, Quantity, With, Negation, Unknown, Removal };
        Type type = Sep;
        int token = 0;
        int mention = -1;
        int value = 0;
        bool weak = false;
        bool vague = false;
        bool xStyle = false;
        bool lineBreak = false;
        QString text;
        int line = 0;
    };

    void buildEvents();
    int readNegation(int i);
    bool boundaryAfter(int e) const;
    bool productBeforeBoundary(int e) const;
    bool hasOption(const WorkItem &item, const QList<int> &keys, Menu::OptionPlace *place) const;
    void attach(WorkItem &item, const Menu::OptionPlace &place, QStringList &reasons);
    QString optionText(int e) const;

    const Menu &m_menu;
    QStringView m_message;
    const QList<Token> &m_tokens;
    const QList<bool> &m_delivery;
    const QList<Mention> &m_mentions;
    const Intent &m_intent;
    QList<int> m_mentionAt; //!< token → mention starting there, or -1
    QList<Event> m_events;
};

} // namespace Switchboard
