// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTest>

#include <concepts>
#include <optional>
#include <type_traits>

//! QCOMPARE for the contract's enums. QTest's generic qCompare prints values with an unqualified
//! toString(), which finds the domain's toString(E) -> QString by argument-dependent lookup and
//! does not compile; these more specialised overloads win instead and print the contract string.
namespace Switchboard {
template <typename E>
concept ContractEnum = std::is_enum_v<E> && requires(E e) {
    { toString(e) } -> std::same_as<QString>;
};

//! A copy of value's contract string for QTest, which frees it.
template <ContractEnum E>
char *contractNameForTest(E value) {
    return qstrdup(qPrintable(toString(value)));
}
} // namespace Switchboard

namespace QTest {

template <Switchboard::ContractEnum E>
inline bool qCompare(const E &t1, const E &t2, const char *actual, const char *expected,
                     const char *file, int line) {
    return compare_helper(
        t1 == t2, "Compared values are not the same",
        [&t1] { return Switchboard::contractNameForTest(t1); },
        [&t2] { return Switchboard::contractNameForTest(t2); }, actual, expected, file, line);
}

template <Switchboard::ContractEnum E>
inline bool qCompare(const std::optional<E> &t1, const std::optional<E> &t2, const char *actual,
                     const char *expected, const char *file, int line) {
    const auto text = [](const std::optional<E> &value) {
        return value ? Switchboard::contractNameForTest(*value) : qstrdup("nullopt");
    };
    return compare_helper(
        t1 == t2, "Compared values are not the same", [&] { return text(t1); },
        [&] { return text(t2); }, actual, expected, file, line);
}

} // namespace QTest
