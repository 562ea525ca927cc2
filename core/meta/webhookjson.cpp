// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/webhookjson_p.h"

#include <QJsonArray>

#include <limits>

namespace Switchboard::WebhookJson {

namespace {
// 9999-12-31T23:59:59Z: anything later is not a time Meta sends, and QDateTime is exact to here.
constexpr qint64 latestUnixTime = 253402300799;
constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
} // namespace

QString text(const QJsonValue &value) {
    return value.isString() ? value.toString() : QString();
}

QString id(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // toInteger() answers the fallback for fractions and for values outside qint64.
        const qint64 number = value.toInteger(notWhole);
        if (number != notWhole)
            return QString::number(number);
    }
    return {};
}

std::optional<QDateTime> unixTime(const QJsonValue &value) {
    qint64 seconds = -1;
    if (value.isString()) {
        const QString digits = value.toString();
        bool ok = !digits.isEmpty() && digits.size() <= 12;
        for (const QChar c : digits)
            ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (ok)
            seconds = digits.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    } else if (value.isDouble()) {
        seconds = value.toInteger(-1);
    }
    if (seconds < 0 || seconds > latestUnixTime)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QString describe(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("an empty string")
                                          : QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

QString problem(const QString &path, const QJsonValue &value, const QString &expected) {
    if (value.isUndefined())
        return path + QStringLiteral(" is missing");
    return path + QStringLiteral(" is ") + describe(value) + QStringLiteral(", not ") + expected;
}

Result<QString> requiredId(const QJsonObject &object, QLatin1String key, const QString &path) {
    const QJsonValue value = object.value(key);
    QString result = id(value);
    if (result.isEmpty())
        return ignored(problem(member(path, key), value, QStringLiteral("a non-empty string")));
    return result;
}

Result<QDateTime> requiredTime(const QJsonObject &object, QLatin1String key, const QString &path) {
    const QJsonValue value = object.value(key);
    const std::optional<QDateTime> time = unixTime(value);
    if (!time)
        return ignored(problem(member(path, key), value, QStringLiteral("Unix seconds")));
    return *time;
}

std::optional<Message::MessageError> firstError(const QJsonValue &errors) {
    const QJsonArray list = errors.toArray();
    if (list.isEmpty() || !list.first().isObject())
        return std::nullopt;
    const QJsonObject error = list.first().toObject();
    Message::MessageError result;
    result.code = id(error.value(QLatin1String("code")));
    if (result.code.isEmpty())
        result.code = QStringLiteral("unknown"); // the contract wants a code to act on
    result.title = text(error.value(QLatin1String("title")));
    result.message =
        text(error.value(QLatin1String("error_data")).toObject().value(QLatin1String("details")));
    if (result.message.isEmpty())
        result.message = text(error.value(QLatin1String("message")));
    return result;
}

QString member(const QString &path, QLatin1String key) {
    return path + QLatin1Char('.') + key;
}

QString element(const QString &path, qsizetype index) {
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Error ignored(const QString &reason) {
    return Error{QStringLiteral("ignored"), reason};
}

} // namespace Switchboard::WebhookJson
