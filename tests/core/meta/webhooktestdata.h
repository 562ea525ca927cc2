// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meta/webhookparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

//! What both webhook tests need: fixture bytes, times written the way people read them, and a
//! delivery's kinds as words, so a failing row shows "inbound_message,ignored" rather than indices.
namespace Switchboard::WebhookTestData {

//! The bytes of data/<name>; a missing fixture stops the test program.
inline QByteArray fixture(const QString &name) {
    QFile file(QStringLiteral(SWITCHBOARD_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

//! "2026-11-25T15:33:26Z" as a UTC QDateTime: an oracle independent of the parser's arithmetic.
inline QDateTime utc(const char *iso) {
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!time.isValid())
        qFatal("bad time in test: %s", iso);
    return time.toUTC();
}

inline QStringList kinds(const WebhookDelivery &delivery) {
    QStringList result;
    for (const WebhookChange &change : delivery.changes)
        result.append(toString(change.kind()));
    return result;
}

inline QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Switchboard::WebhookTestData
