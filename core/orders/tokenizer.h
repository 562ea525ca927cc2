// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Switchboard {

//! One piece of a customer's message. Words carry their folded and stemmed forms; the menu fills
//! in canonical (the menu word it stands for, after Hebrew prefixes and small typos) and prefix
//! (the Hebrew prefix letters in front of it: ו, ה, ב, ל, ש, and combinations).
struct Token {
    enum Kind {
        Word,      //!< letters of one script
        Number,    //!< digits, value in number
        Clock,     //!< 19:30, hour and minute
        Separator, //!< a line break or , . ; ! ? + & (in separator)
    };
    Kind kind = Word;
    qsizetype begin = 0; //!< in the message, UTF-16 units
    qsizetype end = 0;
    QString text;      //!< folded
    QString stem;      //!< text without plural/feminine ending
    QString canonical; //!< the menu word this is, or empty
    QString prefix;    //!< Hebrew prefix letters stripped to reach canonical or a known word
    QString bare;      //!< text without prefix (stem form), when a prefix was stripped
    bool hebrew = false;
    bool fuzzy = false; //!< canonical found within edit distance, not exactly
    int number = 0;
    int hour = 0;
    int minute = 0;
    QChar separator;
    int line = 0;

    bool isWord() const { return kind == Word; }
    bool isSeparator() const { return kind == Separator; }
    bool isLineBreak() const { return kind == Separator && separator == u'\n'; }
    //! The word a lexicon compares: the text without its Hebrew prefix when one was found.
    bool is(QStringView word) const { return kind == Word && text == word; }
};

//! Splits a WhatsApp message into tokens: runs of one script, digits split from letters
//! ("2pizzas", "ב7"), "×2"/"x2" as "x" and a number, "w/o" as "without", emoji and other symbols
//! dropped. Hyphens are spaces ("ב-19:30", "coca-cola").
class Tokenizer {
public:
    static QList<Token> tokenize(QStringView message);
};

} // namespace Switchboard
