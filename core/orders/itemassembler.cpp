// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/itemassembler_p.h"

#include "core/orders/lexicon.h"
#include "core/orders/numberwords.h"

#include <optional>

namespace Switchboard {

namespace {

QStringView lexical(const Token &t) {
    return t.bare.isEmpty() ? QStringView(t.text) : QStringView(t.bare);
}

bool isOr(const Token &t) {
    return t.is(u"or") || t.is(u"או") || t.is(u"nor");
}

} // namespace

ItemAssembler::ItemAssembler(const Menu &menu, QStringView message, const QList<Token> &tokens,
                             const QList<bool> &takenByDelivery, const QList<Mention> &mentions,
                             const Intent &intent)
    : m_menu(menu)
    , m_message(message)
    , m_tokens(tokens)
    , m_delivery(takenByDelivery)
    , m_mentions(mentions)
    , m_intent(intent)
    , m_mentionAt(tokens.size(), -1) {
    for (int m = 0; m < mentions.size(); ++m)
        m_mentionAt[mentions[m].begin] = m;
    buildEvents();
}

int ItemAssembler::readNegation(int i) {
    const Token &start = m_tokens[i];
    const qsizetype begin = start.begin + start.prefix.size();
    int last = i;
    int unknown = 0;
    const int n = int(m_tokens.size());
    int j = i + 1;
    while (j < n) {
        const Token &t = m_tokens[j];
        if (m_delivery[j] || t.isSeparator() || t.kind != Token::Word)
            break;
        const int m = m_mentionAt[j];
        if (m >= 0) {
            if (m_mentions[m].kind != Mention::Option)
                break;
            if (m_mentions[m].andPrefix && last > i &&
                !(m_tokens[j].prefix.startsWith(u'ו') && last == j - 1))
                break;
            last = m_mentions[m].end - 1;
            j = m_mentions[m].end;
            continue;
        }
        const QStringView w = lexical(t);
        if ((Lexicon::is(Lexicon::And, t.text) || isOr(t)) && j + 1 < n) {
            const int next = m_mentionAt[j + 1];
            if (next >= 0 && m_mentions[next].kind == Mention::Option) {
                ++j;
                continue;
            }
            break;
        }
        if (t.is(u"the") || t.is(u"any") || t.is(u"too") || t.is(u"much") || t.is(u"ה")) {
            ++j;
            continue;
        }
        if (Lexicon::known(t.text) || Lexicon::known(w) || NumberWords::quantity(w) ||
            !t.prefix.isEmpty() || ++unknown > 2)
            break;
        last = j;
        ++j;
    }
    if (last == i)
        return i; // nothing negated: "no thanks"
    Event e;
    e.type = Event::Negation;
    e.token = i;
    e.line = start.line;
    e.text = m_message.sliced(begin, m_tokens[last].end - begin).toString().toLower();
    m_events.append(e);
    return last;
}

void ItemAssembler::buildEvents() {
    const int n = int(m_tokens.size());
    auto sep = [this](int token, bool lineBreak) {
        if (!m_events.isEmpty() && m_events.last().type == Event::Sep) {
            m_events.last().lineBreak |= lineBreak;
            return;
        }
        Event e;
        e.type = Event::Sep;
        e.token = token;
        e.lineBreak = lineBreak;
        e.line = m_tokens[token].line;
        m_events.append(e);
    };
    auto quantity = [this](int token, int value, bool weak, bool vague, bool xStyle) {
        Event e;
        e.type = Event::Quantity;
        e.token = token;
        e.value = value;
        e.weak = weak;
        e.vague = vague;
        e.xStyle = xStyle;
        e.line = m_tokens[token].line;
        m_events.append(e);
    };
    for (int i = 0; i < n; ++i) {
        const Token &t = m_tokens[i];
        if (m_delivery[i]) {
            sep(i, false);
            continue;
        }
        if (const int m = m_mentionAt[i]; m >= 0) {
            if (m_mentions[m].andPrefix)
                sep(i, false);
            Event e;
            e.type = Event::MentionAt;
            e.token = i;
            e.mention = m;
            e.line = t.line;
            m_events.append(e);
            i = m_mentions[m].end - 1;
            continue;
        }
        if (t.isSeparator()) {
            sep(i, t.isLineBreak());
            continue;
        }
        if (t.kind == Token::Clock)
            continue;
        if (t.kind == Token::Number) {
            if (t.number <= 0 || t.number > 99)
                continue;
            const bool nextWord = i + 1 < n && m_tokens[i + 1].isWord() && !m_delivery[i + 1];
            if (nextWord && Lexicon::is(Lexicon::Unit, m_tokens[i + 1].text)) {
                ++i;
                continue;
            }
            if (nextWord && m_tokens[i + 1].is(u"x")) {
                quantity(i, t.number, false, false, false);
                ++i;
                continue;
            }
            if (nextWord && m_tokens[i + 1].is(u"dozen")) {
                quantity(i, t.number * 12, false, false, false);
                ++i;
                continue;
            }
            quantity(i, t.number, false, false, false);
            continue;
        }
        const QStringView w = lexical(t);
        if (t.prefix.startsWith(u'ו') || t.text == u"ו") {
            sep(i, false);
            if (t.text == u"ו")
                continue;
        }
        if (t.is(u"x") && i + 1 < n && m_tokens[i + 1].kind == Token::Number &&
            m_tokens[i + 1].number > 0 && m_tokens[i + 1].number < 100) {
            quantity(i, m_tokens[i + 1].number, false, false, true);
            ++i;
            continue;
        }
        if (Lexicon::is(Lexicon::Negation, w) &&
            !(t.is(u"no") && i + 1 < n &&
              (m_tokens[i + 1].is(u"thanks") || m_tokens[i + 1].is(u"need")))) {
            const int last = readNegation(i);
            if (last > i) {
                i = last;
                continue;
            }
        }
        if ((t.is(u"a") || t.is(u"an")) && i + 1 < n &&
            (m_tokens[i + 1].is(u"couple") || m_tokens[i + 1].is(u"dozen") ||
             m_tokens[i + 1].is(u"few") || m_tokens[i + 1].is(u"pair")))
            continue;
        if (t.is(u"half") && i + 2 < n && m_tokens[i + 1].is(u"a") &&
            m_tokens[i + 2].is(u"dozen")) {
            quantity(i, 6, false, false, false);
            i += 2;
            continue;
        }
        if (const auto q = NumberWords::quantity(w)) {
            quantity(i, q->value, q->weak, q->vague, false);
            if ((t.is(u"couple") || t.is(u"pair")) && i + 1 < n && m_tokens[i + 1].is(u"of"))
                ++i;
            continue;
        }
        Event e;
        e.token = i;
        e.line = t.line;
        if (m_intent.removal && Lexicon::is(Lexicon::Removal, w)) {
            e.type = Event::Removal;
        } else if (Lexicon::is(Lexicon::With, w)) {
            e.type = Event::With;
        } else if (Lexicon::is(Lexicon::And, w)) {
            sep(i, false);
            continue;
        } else if (Lexicon::known(t.text) || Lexicon::known(w) || t.text.size() < 2) {
            continue;
        } else {
            e.type = Event::Unknown;
            e.text = m_message.sliced(t.begin, t.end - t.begin).toString().toLower();
        }
        m_events.append(e);
    }
}

bool ItemAssembler::boundaryAfter(int e) const {
    for (int f = e + 1; f < m_events.size(); ++f) {
        const Event &ev = m_events[f];
        if (ev.type == Event::Sep || ev.type == Event::Negation)
            return true;
        if (ev.type == Event::Unknown)
            continue;
        return false;
    }
    return true;
}

bool ItemAssembler::productBeforeBoundary(int e) const {
    for (int f = e + 1; f < m_events.size(); ++f) {
        const Event &ev = m_events[f];
        if (ev.type == Event::Sep || ev.type == Event::Quantity)
            return false;
        if (ev.type == Event::MentionAt && m_mentions[ev.mention].kind != Mention::Option)
            return true;
    }
    return false;
}

bool ItemAssembler::hasOption(const WorkItem &item, const QList<int> &keys,
                              Menu::OptionPlace *place) const {
    if (item.product < 0 || item.removed)
        return false;
    for (int key : keys) {
        if (const auto p = m_menu.place(item.product, key)) {
            if (place)
                *place = *p;
            return true;
        }
    }
    return false;
}

void ItemAssembler::attach(WorkItem &item, const Menu::OptionPlace &place, QStringList &reasons) {
    const bool exclusive = m_menu.exclusive(item.product, place.group);
    for (qsizetype k = 0; k < item.options.size(); ++k) {
        const Menu::OptionPlace &have = item.options[k];
        if (have.group == place.group && have.option == place.option)
            return;
        if (exclusive && have.group == place.group) {
            const Product &product = m_menu.products()[item.product];
            if (!item.pending) {
                reasons.append(QStringLiteral("%1: both %2 and %3 asked for")
                                   .arg(product.name,
                                        product.variants[have.group].options[have.option].label,
                                        product.variants[place.group].options[place.option].label));
            }
            item.options.removeAt(k);
            break;
        }
    }
    item.options.append(place);
    item.changed = true;
}

QString ItemAssembler::optionText(int e) const {
    const Mention &m = m_mentions[m_events[e].mention];
    const qsizetype b = m_tokens[m.begin].begin;
    return m_message.sliced(b, m_tokens[m.end - 1].end - b).toString();
}

void ItemAssembler::assemble(QList<WorkItem> &items, QStringList &reasons, bool amending) {
    const int pendingCount = int(items.size());
    struct OptionUse {
        int event;
        bool afterWith;
        int attachedTo = -1;
    };
    QList<OptionUse> options;
    QList<int> negations;
    QList<int> itemOfEvent(m_events.size(), -1);
    bool hasProducts = false;
    for (const Mention &m : m_mentions)
        hasProducts |= m.kind != Mention::Option;

    int current = -1;
    bool open = false;
    bool withMode = false;
    int removeWithin = 0;
    std::optional<Event> quantity;
    auto lastWithOption = [&](const QList<int> &keys) {
        for (int k = int(items.size()) - 1; k >= 0; --k) {
            if (!items[k].pending && hasOption(items[k], keys, nullptr))
                return k;
        }
        return -1;
    };
    for (int e = 0; e < m_events.size(); ++e) {
        const Event &ev = m_events[e];
        if (removeWithin > 0)
            --removeWithin;
        switch (ev.type) {
        case Event::Sep:
            open = false;
            withMode = false;
            quantity.reset();
            break;
        case Event::Quantity: {
            const Token &t = m_tokens[ev.token];
            if (open && current >= 0 && !items[current].explicitQuantity &&
                (ev.xStyle || boundaryAfter(e) ||
                 (t.hebrew && ev.value == 1 && (t.text == u"אחת" || t.text == u"אחד")))) {
                items[current].quantity = ev.value;
                items[current].explicitQuantity = true;
                break;
            }
            quantity = ev;
            open = false;
            break;
        }
        case Event::MentionAt: {
            const Mention &m = m_mentions[ev.mention];
            if (m.kind == Mention::Option) {
                options.append({e, withMode});
                if (quantity && !productBeforeBoundary(e)) {
                    // "… and 4 chocolate": another of an item already named
                    int source = lastWithOption(m.optionKeys);
                    if (source >= 0 && items[source].ellipticalOf >= 0)
                        source = items[source].ellipticalOf;
                    if (source >= 0) {
                        WorkItem item;
                        item.product = items[source].product;
                        item.quantity = quantity->value;
                        item.explicitQuantity = true;
                        item.event = e;
                        item.line = ev.line;
                        item.ellipticalOf = source;
                        Menu::OptionPlace place;
                        hasOption(item, m.optionKeys, &place);
                        item.options.append(place);
                        items.append(item);
                        current = int(items.size()) - 1;
                        options.last().attachedTo = current;
                        open = true;
                        quantity.reset();
                    }
                }
                break;
            }
            if (removeWithin > 0 && amending && m.kind == Mention::Product) {
                bool removed = false;
                for (int k = 0; k < pendingCount; ++k) {
                    if (!items[k].removed && items[k].product == m.product) {
                        items[k].removed = true;
                        removed = true;
                    }
                }
                if (removed) {
                    removeWithin = 0;
                    open = false;
                    break;
                }
            }
            if (m.kind == Mention::Product && open && current >= 0 && !quantity && !m.andPrefix &&
                items[current].product >= 0) {
                WorkItem &cur = items[current];
                QSet<QString> words;
                for (int k = m.begin; k < m.end; ++k)
                    words.insert(m_tokens[k].canonical);
                const Event &curEvent = m_events[cur.event < 0 ? e : cur.event];
                QSet<QString> curWords;
                if (curEvent.mention >= 0) {
                    const Mention &cm = m_mentions[curEvent.mention];
                    for (int k = cm.begin; k < cm.end; ++k)
                        curWords.insert(m_tokens[k].canonical);
                }
                if (m.product == cur.product || m_menu.nameWords(cur.product).contains(words)) {
                    itemOfEvent[e] = current;
                    break;
                }
                if (!curWords.isEmpty() && m_menu.nameWords(m.product).contains(curWords)) {
                    cur.product = m.product;
                    itemOfEvent[e] = current;
                    break;
                }
            }
            if (amending && m.kind == Mention::Product && m.definite && !quantity) {
                int ref = -1;
                for (int k = 0; k < pendingCount; ++k) {
                    if (items[k].product == m.product && !items[k].removed)
                        ref = k;
                }
                if (ref >= 0) {
                    current = ref;
                    itemOfEvent[e] = ref;
                    open = true;
                    break;
                }
            }
            WorkItem item;
            item.event = e;
            item.line = ev.line;
            if (m.kind == Mention::Product) {
                item.product = m.product;
            } else {
                const qsizetype b = m_tokens[m.begin].begin;
                item.name = m_message.sliced(b, m_tokens[m.end - 1].end - b).toString().toLower();
                QStringList names;
                for (int c : m.candidates)
                    names.append(m_menu.products()[c].name);
                reasons.append(
                    QStringLiteral("“%1” could be %2").arg(item.name, names.join(u" or ")));
            }
            if (quantity) {
                item.quantity = quantity->value;
                item.explicitQuantity = !quantity->weak;
                if (quantity->vague)
                    reasons.append(QStringLiteral("%1: how many is “%2”?")
                                       .arg(m.kind == Mention::Product
                                                ? m_menu.products()[m.product].name
                                                : item.name,
                                            m_tokens[quantity->token].text));
                quantity.reset();
            }
            items.append(item);
            current = int(items.size()) - 1;
            itemOfEvent[e] = current;
            open = true;
            break;
        }
        case Event::With:
            withMode = true;
            break;
        case Event::Negation:
            negations.append(e);
            break;
        case Event::Removal:
            removeWithin = 4;
            break;
        case Event::Unknown: {
            if (!quantity || (quantity->weak && !m_intent.orderIntent && !hasProducts))
                break;
            // "2 fresh pizzas": the words before a product describe it
            int f = e;
            QStringList words;
            while (f < m_events.size() && m_events[f].type == Event::Unknown)
                words.append(m_events[f++].text);
            if (f < m_events.size() && m_events[f].type == Event::MentionAt &&
                m_mentions[m_events[f].mention].kind != Mention::Option)
                break;
            WorkItem item;
            item.name = words.join(u' ');
            item.quantity = quantity->value;
            item.explicitQuantity = !quantity->weak;
            item.event = e;
            item.line = ev.line;
            reasons.append(QStringLiteral("“%1” is not on the menu").arg(item.name));
            items.append(item);
            current = int(items.size()) - 1;
            open = true;
            quantity.reset();
            e = f - 1;
            break;
        }
        }
    }

    // options: to the item they stand before ("large pizza"), else the one they follow
    // ("pizza large", "פיצה גדולה", "with olives"), else a later one on the line, else (in an
    // amendment) the pending item that offers them
    for (const OptionUse &use : options) {
        if (use.attachedTo >= 0)
            continue;
        const Event &ev = m_events[use.event];
        const QList<int> &keys = m_mentions[ev.mention].optionKeys;
        Menu::OptionPlace place;
        int target = -1;
        bool describesNext = false; // "a large coke": large is the coke's, whatever it has
        if (!use.afterWith) {
            for (int f = use.event + 1; f < m_events.size(); ++f) {
                const Event &next = m_events[f];
                if (next.type == Event::MentionAt &&
                    m_mentions[next.mention].kind == Mention::Option)
                    continue;
                if (next.type == Event::MentionAt && itemOfEvent[f] >= 0) {
                    if (hasOption(items[itemOfEvent[f]], keys, &place))
                        target = itemOfEvent[f];
                    else
                        describesNext = items[itemOfEvent[f]].event == f;
                }
                break;
            }
        }
        if (describesNext) {
            reasons.append(QStringLiteral("“%1” is not a choice the item after it offers")
                               .arg(optionText(use.event)));
            continue;
        }
        for (int pass = 0; pass < 2 && target < 0; ++pass) {
            for (int k = int(items.size()) - 1; k >= pendingCount; --k) {
                const WorkItem &item = items[k];
                if (item.event < use.event && (pass == 1 || item.line == ev.line) &&
                    hasOption(item, keys, &place)) {
                    target = k;
                    break;
                }
            }
        }
        for (int k = pendingCount; k < items.size() && target < 0; ++k) {
            if (items[k].event > use.event && items[k].line == ev.line &&
                hasOption(items[k], keys, &place))
                target = k;
        }
        if (target < 0 && amending) {
            for (int k = pendingCount - 1; k >= 0; --k) {
                if (hasOption(items[k], keys, &place)) {
                    target = k;
                    if (m_menu.exclusive(items[k].product, place.group)) {
                        // "make it large": every pending item that has sizes
                        for (int j = 0; j < k; ++j) {
                            Menu::OptionPlace other;
                            if (hasOption(items[j], keys, &other))
                                attach(items[j], other, reasons);
                        }
                    }
                    break;
                }
            }
        }
        if (target < 0) {
            reasons.append(QStringLiteral("“%1” fits no item ordered").arg(optionText(use.event)));
            continue;
        }
        attach(items[target], place, reasons);
    }

    // "2 classic pizzas, one large one medium": the split replaces the whole
    for (int k = pendingCount; k < items.size(); ++k) {
        int sum = 0;
        int group = -1;
        for (const WorkItem &other : std::as_const(items)) {
            if (other.ellipticalOf == k) {
                sum += other.quantity;
                group = other.options.first().group;
            }
        }
        if (sum == 0 || sum != items[k].quantity)
            continue;
        bool hasGroup = false;
        for (const Menu::OptionPlace &p : std::as_const(items[k].options))
            hasGroup |= p.group == group;
        if (!hasGroup)
            items[k].removed = true;
    }

    // negations: notes of the item they follow on their line, else the next one
    for (int e : negations) {
        const Event &ev = m_events[e];
        int target = -1;
        for (int k = int(items.size()) - 1; k >= pendingCount && target < 0; --k) {
            if (!items[k].removed && items[k].event < e && items[k].line == ev.line)
                target = k;
        }
        for (int k = pendingCount; k < items.size() && target < 0; ++k) {
            if (!items[k].removed && items[k].event > e && items[k].line == ev.line)
                target = k;
        }
        for (int k = int(items.size()) - 1; k >= pendingCount && target < 0; --k) {
            if (!items[k].removed && items[k].event < e)
                target = k;
        }
        for (int k = pendingCount - 1; k >= 0 && target < 0 && amending; --k) {
            if (!items[k].removed)
                target = k;
        }
        if (target < 0)
            continue;
        items[target].notes.append(ev.text);
        items[target].changed = true;
    }
}

} // namespace Switchboard
