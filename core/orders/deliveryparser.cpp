// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/deliveryparser.h"

#include "core/orders/lexicon.h"
#include "core/orders/numberwords.h"

namespace Switchboard {

namespace {

// The word a token is for the lexicon: without a Hebrew prefix when one was found.
QStringView word(const Token &t) {
    return t.bare.isEmpty() ? QStringView(t.text) : QStringView(t.bare);
}

bool isWordIn(const Token &t, std::initializer_list<const char16_t *> words) {
    if (!t.isWord())
        return false;
    for (const char16_t *w : words) {
        if (t.text == QStringView(w))
            return true;
    }
    return false;
}

bool isHour(int h) {
    return h >= 0 && h <= 24;
}

class Parser {
public:
    Parser(QStringView message, const QList<Token> &tokens, QList<bool> &taken)
        : m_message(message)
        , m_t(tokens)
        , m_taken(taken)
        , m_n(int(tokens.size())) {}

    DeliveryDetails run() {
        for (int i = 0; i < m_n; ++i) {
            if (!m_taken[i])
                readTime(i);
        }
        for (int i = 0; i < m_n; ++i) {
            if (!m_taken[i])
                readDelivery(i);
        }
        return m_d;
    }

private:
    bool word(int i) const { return i < m_n && m_t[i].isWord() && !m_taken[i]; }
    bool number(int i) const { return i < m_n && m_t[i].kind == Token::Number && !m_taken[i]; }
    bool clock(int i) const { return i < m_n && m_t[i].kind == Token::Clock && !m_taken[i]; }
    void take(int from, int to) {
        for (int k = from; k < to && k < m_n; ++k)
            m_taken[k] = true;
    }

    void setTime(int hour, int minute) {
        m_d.hasTime = true;
        m_d.hour = hour;
        m_d.minute = minute;
    }

    // After an hour: "pm", "o'clock", "וחצי", "ורבע", "בערב" …; returns the index after them.
    int readTail(int j) {
        while (j < m_n && m_t[j].isWord()) {
            const Token &t = m_t[j];
            if (isWordIn(t, {u"pm", u"p", u"tonight", u"evening", u"בערב", u"הערב", u"בלילה"}))
                m_d.evening = true;
            else if (isWordIn(t, {u"am", u"a", u"morning", u"בבוקר"}) &&
                     !(t.is(u"a") && word(j + 1) && !m_t[j + 1].is(u"m")))
                m_d.morning = true;
            else if (isWordIn(t, {u"וחצי", u"thirty"}))
                m_d.minute = 30;
            else if (isWordIn(t, {u"ורבע"}))
                m_d.minute = 15;
            else if (!isWordIn(t, {u"o'clock", u"oclock", u"m", u"sharp"}))
                break;
            m_taken[j] = true;
            ++j;
        }
        return j;
    }

