// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/state/servicewindows.h"

namespace Switchboard::Sandbox {

void ServiceWindows::recordInbound(const QString &phoneNumberId, const QString &waId,
                                   const QString &wamid, qint64 nowMs) {
    m_lastInboundMs.insert(key(phoneNumberId, waId), nowMs);
    m_inbound.insert(key(phoneNumberId, wamid), waId);
}

bool ServiceWindows::isOpen(const QString &phoneNumberId, const QString &waId, qint64 nowMs) const {
    const auto it = m_lastInboundMs.constFind(key(phoneNumberId, waId));
    return it != m_lastInboundMs.constEnd() && nowMs - *it < WindowMs;
}

QString ServiceWindows::senderOf(const QString &phoneNumberId, const QString &wamid) const {
    return m_inbound.value(key(phoneNumberId, wamid));
}

} // namespace Switchboard::Sandbox
