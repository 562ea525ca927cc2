// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/textnormalizer.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Switchboard {

namespace {

QChar ordinaryHebrewForm(QChar c) {
    switch (c.unicode()) {
    case 0x05DA:
        return QChar(0x05DB); // ך → כ
    case 0x05DD:
        return QChar(0x05DE); // ם → מ
    case 0x05DF:
        return QChar(0x05E0); // ן → נ
    case 0x05E3:
        return QChar(0x05E4); // ף → פ
    case 0x05E5:
        return QChar(0x05E6); // ץ → צ
    default:
        return c;
    }
}

bool isLatinOnly(QStringView word) {
    for (QChar c : word) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString TextNormalizer::fold(QStringView word) {
    QString out;
    out.reserve(word.size());
    auto append = [&out](QChar c) {
        switch (c.unicode()) {
        case 0x05F3: // geresh
        case 0x2019:
        case 0x2018:
        case 0x0060:
            out.append(QLatin1Char('\''));
            return;
        case 0x05F4: // gershayim
        case 0x201C:
        case 0x201D:
            out.append(QLatin1Char('"'));
            return;
        case 0x00D7:
            out.append(QLatin1Char('x'));
            return;
        default:
            break;
        }
        if (c.category() == QChar::Mark_NonSpacing)
            return; // accents and Hebrew points
        out.append(ordinaryHebrewForm(c.toLower()));
    };
    if (isLatinOnly(word)) {
        for (QChar c : word)
            append(c);
        return out;
    }
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed)
        append(c);
    return out;
}

QString TextNormalizer::stem(QStringView w) {
    const qsizetype n = w.size();
    if (isHebrew(w)) {
        if (n >= 4 && (w.endsWith(u"ימ") || w.endsWith(u"ות")))
            return w.first(n - 2).toString();
        if (n >= 5 && w.endsWith(u"ית"))
            return w.first(n - 1).toString();
        if (n >= 3 && w.endsWith(u'ה'))
            return w.first(n - 1).toString();
        return w.toString();
    }
    if (n < 4)
        return w.toString();
    if (w.endsWith(u"ies"))
        return w.first(n - 3) + u'y';
    if (w.endsWith(u"oes"))
        return w.first(n - 2).toString();
    if (w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is"))
        return w.first(n - 1).toString();
    return w.toString();
}

int TextNormalizer::editDistance(QStringView a, QStringView b, int limit) {
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    QVarLengthArray<int, 64> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowBest = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowBest = std::min(rowBest, v);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

} // namespace Switchboard
