// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/menu.h"

#include "core/orders/lexicon.h"
#include "core/orders/numberwords.h"
#include "core/orders/textnormalizer.h"
#include "core/orders/tokenizer.h"

#include <QJsonArray>

#include <algorithm>

namespace Switchboard {

namespace {

// Size words every menu understands for options labelled Small, Medium or Large.
const QHash<QString, QStringList> &commonOptionAliases() {
    static const QHash<QString, QStringList> aliases = {
        {QStringLiteral("small"),
         {QStringLiteral("sm"), QStringLiteral("קטן"), QStringLiteral("קטנה"),
          QStringLiteral("קטנות"), QStringLiteral("קטנים")}},
        {QStringLiteral("medium"),
         {QStringLiteral("med"), QStringLiteral("medium size"), QStringLiteral("מדיום"),
          QStringLiteral("בינוני"), QStringLiteral("בינונית")}},
        {QStringLiteral("large"),
         {QStringLiteral("lg"), QStringLiteral("big"), QStringLiteral("גדול"),
          QStringLiteral("גדולה"), QStringLiteral("גדולים"), QStringLiteral("ביג")}},
    };
    return aliases;
}

constexpr QStringView hebrewPrefixLetters = u"ובהלשמכ";

QStringList phraseWords(QStringView text) {
    QStringList words;
    for (const Token &t : Tokenizer::tokenize(text)) {
        if (t.isWord())
            words.append(t.stem);
    }
    return words;
}

bool isAddingGroup(const QString &name) {
    const QString n = TextNormalizer::fold(name);
    return n.contains(u"extra") || n.contains(u"topping") || n.contains(u"add") ||
           n.contains(u"תוספ");
}

} // namespace

Menu::Menu(QList<Product> products, const QHash<QString, QStringList> &optionAliases)
    : m_products(std::move(products)) {
    QHash<QString, QStringList> aliases;
    for (auto it = optionAliases.cbegin(); it != optionAliases.cend(); ++it)
        aliases[TextNormalizer::fold(it.key())] += it.value();
    for (auto it = commonOptionAliases().cbegin(); it != commonOptionAliases().cend(); ++it)
        aliases[it.key()] += it.value();

    // option keys first, so every phrase of an option label knows its key
    QHash<int, QStringList> keyTexts;
    m_places.resize(m_products.size());
    m_keys.resize(m_products.size());
    m_exclusive.resize(m_products.size());
    m_groupOffset.resize(m_products.size());
    for (int p = 0; p < m_products.size(); ++p) {
        const Product &product = m_products[p];
        for (int g = 0; g < product.variants.size(); ++g) {
            const Product::Variant &group = product.variants[g];
            m_exclusive[p].append(!isAddingGroup(group.name));
            m_groupOffset[p].append(int(m_keys[p].size()));
            for (int o = 0; o < group.options.size(); ++o) {
                const Product::VariantOption &option = group.options[o];
                const QString folded = TextNormalizer::fold(option.label);
                auto found = m_optionKeys.constFind(folded);
                int key = found == m_optionKeys.cend() ? int(m_optionKeys.size()) : *found;
                if (found == m_optionKeys.cend()) {
                    m_optionKeys.insert(folded, key);
                    keyTexts[key] = QStringList{option.label} + aliases.value(folded);
                }
                if (!option.labelHe.isEmpty() && !keyTexts[key].contains(option.labelHe))
                    keyTexts[key].append(option.labelHe);
                m_places[p].insert(key, {g, o});
                m_keys[p].append(key);
            }
        }
    }
    for (auto it = keyTexts.cbegin(); it != keyTexts.cend(); ++it) {
        for (const QString &text : it.value())
            addPhrase(text, Target{-1, {it.key()}});
    }
    for (int p = 0; p < m_products.size(); ++p) {
        const Product &product = m_products[p];
        const Target target{p, {}};
        QSet<QString> words;
        for (const QString &text : QStringList{product.name, product.nameHe} + product.aliases) {
            addPhrase(text, target);
            for (const QString &w : phraseWords(text))
                words.insert(w);
        }
        m_productWords.append(words);
        for (const QString &name : {product.name, product.nameHe}) {
            const QStringList words = phraseWords(name);
            if (words.size() < 2)
                continue;
            for (const QString &w : words) {
                if (w.size() >= 4 && !Lexicon::known(w) && !m_nameWords[w].contains(p))
                    m_nameWords[w].append(p);
            }
        }
    }
    for (auto it = m_phrases.begin(); it != m_phrases.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [](const Phrase &a, const Phrase &b) {
            if (a.words.size() != b.words.size())
                return a.words.size() > b.words.size();
            return a.target.product >= 0 && b.target.product < 0; // products before options
        });
    }
    for (const QString &w : std::as_const(m_vocabulary)) {
        if (w.size() >= 5)
            m_fuzzyVocabulary.append(w);
    }
    std::sort(m_fuzzyVocabulary.begin(), m_fuzzyVocabulary.end());
}

