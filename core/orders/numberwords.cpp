// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/numberwords.h"

#include "core/orders/textnormalizer.h"

#include <QHash>
#include <QString>

namespace Switchboard {

namespace {

struct Entry {
    const char16_t *word;
    int value;
    bool weak;
    bool vague;
};

// clang-format off
constexpr Entry entries[] = {
    {u"a", 1, true, false}, {u"an", 1, true, false}, {u"another", 1, true, false},
    {u"one", 1, false, false}, {u"two", 2, false, false}, {u"three", 3, false, false},
    {u"four", 4, false, false}, {u"five", 5, false, false}, {u"six", 6, false, false},
    {u"seven", 7, false, false}, {u"eight", 8, false, false}, {u"nine", 9, false, false},
    {u"ten", 10, false, false}, {u"eleven", 11, false, false}, {u"twelve", 12, false, false},
    {u"couple", 2, false, false}, {u"pair", 2, false, false}, {u"dozen", 12, false, false},
    {u"some", 1, false, true}, {u"few", 3, false, true}, {u"several", 3, false, true},
    {u"אחד", 1, false, false}, {u"אחת", 1, false, false},
    {u"שתיים", 2, false, false}, {u"שניים", 2, false, false}, {u"שתי", 2, false, false},
    {u"שני", 2, false, false}, {u"שתים", 2, false, false}, {u"זוג", 2, false, false},
    {u"שלוש", 3, false, false}, {u"שלושה", 3, false, false}, {u"שלש", 3, false, false},
    {u"שלשה", 3, false, false}, {u"ארבע", 4, false, false}, {u"ארבעה", 4, false, false},
    {u"חמש", 5, false, false}, {u"חמישה", 5, false, false}, {u"חמשה", 5, false, false},
    {u"שש", 6, false, false}, {u"שישה", 6, false, false}, {u"ששה", 6, false, false},
    {u"שבע", 7, false, false}, {u"שבעה", 7, false, false}, {u"שמונה", 8, false, false},
    {u"תשע", 9, false, false}, {u"תשעה", 9, false, false}, {u"עשר", 10, false, false},
    {u"עשרה", 10, false, false}, {u"תריסר", 12, false, false},
    {u"עוד", 1, true, false}, {u"כמה", 1, false, true},
};
// clang-format on

const QHash<QString, NumberWords::Quantity> &table() {
    static const QHash<QString, NumberWords::Quantity> words = [] {
        QHash<QString, NumberWords::Quantity> t;
        for (const Entry &e : entries)
            t.insert(TextNormalizer::fold(QStringView(e.word)), {e.value, e.weak, e.vague});
        return t;
    }();
    return words;
}

} // namespace

std::optional<NumberWords::Quantity> NumberWords::quantity(QStringView folded) {
    const auto &t = table();
    const auto it = t.constFind(folded.toString());
    if (it == t.cend())
        return std::nullopt;
    return *it;
}

std::optional<int> NumberWords::hour(QStringView folded) {
    const auto q = quantity(folded);
    if (!q || q->weak || q->vague || q->value > 12 || folded == u"זוג" || folded == u"couple" ||
        folded == u"pair" || folded == u"dozen" || folded == u"תריסר")
        return std::nullopt;
    return q->value;
}

} // namespace Switchboard
