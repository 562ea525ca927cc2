// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Switchboard {

//! A canned answer staff insert by its shortcut ("/hours"), in one or more languages.
//! JSON fields: id, shortcut, texts ({"en":"…","he":"…"}).
struct QuickReply {
    QString id;                   //!< required
    QString shortcut;             //!< required, unique per tenant: ^/[a-z0-9_-]{1,32}$
    QMap<QString, QString> texts; //!< language code → text; at least one

    bool operator==(const QuickReply &) const = default;
};

QJsonObject toJson(const QuickReply &reply);
Result<QuickReply> quickReplyFromJson(const QJsonObject &json);

} // namespace Switchboard
