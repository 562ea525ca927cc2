// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/recordreader_p.h"

#include "core/domain/money.h"
#include "core/domain/timestamp.h"

namespace Switchboard {

RecordReader::RecordReader(const QJsonObject &object, const QString &record)
    : m_object(object)
    , m_record(record)
    , m_error(&m_ownError) {}

RecordReader::RecordReader(const QJsonObject &object, RecordReader &parent, const QString &prefix)
    : m_object(object)
    , m_record(parent.m_record)
    , m_prefix(prefix)
    , m_error(parent.m_error) {}

QString RecordReader::string(const char *key, Need need) {
    const QJsonValue value = take(key, need);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(key, mustBe(QStringLiteral("a string")));
        return {};
    }
    QString text = value.toString();
    if (need == Need::Required && text.isEmpty())
        fail(key, QStringLiteral("must not be empty"));
    return text;
}

QString RecordReader::code(const char *key) {
    const QJsonValue value = take(key, Need::Optional);
    if (value.isDouble()) {
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 number = value.toInteger(notWhole);
        if (number != notWhole)
            return QString::number(number);
    }
    if (value.isUndefined() || value.isString())
        return value.toString();
    fail(key, mustBe(QStringLiteral("a string or a whole number")));
    return {};
}

bool RecordReader::boolean(const char *key, bool fallback) {
    const QJsonValue value = take(key, Need::Optional);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        fail(key, mustBe(QStringLiteral("true or false")));
        return fallback;
    }
    return value.toBool();
}

qint64 RecordReader::integer(const char *key, Need need, qint64 minimum, qint64 maximum) {
    const QJsonValue value = take(key, need);
    if (value.isUndefined())
        return 0;
    // toInteger() answers its default for fractions and for numbers beyond qint64.
    constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
    const qint64 number = value.isDouble() ? value.toInteger(notWhole) : notWhole;
    if (number == notWhole) {
        fail(key, mustBe(QStringLiteral("a whole number")));
        return 0;
    }
    if (number < minimum) {
        fail(key, mustBe(QStringLiteral("%1 or more").arg(minimum)));
        return 0;
    }
    if (number > maximum) {
        fail(key, mustBe(QStringLiteral("%1 or less").arg(maximum)));
        return 0;
    }
    return number;
}

qint64 RecordReader::money(const char *key, Need need, qint64 minimum) {
    const QJsonValue value = take(key, need);
    if (value.isUndefined())
        return 0;
    const std::optional<qint64> minor =
        value.isDouble() ? toMinorUnits(value.toDouble()) : std::nullopt;
    if (!minor) {
        fail(key, mustBe(QStringLiteral("an amount (a number up to %1)").arg(maxMajorUnits)));
        return 0;
    }
    if (*minor < minimum) {
        fail(key, mustBe(QStringLiteral("%1 or more").arg(toMajorUnits(minimum))));
        return 0;
    }
    return *minor;
}

QDateTime RecordReader::timestamp(const char *key, Need need) {
    const QJsonValue value = take(key, need);
    if (value.isUndefined())
        return {};
    const std::optional<QDateTime> time =
        value.isString() ? parseTimestamp(value.toString()) : std::nullopt;
    if (!time) {
        fail(key, mustBe(QStringLiteral("an RFC 3339 time such as 2026-11-25T15:33:26Z")));
        return {};
    }
    return *time;
}

QStringList RecordReader::strings(const char *key) {
    const QJsonArray items = array(key);
    QStringList result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            failAt(path(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                   mustBe(QStringLiteral("a string")));
            return {};
        }
        result.append(items.at(i).toString());
    }
    return result;
}

QJsonObject RecordReader::object(const char *key, Need need) {
    const QJsonValue value = take(key, need);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        fail(key, mustBe(QStringLiteral("an object")));
        return {};
    }
    return value.toObject();
}

QJsonArray RecordReader::array(const char *key) {
    const QJsonValue value = take(key, Need::Optional);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(key, mustBe(QStringLiteral("an array")));
        return {};
    }
    return value.toArray();
}

void RecordReader::fail(const char *key, const QString &problem) {
    failAt(path(key), problem);
}

QJsonValue RecordReader::take(const char *key, Need need) {
    QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            fail(key, QStringLiteral("is missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

QString RecordReader::path(const char *key) const {
    return m_prefix + QLatin1String(key);
}

void RecordReader::failAt(const QString &path, const QString &problem) {
    if (m_error->has_value())
        return;
    *m_error =
        Error{QStringLiteral("invalid_record"),
              QStringLiteral("The %1 record is invalid: \"%2\" %3.").arg(m_record, path, problem)};
}

QString RecordReader::mustBe(const QString &what) {
    return QStringLiteral("must be ") + what;
}

} // namespace Switchboard
