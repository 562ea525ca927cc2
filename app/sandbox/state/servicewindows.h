// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace Switchboard::Sandbox {

//! Customer service windows (reference §8.4): the last inbound message per business number and
//! customer, and which inbound message ids exist (for mark-as-read and reactions).
class ServiceWindows {
public:
    static constexpr qint64 WindowMs = 24LL * 60 * 60 * 1000;

    void recordInbound(const QString &phoneNumberId, const QString &waId, const QString &wamid,
                       qint64 nowMs);
    bool isOpen(const QString &phoneNumberId, const QString &waId, qint64 nowMs) const;
    //! The customer who sent `wamid` to that number, or empty.
    QString senderOf(const QString &phoneNumberId, const QString &wamid) const;

private:
    static QString key(const QString &phoneNumberId, const QString &waId) {
        return phoneNumberId + QLatin1Char('/') + waId;
    }
    QHash<QString, qint64> m_lastInboundMs;
    QHash<QString, QString> m_inbound; // phone/wamid -> wa_id
};

} // namespace Switchboard::Sandbox
