// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/state/outbox.h"

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

QJsonObject OutboundMessage::toJson() const {
    QJsonObject object{{u"wamid"_s, wamid},
                       {u"phone_number_id"_s, phoneNumberId},
                       {u"to"_s, to},
                       {u"type"_s, type},
                       {u"status"_s, finalStatus},
                       {u"current_status"_s, currentStatus},
                       {u"timestamp"_s, QString::number(timestampSecs)},
                       {u"request"_s, request}};
    if (!error.isEmpty())
        object.insert(u"error"_s, error);
    return object;
}

OutboundMessage &Outbox::append(OutboundMessage message) {
    m_index.insert(message.wamid, m_messages.size());
    m_messages.append(std::move(message));
    return m_messages.last();
}

OutboundMessage *Outbox::find(const QString &wamid) {
    const auto it = m_index.constFind(wamid);
    return it == m_index.constEnd() ? nullptr : &m_messages[*it];
}

QList<const OutboundMessage *> Outbox::list(const QString &phoneNumberId) const {
    QList<const OutboundMessage *> messages;
    for (const auto &message : m_messages)
        if (phoneNumberId.isEmpty() || message.phoneNumberId == phoneNumberId)
            messages.append(&message);
    return messages;
}

} // namespace Switchboard::Sandbox
