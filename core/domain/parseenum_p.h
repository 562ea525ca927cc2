// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Switchboard {

//! Each enum's contract strings are spelled once, in the switch of its toString(); the compiler
//! (-Wswitch, -Werror) refuses a new enumerator without a string. parseEnum() reads them back by
//! walking the enumerators from 0 until toString() answers an empty string, so the two directions
//! cannot drift apart. Requires enumerators numbered 0, 1, 2… without gaps (the default).
template <typename E>
std::optional<E> parseEnum(QStringView text) {
    for (int i = 0;; ++i) {
        const QString name = toString(static_cast<E>(i));
        if (name.isEmpty())
            return std::nullopt;
        if (name == text)
            return static_cast<E>(i);
    }
}

} // namespace Switchboard