    void readTime(int i) {
        const Token &t = m_t[i];
        if (t.kind == Token::Clock && isHour(t.hour) && t.minute < 60) {
            setTime(t.hour, t.minute);
            take(i, i + 1);
            if (i > 0 && !m_taken[i - 1] && isTimeLead(m_t[i - 1]))
                m_taken[i - 1] = true;
            readTail(i + 1);
            return;
        }
        if (!t.isWord())
            return;
        const QStringView w = Switchboard::word(t);
        if (t.is(u"tomorrow") || w == u"מחר") {
            m_d.dayOffset = 1;
            take(i, i + 1);
            return;
        }
        if (isWordIn(t, {u"tonight", u"בערב", u"הערב"})) {
            m_d.evening = true;
            take(i, i + 1);
            return;
        }
        if (isWordIn(t, {u"morning", u"בבוקר"})) {
            m_d.morning = true;
            take(i, i + 1);
            return;
        }
        // "at 7", "by 8:30", "ב-19:30", "בשעה 8", "ל-8", "for 8pm"
        if (isTimeLead(t)) {
            const bool weakLead = t.is(u"for") || t.is(u"around") || t.is(u"ל");
            if (clock(i + 1)) {
                setTime(m_t[i + 1].hour, m_t[i + 1].minute);
                take(i, i + 2);
                readTail(i + 2);
                return;
            }
            if (number(i + 1) && isHour(m_t[i + 1].number) && m_t[i + 1].number > 0) {
                const bool unit = word(i + 2) && Lexicon::is(Lexicon::Unit, m_t[i + 2].text) &&
                                  !isWordIn(m_t[i + 2], {u"pm", u"am"});
                if (unit)
                    return;
                if (weakLead && !(word(i + 2) && isWordIn(m_t[i + 2], {u"pm", u"am", u"o'clock",
                                                                       u"בערב", u"בבוקר"})))
                    return;
                setTime(m_t[i + 1].number, 0);
                take(i, i + 2);
                readTail(i + 2);
                return;
            }
            if (word(i + 1) && !t.is(u"for")) {
                if (const auto h = NumberWords::hour(Switchboard::word(m_t[i + 1]))) {
                    setTime(*h, 0);
                    take(i, i + 2);
                    readTail(i + 2);
                    return;
                }
            }
        }
        // "בשבע", "בשמונה וחצי"
        if (t.hebrew && (t.prefix == u"ב" || t.prefix == u"ל") && !t.bare.isEmpty()) {
            if (const auto h = NumberWords::hour(t.bare)) {
                setTime(*h, 0);
                take(i, i + 1);
                readTail(i + 1);
                return;
            }
        }
        // "in 20 minutes", "in half an hour", "בעוד חצי שעה"
        if (t.is(u"in") || w == u"בעוד" || t.text == u"בעוד") {
            int j = i + 1;
            int amount = -1;
            if (number(j)) {
                amount = m_t[j].number;
                ++j;
            } else if (word(j) && (m_t[j].is(u"half") || m_t[j].is(u"חצי"))) {
                amount = 30;
                ++j;
                if (word(j) && (m_t[j].is(u"an") || m_t[j].is(u"a")))
                    ++j;
            } else if (word(j) && (m_t[j].is(u"an") || m_t[j].is(u"a"))) {
                amount = 1;
                ++j;
            } else if (word(j)) {
                if (const auto q = NumberWords::quantity(m_t[j].text); q && !q->vague) {
                    amount = q->value;
                    ++j;
                }
            }
            if (word(j) &&
                isWordIn(m_t[j], {u"minutes", u"minute", u"min", u"mins", u"דקות", u"דקה"}) &&
                amount > 0) {
                m_d.inMinutes = amount;
                take(i, j + 1);
            } else if (word(j) && isWordIn(m_t[j], {u"hour", u"hours", u"hr", u"שעה", u"שעות"})) {
                m_d.inMinutes = amount == 30 ? 30 : (amount < 0 ? 60 : amount * 60);
                take(i, j + 1);
            } else if (amount == 30 && j > i + 1 && m_t[j - 1].is(u"חצי")) {
                // "בעוד חצי" alone
            } else if (word(i + 1) && isWordIn(m_t[i + 1], {u"שעה", u"שעתיימ"})) {
                m_d.inMinutes = m_t[i + 1].is(u"שעה") ? 60 : 120;
                take(i, i + 2);
            }
        }
    }

    static bool isTimeLead(const Token &t) {
        return isWordIn(t, {u"at", u"by", u"around", u"for", u"until", u"ב", u"ל", u"בשעה", u"לשעה",
                            u"בסביבות", u"עד", u"סביב"});
    }

    bool stopsAddress(int j) const {
        const Token &t = m_t[j];
        if (m_taken[j])
            return true;
        if (t.isSeparator())
            return t.separator != u',';
        if (!t.isWord())
            return false;
        const QStringView w = Switchboard::word(t);
        return Lexicon::is(Lexicon::Polite, t.text) || Lexicon::is(Lexicon::Polite, w) ||
               Lexicon::is(Lexicon::Pickup, t.text) || Lexicon::is(Lexicon::Delivery, t.text) ||
               isWordIn(t, {u"at", u"by", u"for", u"and", u"with", u"tomorrow", u"today",
                            u"tonight", u"asap", u"in"}) ||
               Lexicon::is(Lexicon::Negation, t.text);
    }

    // The address that starts at token j, up to the end of its line or a time or a "please".
    bool readAddress(int j, bool stripPrefix) {
        int end = j;
        while (end < m_n && !stopsAddress(end))
            ++end;
        while (end > j && m_t[end - 1].isSeparator())
            --end;
        if (end <= j)
            return false;
        qsizetype from = m_t[j].begin;
        if (stripPrefix && !m_t[j].prefix.isEmpty())
            from += m_t[j].prefix.size();
        else if (stripPrefix && m_t[j].hebrew && m_t[j].text.startsWith(u'ל') &&
                 m_t[j].text.size() > 2)
            from += 1;
        m_d.address = m_message.sliced(from, m_t[end - 1].end - from).trimmed().toString();
        take(j, end);
        return true;
    }

    bool looksLikeAddress(int j) const {
        // words and a house number within the next few tokens
        int words = 0;
        for (int k = j; k < m_n && k < j + 5; ++k) {
            if (stopsAddress(k))
                return false;
            if (m_t[k].kind == Token::Number)
                return words > 0;
            if (m_t[k].isWord())
                ++words;
        }
        return false;
    }

