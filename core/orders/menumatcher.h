// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/menu.h"
#include "core/orders/tokenizer.h"

#include <QList>
#include <QString>

namespace Switchboard {

//! A run of tokens that names something on the menu.
struct Mention {
    enum Kind {
        Product,   //!< one product (by name, Hebrew name, alias, or a word only its name has)
        Option,    //!< a variant option ("large", "זיתים")
        Ambiguous, //!< a word several products' names share ("salad")
    };
    Kind kind = Product;
    int begin = 0; //!< token indices, end exclusive
    int end = 0;
    int product = -1;
    QList<int> optionKeys;
    QList<int> candidates;  //!< Ambiguous: the products it could be
    bool definite = false;  //!< "the pizza", "הפיצה": may point at an item already ordered
    bool andPrefix = false; //!< Hebrew ו in front: starts a new item
};

//! Finds the menu's phrases in a tokenized message, longest first, skipping tokens another
//! parser already took (an address, a time). Glued words are split first ("pepperonipizza").
class MenuMatcher {
public:
    explicit MenuMatcher(const Menu &menu)
        : m_menu(menu) {}

    //! Resolves every word against the menu (canonical form, Hebrew prefix, typos) and splits
    //! glued menu words into two tokens.
    void resolve(QList<Token> &tokens) const;
    //! The mentions, in message order; taken[i] is set for every token a mention covers.
    QList<Mention> match(const QList<Token> &tokens, QList<bool> &taken) const;

private:
    const Menu &m_menu;
};

} // namespace Switchboard
