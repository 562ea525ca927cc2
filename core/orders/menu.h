// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/product.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard {

struct Token;

//! A tenant's menu prepared for matching customers' words, built once per menu change. Every
//! product name, Hebrew name and alias, and every variant option's label, Hebrew label and
//! aliases (the menu's own and a few common size words: "big", "גדול", "קטנה" …) is folded,
//! stemmed and indexed as a phrase, so matching a message costs hash look-ups.
class Menu {
public:
    //! What a phrase names: a product, or an option (by key; one key per option label, shared by
    //! every product offering that label, so "large" is one key).
    struct Target {
        int product = -1;      //!< index in products(), or -1 for an option
        QList<int> optionKeys; //!< when an option: the keys it may stand for
    };
    struct Phrase {
        QStringList words; //!< canonical stems, the first included
        Target target;
    };
    //! Where an option key sits in one product.
    struct OptionPlace {
        int group = -1;
        int option = -1;
    };

    //! optionAliases maps an option label (any case) to more words for it ("Large": "family").
    explicit Menu(QList<Product> products, const QHash<QString, QStringList> &optionAliases = {});
    //! {"products": [Product…], "option_aliases": {"Large": ["family", …]}}.
    static Result<Menu> fromJson(const QJsonObject &json);

    const QList<Product> &products() const { return m_products; }
    int productBySku(QStringView sku) const;

    //! Fills token.canonical/prefix/fuzzy: the exact stem, else with Hebrew prefix letters
    //! stripped, else the nearest menu word within edit distance 1 (5–7 letters) or 2 (longer).
    void resolve(Token &token) const;
    //! Splits a word that is two menu words run together ("pepperonipizza"); empty when not.
    std::optional<std::pair<QString, QString>> splitGlued(const Token &token) const;

    //! Phrases starting with a canonical word, longest first; null when none.
    const QList<Phrase> *phrasesStartingWith(const QString &canonical) const;
    //! Products whose name contains this word and no other product's… (for "salad", "cake").
    QList<int> productsNamedWith(const QString &canonical) const;

    //! Every word of a product's name, Hebrew name and aliases ("pizza" is one of the
    //! pepperoni pizza's, so "pizza pepperoni" is one item, not two).
    const QSet<QString> &nameWords(int product) const { return m_productWords[product]; }

    std::optional<OptionPlace> place(int product, int optionKey) const;
    int optionKey(int product, int group, int option) const;
    //! A group where one choice replaces another (sizes, fillings); extras and toppings add up.
    bool exclusive(int product, int group) const;

private:
    void addPhrase(QStringView text, const Target &target);
    QString known(const QString &stem) const;

    QList<Product> m_products;
    QHash<QString, QList<Phrase>> m_phrases;
    QSet<QString> m_vocabulary;
    QList<QString> m_fuzzyVocabulary; //!< words of 5 letters or more
    QHash<QString, QList<int>> m_nameWords;
    QList<QSet<QString>> m_productWords;
    QHash<QString, int> m_optionKeys; //!< folded label → key
    QList<QHash<int, OptionPlace>> m_places;
    QList<QList<int>> m_keys;        //!< [product][flattened option] → key
    QList<QList<bool>> m_exclusive;  //!< [product][group]
    QList<QList<int>> m_groupOffset; //!< [product][group] → first flattened option
};

} // namespace Switchboard
