// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Switchboard {

//! A failure a caller can act on: a stable snake_case code for programs and a sentence for people.
struct Error {
    QString code;
    QString message;

    bool operator==(const Error &) const = default;
};

//! Either a value or an Error. The project's single way to return a fallible result without
//! exceptions (std::expected is C++23 and not usable with the clang that builds the fuzzers).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    //! The error; an empty Error when the result holds a value, so that diagnostics such as
    //! QVERIFY2(r.ok(), qPrintable(r.error().message)) are safe to write.
    const Error &error() const {
        static const Error none;
        return ok() ? none : std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

//! Result of an operation that yields nothing but may fail.
struct Done {
    bool operator==(const Done &) const = default;
};
using Status = Result<Done>;

inline Status success() {
    return Done{};
}

} // namespace Switchboard
