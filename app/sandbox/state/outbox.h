// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Switchboard::Sandbox {

//! One message a business sent through POST /{phone}/messages.
struct OutboundMessage {
    QString wamid;
    QString phoneNumberId;
    QString to;   //!< wa_id of the recipient
    QString type; //!< text, template, image, …
    QJsonObject request;
    QString finalStatus;     //!< what the sandbox will end up reporting: read or failed
    QString currentStatus;   //!< the last status webhook scheduled so far ("accepted" before any)
    QJsonObject error;       //!< the webhook error object when finalStatus is failed
    QString pricingCategory; //!< service, utility, marketing, authentication
    bool billable = false;
    qint64 timestampSecs = 0;

    QJsonObject toJson() const;
};

//! Everything businesses sent, in order; what GET /_sandbox/outbox shows.
class Outbox {
public:
    struct ReadReceipt {
        QString phoneNumberId;
        QString messageId;
        qint64 timestampSecs = 0;
    };
    void addReadReceipt(ReadReceipt receipt) { m_readReceipts.append(std::move(receipt)); }
    const QList<ReadReceipt> &readReceipts() const { return m_readReceipts; }

    OutboundMessage &append(OutboundMessage message);
    OutboundMessage *find(const QString &wamid);
    QList<const OutboundMessage *> list(const QString &phoneNumberId = {}) const;

private:
    QList<OutboundMessage> m_messages;
    QHash<QString, qsizetype> m_index; // wamid -> position
    QList<ReadReceipt> m_readReceipts;
};

} // namespace Switchboard::Sandbox
