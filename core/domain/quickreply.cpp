// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/quickreply.h"

#include "core/domain/recordreader_p.h"

namespace Switchboard {

using Need = RecordReader::Need;

QJsonObject toJson(const QuickReply &reply) {
    QJsonObject texts;
    for (auto it = reply.texts.cbegin(); it != reply.texts.cend(); ++it)
        texts.insert(it.key(), it.value());
    return {
        {QStringLiteral("id"), reply.id},
        {QStringLiteral("shortcut"), reply.shortcut},
        {QStringLiteral("texts"), texts},
    };
}

Result<QuickReply> quickReplyFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("quick reply"));
    QuickReply reply;
    reply.id = r.string("id", Need::Required);
    reply.shortcut = r.string("shortcut", Need::Required);
    const QJsonObject texts = r.object("texts");
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!it.value().isString()) {
            r.fail("texts", QStringLiteral("must map language codes to strings"));
            break;
        }
        reply.texts.insert(it.key(), it.value().toString());
    }
    if (!r.ok())
        return r.error();
    return reply;
}

} // namespace Switchboard
