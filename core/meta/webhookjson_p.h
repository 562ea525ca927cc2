// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/message.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <optional>

//! Reads of Meta's webhook JSON that never trust the sender. A webhook body comes from the
//! internet, so every value may have any JSON type: optional values of the wrong type count as
//! absent, and required ones give an Error whose message names the value by its path in the body
//! ("entry[0].changes[1].value.messages[0].id is a number, not a string"). Error codes are
//! "ignored": the item is skipped, the rest of the delivery still counts.
namespace Switchboard::WebhookJson {

//! The string, or empty for anything else.
QString text(const QJsonValue &value);

//! An id Meta sends as a string or as a JSON number (message_template_id, error codes): the
//! string, or the whole number in decimal; empty for anything else.
QString id(const QJsonValue &value);

//! Unix seconds as Meta sends them, a string of digits or a whole number, as a UTC time between
//! 1970 and 9999; empty for anything else.
std::optional<QDateTime> unixTime(const QJsonValue &value);

//! "a string", "a number", "null", "an array", … for messages about a value of the wrong type.
QString describe(const QJsonValue &value);

//! "<path> is missing" for an absent value, else "<path> is <describe>, not <expected>".
QString problem(const QString &path, const QJsonValue &value, const QString &expected);

//! The non-empty string (or whole number, as text) at object[key].
Result<QString> requiredId(const QJsonObject &object, QLatin1String key, const QString &path);

//! The time at object[key] as unixTime() reads it.
Result<QDateTime> requiredTime(const QJsonObject &object, QLatin1String key, const QString &path);

//! The first object of an errors[] array as the contract's MessageError: Meta's code as text, its
//! title, and error_data.details when present (more specific than message), else message; code
//! "unknown" when Meta's is missing. Empty when errors is not an array starting with an object.
std::optional<Message::MessageError> firstError(const QJsonValue &errors);

//! path + "." + key, and path + "[index]": how reasons name a value.
QString member(const QString &path, QLatin1String key);
QString element(const QString &path, qsizetype index);

//! Error{"ignored", reason}.
Error ignored(const QString &reason);

} // namespace Switchboard::WebhookJson