void Menu::addPhrase(QStringView text, const Target &target) {
    const QStringList words = phraseWords(text);
    if (words.isEmpty())
        return;
    for (const QString &w : words)
        m_vocabulary.insert(w);
    QList<Phrase> &list = m_phrases[words.first()];
    for (Phrase &existing : list) {
        if (existing.words != words)
            continue;
        if (existing.target.product < 0 && target.product < 0) {
            for (int key : target.optionKeys) {
                if (!existing.target.optionKeys.contains(key))
                    existing.target.optionKeys.append(key);
            }
        } else if (existing.target.product < 0 && target.product >= 0) {
            existing.target = target; // a product's name wins over an option's alias
        }
        return;
    }
    list.append(Phrase{words, target});
}

Result<Menu> Menu::fromJson(const QJsonObject &json) {
    QList<Product> products;
    for (const QJsonValue &value : json.value(u"products").toArray()) {
        Result<Product> product = productFromJson(value.toObject());
        if (!product)
            return product.error();
        products.append(std::move(product).value());
    }
    QHash<QString, QStringList> aliases;
    const QJsonObject optionAliases = json.value(u"option_aliases").toObject();
    for (auto it = optionAliases.begin(); it != optionAliases.end(); ++it) {
        for (const QJsonValue &alias : it.value().toArray())
            aliases[it.key()].append(alias.toString());
    }
    return Menu(std::move(products), aliases);
}

int Menu::productBySku(QStringView sku) const {
    for (int p = 0; p < m_products.size(); ++p) {
        if (!m_products[p].sku.isEmpty() && m_products[p].sku == sku)
            return p;
    }
    return -1;
}

QString Menu::known(const QString &stem) const {
    return m_vocabulary.contains(stem) ? stem : QString();
}

void Menu::resolve(Token &token) const {
    if (!token.isWord())
        return;
    if (m_vocabulary.contains(token.stem)) {
        token.canonical = token.stem;
        return;
    }
    const bool lexical = Lexicon::known(token.text) || NumberWords::quantity(token.text);
    if (token.hebrew && !lexical) {
        const QStringView text = token.text;
        for (qsizetype p = 1; p <= 3 && p + 2 <= text.size(); ++p) {
            if (!hebrewPrefixLetters.contains(text[p - 1]))
                break;
            const QStringView rest = text.sliced(p);
            const QString stem = TextNormalizer::stem(rest);
            if (m_vocabulary.contains(stem)) {
                token.canonical = stem;
                token.prefix = text.first(p).toString();
                token.bare = rest.toString();
                return;
            }
            if (token.bare.isEmpty() && (Lexicon::known(rest) || NumberWords::quantity(rest))) {
                token.prefix = text.first(p).toString();
                token.bare = rest.toString();
            }
        }
    }
    if (lexical || !token.bare.isEmpty() || token.stem.size() < 5)
        return;
    const int limit = token.stem.size() >= 8 ? 2 : 1;
    int best = limit + 1;
    for (const QString &w : m_fuzzyVocabulary) {
        if (w[0] != token.stem[0] && limit == 1 && w.size() < 6)
            continue; // short words: a typo in the first letter is too often another word
        const int d = TextNormalizer::editDistance(token.stem, w, std::min(limit, best));
        if (d < best) {
            best = d;
            token.canonical = w;
        }
    }
    token.fuzzy = !token.canonical.isEmpty();
}

std::optional<std::pair<QString, QString>> Menu::splitGlued(const Token &token) const {
    const QString &t = token.text;
    if (!token.isWord() || !token.canonical.isEmpty() || t.size() < 6 || Lexicon::known(t))
        return std::nullopt;
    for (qsizetype i = 3; i + 2 <= t.size(); ++i) {
        const QString left = TextNormalizer::stem(t.first(i));
        if (!m_vocabulary.contains(left) && !m_vocabulary.contains(t.first(i)))
            continue;
        const QString rest = t.sliced(i);
        if (m_vocabulary.contains(TextNormalizer::stem(rest)) || Lexicon::is(Lexicon::And, rest))
            return std::pair{t.first(i), rest};
        if (token.hebrew && rest.size() > 2 && hebrewPrefixLetters.contains(rest[0]) &&
            m_vocabulary.contains(TextNormalizer::stem(rest.sliced(1))))
            return std::pair{t.first(i), rest};
    }
    return std::nullopt;
}

const QList<Menu::Phrase> *Menu::phrasesStartingWith(const QString &canonical) const {
    const auto it = m_phrases.constFind(canonical);
    return it == m_phrases.cend() ? nullptr : &*it;
}

QList<int> Menu::productsNamedWith(const QString &canonical) const {
    return m_nameWords.value(canonical);
}

std::optional<Menu::OptionPlace> Menu::place(int product, int optionKey) const {
    if (product < 0 || product >= m_places.size())
        return std::nullopt;
    const auto it = m_places[product].constFind(optionKey);
    if (it == m_places[product].cend())
        return std::nullopt;
    return *it;
}

int Menu::optionKey(int product, int group, int option) const {
    return m_keys[product][m_groupOffset[product][group] + option];
}

bool Menu::exclusive(int product, int group) const {
    return m_exclusive[product][group];
}

} // namespace Switchboard
