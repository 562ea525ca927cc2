// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/menumatcher.h"

#include "core/orders/lexicon.h"
#include "core/orders/textnormalizer.h"

namespace Switchboard {

void MenuMatcher::resolve(QList<Token> &tokens) const {
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        Token &t = tokens[i];
        m_menu.resolve(t);
        if (!t.isWord() || !t.canonical.isEmpty())
            continue;
        const auto split = m_menu.splitGlued(t);
        if (!split)
            continue;
        Token left = t;
        Token right = t;
        left.text = split->first;
        left.end = t.begin + left.text.size();
        right.text = split->second;
        right.begin = left.end;
        for (Token *part : {&left, &right}) {
            part->stem = TextNormalizer::stem(part->text);
            part->canonical.clear();
            part->prefix.clear();
            part->bare.clear();
            part->fuzzy = false;
            m_menu.resolve(*part);
        }
        tokens[i] = left;
        tokens.insert(i + 1, right);
        ++i;
    }
}

QList<Mention> MenuMatcher::match(const QList<Token> &tokens, QList<bool> &taken) const {
    QList<Mention> mentions;
    const int n = int(tokens.size());
    for (int i = 0; i < n; ++i) {
        const Token &t = tokens[i];
        if (taken[i] || !t.isWord() || t.canonical.isEmpty())
            continue;
        const QList<Menu::Phrase> *phrases = m_menu.phrasesStartingWith(t.canonical);
        const Menu::Phrase *found = nullptr;
        int end = i + 1;
        if (phrases) {
            for (const Menu::Phrase &phrase : *phrases) {
                const int len = int(phrase.words.size());
                if (i + len > n)
                    continue;
                bool ok = true;
                for (int k = 1; k < len && ok; ++k) {
                    const Token &next = tokens[i + k];
                    ok = !taken[i + k] && next.isWord() && next.canonical == phrase.words[k] &&
                         !next.prefix.startsWith(u'ו');
                }
                if (!ok)
                    continue;
                // "can I get …" is a question, not a can of coke
                if (phrase.target.product < 0 && len == 1 && t.text == u"can" &&
                    (i + 1 >= n || Lexicon::is(Lexicon::Pronoun, tokens[i + 1].text)))
                    continue;
                found = &phrase;
                end = i + len;
                break;
            }
        }
        Mention m;
        m.begin = i;
        m.end = end;
        m.definite = t.prefix.contains(u'ה') ||
                     (i > 0 && (tokens[i - 1].is(u"the") || tokens[i - 1].is(u"that")));
        m.andPrefix = t.prefix.startsWith(u'ו');
        if (found) {
            if (found->target.product >= 0) {
                m.kind = Mention::Product;
                m.product = found->target.product;
            } else {
                m.kind = Mention::Option;
                m.optionKeys = found->target.optionKeys;
            }
        } else {
            const QList<int> named = m_menu.productsNamedWith(t.canonical);
            if (named.isEmpty())
                continue;
            if (named.size() == 1) {
                m.kind = Mention::Product;
                m.product = named.first();
            } else {
                m.kind = Mention::Ambiguous;
                m.candidates = named;
            }
        }
        for (int k = i; k < end; ++k)
            taken[k] = true;
        mentions.append(m);
        i = end - 1;
    }
    return mentions;
}

} // namespace Switchboard
