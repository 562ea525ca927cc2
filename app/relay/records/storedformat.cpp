// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/records/storedformat.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Switchboard {

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString storedJson(const QJsonObject &record) {
    return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

QJsonObject storedObject(const QString &json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace Switchboard
