// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

//! The hand-written contract fixtures in tests/core/domain/data/ and small edits of them, so the
//! domain tests can check exact JSON field names and break one field at a time.
namespace Switchboard::JsonFixture {

//! The object in data/<name>; a missing or malformed fixture stops the test program.
inline QJsonObject load(const QString &name) {
    QFile file(QStringLiteral(SWITCHBOARD_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        qFatal("fixture %s is not a JSON object: %s", qPrintable(file.fileName()),
               qPrintable(error.errorString()));
    return document.object();
}

inline QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value) {
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    const bool remove = path.isEmpty() && value.isUndefined();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const qsizetype index = head.toInt();
        if (remove)
            array.removeAt(index);
        else
            array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (remove)
        object.remove(head);
    else
        object[head] = replaced(object.value(head), path, value);
    return object;
}

//! object with the value at path ("items/0/quantity") set to value; removed when value is
//! Undefined.
inline QJsonObject with(const QJsonObject &object, const QString &path, const QJsonValue &value) {
    return replaced(object, path.split(QLatin1Char('/')), value).toObject();
}

//! Compact JSON text, for failure messages that show both sides.
inline QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Switchboard::JsonFixture
