// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/tokenizer.h"

#include "core/orders/textnormalizer.h"

namespace Switchboard {

namespace {

enum class CharClass { Latin, Hebrew, Digit, Quote, Break, Space, Other };

CharClass classify(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return CharClass::Digit;
    if (TextNormalizer::isHebrewLetter(c) || (u >= 0x0591 && u <= 0x05C7))
        return CharClass::Hebrew;
    if (u == u'\'' || u == u'"' || u == 0x05F3 || u == 0x05F4 || u == 0x2019 || u == 0x2018)
        return CharClass::Quote;
    if (u == u'\n' || u == u',' || u == u'.' || u == u';' || u == u'!' || u == u'?' || u == u'+' ||
        u == u'&' || u == u':' || u == 0x060C)
        return CharClass::Break;
    if (u == 0x00D7 || u == u'*')
        return CharClass::Latin; // "×2" reads as "x2"
    if (c.isLetter() || c.category() == QChar::Mark_NonSpacing)
        return CharClass::Latin;
    if (c.isSpace() || u == u'-' || u == u'_' || u == u'/' || u == u'(' || u == u')' ||
        u == 0x2013 || u == 0x2014 || u == 0x05BE)
        return CharClass::Space;
    return CharClass::Other; // emoji, symbols
}

} // namespace

QList<Token> Tokenizer::tokenize(QStringView s) {
    QList<Token> tokens;
    tokens.reserve(s.size() / 3 + 4);
    int line = 0;
    const qsizetype n = s.size();
    auto word = [&](qsizetype b, qsizetype e) {
        Token t;
        t.kind = Token::Word;
        t.begin = b;
        t.end = e;
        t.text = TextNormalizer::fold(s.sliced(b, e - b));
        if (t.text == u"*")
            t.text = QStringLiteral("x");
        t.hebrew = TextNormalizer::isHebrew(t.text);
        t.stem = TextNormalizer::stem(t.text);
        t.line = line;
        tokens.append(std::move(t));
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        const CharClass k = classify(c);
        if (k == CharClass::Space || k == CharClass::Other || k == CharClass::Quote) {
            ++i;
            continue;
        }
        if (k == CharClass::Break) {
            // a decimal point or a thousands comma between digits is not a break
            Token t;
            t.kind = Token::Separator;
            t.begin = i;
            t.end = i + 1;
            t.separator = c;
            t.line = line;
            tokens.append(t);
            if (c == u'\n')
                ++line;
            ++i;
            continue;
        }
        if (k == CharClass::Digit) {
            qsizetype e = i;
            while (e < n && classify(s[e]) == CharClass::Digit)
                ++e;
            Token t;
            t.begin = i;
            t.line = line;
            const int value = s.sliced(i, std::min<qsizetype>(e - i, 6)).toInt();
            if (e + 2 < n + 1 && e < n && s[e] == u':' && e + 2 < n + 1 && e + 1 < n &&
                classify(s[e + 1]) == CharClass::Digit) {
                qsizetype m = e + 1;
                while (m < n && classify(s[m]) == CharClass::Digit)
                    ++m;
                t.kind = Token::Clock;
                t.hour = value;
                t.minute = s.sliced(e + 1, std::min<qsizetype>(m - e - 1, 2)).toInt();
                e = m;
            } else if (e + 1 < n && (s[e] == u'.' || s[e] == u',') &&
                       classify(s[e + 1]) == CharClass::Digit) {
                // 1.5 or 1,000: a number the extractor never takes as a quantity
                qsizetype m = e + 1;
                while (m < n && classify(s[m]) == CharClass::Digit)
                    ++m;
                t.kind = Token::Number;
                t.number = -1;
                e = m;
            } else {
                t.kind = Token::Number;
                t.number = e - i > 6 ? -1 : value;
            }
            t.end = e;
            t.text = s.sliced(i, e - i).toString();
            tokens.append(t);
            i = e;
            continue;
        }
        // "w/o" is "without"
        if ((c == u'w' || c == u'W') && i + 2 < n && s[i + 1] == u'/' &&
            (s[i + 2] == u'o' || s[i + 2] == u'O') &&
            (i + 3 >= n || classify(s[i + 3]) != CharClass::Latin)) {
            Token t;
            t.kind = Token::Word;
            t.begin = i;
            t.end = i + 3;
            t.text = QStringLiteral("without");
            t.stem = t.text;
            t.line = line;
            tokens.append(t);
            i += 3;
            continue;
        }
        // a run of one script; quotes inside a word belong to it ("i'd", "צ'יפס", "תפו"א")
        qsizetype e = i + 1;
        if (c == u'*' || c.unicode() == 0x00D7) {
            word(i, e);
            i = e;
            continue;
        }
        while (e < n) {
            const CharClass ke = classify(s[e]);
            if (ke == k && s[e] != u'*' && s[e].unicode() != 0x00D7) {
                ++e;
                continue;
            }
            if (ke == CharClass::Quote && e + 1 < n && classify(s[e + 1]) == k) {
                e += 2;
                continue;
            }
            break;
        }
        word(i, e);
        i = e;
    }
    return tokens;
}

} // namespace Switchboard
