// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Switchboard {

//! The words around an order that are not on any menu, in English and Hebrew, by the part they
//! play: filler the extractor skips, negations, question openers, complaint and cancel words,
//! follow-up markers, delivery and pickup words. Every list is folded (TextNormalizer::fold).
class Lexicon {
public:
    enum Role {
        Filler,   //!< "please", "the", "עם" … never an unknown item
        With,     //!< "with", "עם", "plus", "add": an option follows
        And,      //!< "and", "also": items and options continue
        Negation, //!< "no", "without", "בלי", "ללא"
        Question, //!< a message opening with one asks, it does not order
        Complaint,
        Cancel,
        OrderIntent, //!< "i want", "can i get", "אפשר", "רוצה": orders even with a question mark
        FollowUp, //!< "too", "also", "גמ": adds to an earlier order
        Removal,  //!< "forget", "remove", "תוריד": takes an item out of a pending order
        Delivery,
        Pickup,
        Address, //!< "address", "כתובת", "street", "רחוב"
        Polite,  //!< "please", "thanks", "בבקשה", "תודה": ends an address
        Unit,    //!< "people", "minutes", "אנשימ": a number before it is not a quantity
        Pronoun, //!< "i", "we", "you": "can" before one is a verb, not a can of coke
    };
    //! Whether the folded word plays that role.
    static bool is(Role role, QStringView folded);
    //! Any role at all: a word the extractor knows that is not on the menu.
    static bool known(QStringView folded);
};

} // namespace Switchboard
