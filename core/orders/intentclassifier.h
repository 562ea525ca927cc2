// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/tokenizer.h"

#include <QList>

namespace Switchboard {

//! What a message is doing, apart from the items it names: asking ("do you have gluten free?",
//! "כמה עולה…"), complaining ("the pizza arrived cold"), cancelling, or following up on an
//! earlier order ("and a coke too", "וגם קולה").
struct Intent {
    bool question = false;
    bool complaint = false;
    bool cancel = false;
    bool orderIntent = false; //!< "i want", "can i get", "אפשר"
    bool followUp = false;
    bool removal = false; //!< "forget the coke", "תוריד את הקולה"
};

class IntentClassifier {
public:
    static Intent classify(const QList<Token> &tokens);
};

} // namespace Switchboard
