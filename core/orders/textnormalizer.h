// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Switchboard {

//! The one way the order extractor compares words, so a menu's names and a customer's message
//! meet in the same form: lower case, no accents, no Hebrew points, Hebrew final letters written
//! as their ordinary forms (ם → מ), geresh and gershayim as ASCII quotes; stems drop plural and
//! feminine endings in both languages ("pizzas" → "pizza", "זיתים" → "זית", "גדולה" → "גדול").
class TextNormalizer {
public:
    //! One word, folded: "Jalapeño" → "jalapeno", "צ׳יפס" → "צ'יפס", "שתיים" → "שתיימ".
    static QString fold(QStringView word);
    //! A folded word without its plural or feminine ending; short words are kept whole.
    static QString stem(QStringView folded);
    static bool isHebrewLetter(QChar c) { return c.unicode() >= 0x05D0 && c.unicode() <= 0x05EA; }
    static bool isHebrew(QStringView word) { return !word.isEmpty() && isHebrewLetter(word[0]); }
    //! Damerau (optimal string alignment) distance, giving up above limit (then limit + 1).
    static int editDistance(QStringView a, QStringView b, int limit);
};

} // namespace Switchboard