    void readDelivery(int i) {
        const Token &t = m_t[i];
        if (!t.isWord())
            return;
        const QStringView w = Switchboard::word(t);
        if (Lexicon::is(Lexicon::Address, t.text) && !t.text.startsWith(u'ר') &&
            t.text != u"street" && t.text != u"st") {
            // "address: herzl 15", "כתובת: …"
            m_taken[i] = true;
            if (readAddress(i + 1, false) && !m_d.type)
                m_d.type = DeliveryType::Delivery;
            return;
        }
        const bool pickup = Lexicon::is(Lexicon::Pickup, t.text) || Lexicon::is(Lexicon::Pickup, w);
        if (pickup) {
            if (t.is(u"pick") && !(word(i + 1) && (m_t[i + 1].is(u"up") || m_t[i + 1].is(u"it"))))
                return;
            if (t.text == u"לקחת" && i > 0 && !m_t[i - 1].is(u"אבוא") && !m_t[i - 1].is(u"נבוא"))
                return;
            m_d.type = DeliveryType::Pickup;
            m_taken[i] = true;
            for (int k = i + 1; k < m_n && k < i + 3; ++k) {
                if (word(k) && isWordIn(m_t[k], {u"up", u"it", u"עצמי", u"לקחת"}))
                    m_taken[k] = true;
            }
            return;
        }
        const bool send = isWordIn(t, {u"send", u"bring"});
        if (!Lexicon::is(Lexicon::Delivery, t.text) && !Lexicon::is(Lexicon::Delivery, w) && !send)
            return;
        // where the address starts: "to …", "ל…", "address …", or the words right after
        const int first =
            i + 1 < m_n && m_t[i + 1].isSeparator() && m_t[i + 1].separator == u':' ? i + 2 : i + 1;
        for (int k = first; k < m_n && k < i + 8; ++k) {
            if (m_taken[k])
                continue;
            const Token &n = m_t[k];
            if (n.isLineBreak())
                break;
            if (n.is(u"to") || n.is(u"at") || n.text == u"ל" ||
                (n.isWord() && Lexicon::is(Lexicon::Address, n.text))) {
                if (k + 1 < m_n && !m_taken[k + 1] && m_t[k + 1].isWord() &&
                    readAddress(n.text == u"רחוב" || n.text == u"לרחוב" ? k : k + 1,
                                n.text == u"לרחוב")) {
                    m_taken[k] = true;
                    m_d.type = DeliveryType::Delivery;
                    m_taken[i] = true;
                    return;
                }
            }
            if (n.hebrew && k == first && n.text.startsWith(u'ל') && n.text.size() > 2 &&
                !Lexicon::known(n.text)) {
                if (readAddress(k, true)) {
                    m_d.type = DeliveryType::Delivery;
                    m_taken[i] = true;
                    return;
                }
            }
            if (k == first && n.isWord() && !Lexicon::known(n.text) && n.canonical.isEmpty() &&
                looksLikeAddress(k) && readAddress(k, false)) {
                m_d.type = DeliveryType::Delivery;
                m_taken[i] = true;
                return;
            }
        }
        if (send)
            return;
        m_d.type = DeliveryType::Delivery;
        m_taken[i] = true;
    }

    QStringView m_message;
    const QList<Token> &m_t;
    QList<bool> &m_taken;
    int m_n;
    DeliveryDetails m_d;
};

} // namespace

DeliveryDetails DeliveryParser::parse(QStringView message, const QList<Token> &tokens,
                                      QList<bool> &taken) {
    return Parser(message, tokens, taken).run();
}

QDateTime DeliveryDetails::resolve(const QDateTime &sentAt) const {
    if (inMinutes >= 0)
        return sentAt.addSecs(qint64(inMinutes) * 60);
    if (!hasTime)
        return {};
    const QDate day = sentAt.date().addDays(dayOffset);
    auto at = [&](int h) {
        QDateTime t = sentAt;
        t.setDate(day);
        t.setTime(QTime(h % 24, minute));
        return t;
    };
    if (hour > 12 || hour == 0)
        return at(hour);
    if (evening)
        return at(hour == 12 ? 12 : hour + 12);
    if (morning)
        return at(hour == 12 ? 0 : hour);
    if (dayOffset > 0)
        return at(hour >= 7 || hour == 12 ? hour : hour + 12);
    for (int h : {hour, hour == 12 ? 12 : hour + 12}) {
        const QDateTime candidate = at(h);
        if (candidate > sentAt)
            return candidate;
    }
    QDateTime next = at(hour);
    return next.addDays(1);
}

} // namespace Switchboard
