// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <optional>

namespace Switchboard {

//! Quantity words in English and Hebrew, Hebrew in both genders (שתי/שני, שלוש/שלושה …).
class NumberWords {
public:
    struct Quantity {
        int value = 1;
        //! "a", "an", "another", "עוד": a quantity of 1 that also reads as an article.
        bool weak = false;
        //! "some", "a few", "כמה": a number the customer did not say.
        bool vague = false;
    };
    //! The quantity a folded word says ("two", "שתיימ", "dozen"), if it is one.
    static std::optional<Quantity> quantity(QStringView folded);
    //! The hour a number word says, for times ("בשבע", "at seven"): 1 to 12.
    static std::optional<int> hour(QStringView folded);
};

} // namespace Switchboard
