// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/parseenum_p.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <type_traits>

namespace Switchboard {

//! Reads one record out of a QJsonObject field by field and keeps the first problem, so every
//! xFromJson() reads like the contract and checks once at the end. The rules are the same for all
//! records: null counts as absent; an absent optional field takes its default; an absent required
//! field, a value of the wrong JSON type or an unknown enum string is an Error with code
//! "invalid_record" whose message names the field by its path in the record
//! ("items[2].quantity"); fields the contract does not know are ignored.
//! Readers of nested objects share their parent's error, and must not outlive it.
class RecordReader {
public:
    enum class Need { Optional, Required };

    //! record: the kind of record, for the error message ("order").
    RecordReader(const QJsonObject &object, const QString &record);
    RecordReader(const RecordReader &) = delete;
    RecordReader &operator=(const RecordReader &) = delete;

    //! A required string must also not be empty.
    QString string(const char *key, Need need = Need::Optional);
    //! A code that may be a string or a whole number (Meta's error codes): kept as text.
    QString code(const char *key);
    bool boolean(const char *key, bool fallback = false);
    //! A whole JSON number from minimum to maximum; 0 when absent.
    qint64 integer(const char *key, Need need, qint64 minimum = std::numeric_limits<qint64>::min(),
                   qint64 maximum = std::numeric_limits<qint64>::max());
    //! An amount in major units, returned in minor units (see money.h); 0 when absent.
    qint64 money(const char *key, Need need, qint64 minimum = std::numeric_limits<qint64>::min());
    //! An RFC 3339 string (see timestamp.h); an invalid QDateTime when absent.
    QDateTime timestamp(const char *key, Need need);
    //! An array of strings; empty when absent.
    QStringList strings(const char *key);
    //! A JSON object kept as it is; empty when absent.
    QJsonObject object(const char *key, Need need = Need::Optional);
    //! A JSON array kept as it is; empty when absent.
    QJsonArray array(const char *key);

    //! One of the enum's contract strings (see parseenum_p.h); fallback when absent.
    template <typename E>
    E enumeration(const char *key, Need need, E fallback) {
        return enumerationValue<E>(key, need).value_or(fallback);
    }

    //! An enum that the contract allows to be null (delivery_type): empty when null or absent.
    template <typename E>
    std::optional<E> nullableEnumeration(const char *key) {
        return enumerationValue<E>(key, Need::Optional);
    }

    //! A nested object read by read(RecordReader &); empty when absent or when it is invalid.
    template <typename Read>
    auto nested(const char *key, Need need, Read read)
        -> std::optional<std::invoke_result_t<Read, RecordReader &>> {
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            fail(key, mustBe(QStringLiteral("an object")));
            return std::nullopt;
        }
        RecordReader child(value.toObject(), *this, path(key) + QLatin1Char('.'));
        auto result = read(child);
        if (!ok())
            return std::nullopt;
        return result;
    }

    //! An array of objects, each read by read(RecordReader &); empty when absent.
    template <typename Read>
    auto list(const char *key, Read read) -> QList<std::invoke_result_t<Read, RecordReader &>> {
        QList<std::invoke_result_t<Read, RecordReader &>> result;
        const QJsonArray items = array(key);
        result.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && ok(); ++i) {
            const QString itemPath =
                path(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!items.at(i).isObject()) {
                failAt(itemPath, mustBe(QStringLiteral("an object")));
                break;
            }
            RecordReader child(items.at(i).toObject(), *this, itemPath + QLatin1Char('.'));
            result.append(read(child));
        }
        return result;
    }

    //! Records a broken rule on a field that was read without a type error ("must be 1 or more").
    void fail(const char *key, const QString &problem);

    bool ok() const { return !m_error->has_value(); }
    //! The first problem found; only meaningful when !ok().
    Error error() const { return m_error->value_or(Error{}); }

private:
    RecordReader(const QJsonObject &object, RecordReader &parent, const QString &prefix);

    //! The value of key, or Undefined when absent or null (then noted as missing if required).
    QJsonValue take(const char *key, Need need);
    QString path(const char *key) const;
    void failAt(const QString &path, const QString &problem);
    static QString mustBe(const QString &what);

    template <typename E>
    std::optional<E> enumerationValue(const char *key, Need need) {
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            fail(key, mustBe(QStringLiteral("a string")));
            return std::nullopt;
        }
        const std::optional<E> parsed = parseEnum<E>(value.toString());
        if (!parsed)
            fail(key, QStringLiteral("has an unknown value \"%1\"").arg(value.toString()));
        return parsed;
    }

    QJsonObject m_object;
    QString m_record;
    QString m_prefix;
    std::optional<Error> m_ownError;
    std::optional<Error> *m_error;
};

} // namespace Switchboard
