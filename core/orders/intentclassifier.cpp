// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/intentclassifier.h"

#include "core/orders/lexicon.h"

namespace Switchboard {

namespace {

bool isGreeting(const Token &t) {
    for (const char16_t *w : {u"hi",  u"hey",  u"hello", u"hiya",  u"yo",     u"שלומ", u"היי",
                              u"הי",  u"אהלנ", u"guys",  u"sorry", u"excuse", u"me",   u"סליחה",
                              u"ערב", u"בוקר", u"טוב",   u"again", u"שוב",    u"um",   u"umm"}) {
        if (t.text == QStringView(w))
            return true;
    }
    return false;
}

QStringView word(const Token &t) {
    return t.bare.isEmpty() ? QStringView(t.text) : QStringView(t.bare);
}

} // namespace

Intent IntentClassifier::classify(const QList<Token> &tokens) {
    Intent intent;
    QList<const Token *> words;
    for (const Token &t : tokens) {
        if (t.isWord())
            words.append(&t);
    }
    int first = 0;
    while (first < words.size() && isGreeting(*words[first]))
        ++first;
    if (first < words.size()) {
        const Token &w = *words[first];
        const Token *next = first + 1 < words.size() ? words[first + 1] : nullptr;
        if (w.text == u"כמה")
            intent.question =
                next && (next->text == u"עולה" || next->text == u"עולות" || next->text == u"זה" ||
                         next->text == u"זמנ" || next->text == u"לוקח" || next->text == u"מחיר");
        else if (w.text == u"יש")
            intent.question = next && (next->text.startsWith(u"לכ") || next->text == u"אצלכמ" ||
                                       next->text == u"לכמ");
        else
            intent.question = Lexicon::is(Lexicon::Question, w.text) && w.canonical.isEmpty();
        const Token &firstWord = w;
        intent.followUp =
            Lexicon::is(Lexicon::And, firstWord.text) || firstWord.text == u"another" ||
            firstWord.text == u"עוד" || firstWord.text == u"ועוד" ||
            firstWord.prefix.startsWith(u'ו') ||
            (firstWord.hebrew && firstWord.text.startsWith(u'ו') && firstWord.text.size() > 2 &&
             !firstWord.canonical.isEmpty() && firstWord.prefix.startsWith(u'ו'));
    }
    if (!words.isEmpty()) {
        const Token &last = *words.last();
        if (last.is(u"too") ||
            (last.is(u"well") && words.size() > 1 && words[words.size() - 2]->is(u"as")))
            intent.followUp = true;
    }
    for (int i = 0; i < words.size(); ++i) {
        const Token &t = *words[i];
        if (!t.canonical.isEmpty() && !t.fuzzy)
            continue;
        const QStringView w = word(t);
        if (Lexicon::is(Lexicon::Complaint, t.text) || Lexicon::is(Lexicon::Complaint, w))
            intent.complaint = true;
        if (Lexicon::is(Lexicon::Cancel, t.text) || Lexicon::is(Lexicon::Cancel, w))
            intent.cancel = true;
        if (Lexicon::is(Lexicon::Removal, t.text) || Lexicon::is(Lexicon::Removal, w))
            intent.removal = true;
        if (Lexicon::is(Lexicon::OrderIntent, t.text) || Lexicon::is(Lexicon::OrderIntent, w))
            intent.orderIntent = true;
        if (t.text == u"האמ")
            intent.question = true;
    }
    return intent;
}

} // namespace Switchboard
