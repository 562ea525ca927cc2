// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/http/requestfields.h"

#include <QJsonArray>

namespace Switchboard {

RequestFields::RequestFields(QJsonObject body)
    : m_body(std::move(body)) {}

void RequestFields::problem(const QString &code, const QString &message) {
    if (!m_error)
        m_error = Error{code, message};
}

bool RequestFields::has(const char *name) const {
    const QJsonValue value = m_body.value(QLatin1String(name));
    return !value.isUndefined() && !value.isNull();
}

QString RequestFields::required(const char *name) {
    const QJsonValue value = m_body.value(QLatin1String(name));
    if (!value.isString() || value.toString().isEmpty()) {
        problem(QStringLiteral("invalid_request"),
                value.isUndefined() || value.isNull() || value.isString()
                    ? QStringLiteral("%1 is required.").arg(QLatin1String(name))
                    : QStringLiteral("%1 must be a string.").arg(QLatin1String(name)));
        return {};
    }
    return value.toString();
}

QString RequestFields::optional(const char *name, const QString &fallback) {
    const QJsonValue value = m_body.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        problem(QStringLiteral("invalid_request"),
                QStringLiteral("%1 must be a string.").arg(QLatin1String(name)));
        return fallback;
    }
    return value.toString();
}

std::optional<bool> RequestFields::boolean(const char *name) {
    const QJsonValue value = m_body.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        problem(QStringLiteral("invalid_request"),
                QStringLiteral("%1 must be true or false.").arg(QLatin1String(name)));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QStringList> RequestFields::strings(const char *name) {
    const QJsonValue value = m_body.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    QStringList list;
    const QString wrongType =
        QStringLiteral("%1 must be a list of strings.").arg(QLatin1String(name));
    if (!value.isArray()) {
        problem(QStringLiteral("invalid_request"), wrongType);
        return std::nullopt;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            problem(QStringLiteral("invalid_request"), wrongType);
            return std::nullopt;
        }
        const QString text = item.toString().trimmed();
        if (!text.isEmpty() && !list.contains(text))
            list << text;
    }
    return list;
}

void RequestFields::only(std::initializer_list<const char *> names) {
    for (auto it = m_body.begin(); it != m_body.end(); ++it) {
        if (std::none_of(names.begin(), names.end(),
                         [&](const char *name) { return it.key() == QLatin1String(name); })) {
            QStringList allowed;
            for (const char *name : names)
                allowed << QLatin1String(name);
            problem(QStringLiteral("invalid_field"),
                    QStringLiteral("%1 is not a field of this request; it takes %2.")
                        .arg(it.key(), allowed.join(QStringLiteral(", "))));
            return;
        }
    }
}

} // namespace Switchboard
