// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Switchboard {

//! Reads the fields of a JSON request body into typed values, the one way every handler does.
//!
//! Each getter records the first problem, naming the field: a required field that is missing or
//! empty, or a field of the wrong type, is `invalid_request` (400); a field the route does not
//! take is `invalid_field` (422, once only(…) is called). Handlers read all fields, then answer
//! error() if there is one:
//! ```
//! RequestFields fields(*body);
//! const QString code = fields.required("code");
//! const QString language = fields.optional("language", "en_US");
//! if (auto problem = fields.error()) return call.fail(*problem);
//! ```
class RequestFields {
public:
    explicit RequestFields(QJsonObject body);

    //! A non-empty string, as sent (a password keeps its spaces).
    QString required(const char *name);
    //! A string, or `fallback` when absent or null.
    QString optional(const char *name, const QString &fallback = {});
    //! A boolean when present.
    std::optional<bool> boolean(const char *name);
    //! An array of strings when present (trimmed, empty and repeated ones dropped).
    std::optional<QStringList> strings(const char *name);
    //! Refuses any field not in `names`.
    void only(std::initializer_list<const char *> names);

    bool has(const char *name) const;
    //! The first problem, or nothing.
    const std::optional<Error> &error() const { return m_error; }

private:
    void problem(const QString &code, const QString &message);

    QJsonObject m_body;
    std::optional<Error> m_error;
};

} // namespace Switchboard
