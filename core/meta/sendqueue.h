// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meta/graphreply.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <deque>
#include <map>

namespace Switchboard {

class GraphClient;

//! Paces outbound messages the way Meta counts them (reference 8.1–8.2), so the relay does not
//! learn the limits from 130429 and 131056 errors: per business number at most messagesPerSecond
//! sends are started in any second (spread evenly, no bursts), and per recipient the sends start
//! one after another in FIFO order, each at least pairGapMs after the previous one started and
//! only once it has finished. A recipient waiting for its gap never holds up other recipients.
//! Retries happen inside each send (GraphClient's RetryPolicy) and are not paced again here.
class SendQueue : public QObject {
    Q_OBJECT
public:
    explicit SendQueue(GraphClient *client, QObject *parent = nullptr);

    void setThroughput(const QString &phoneNumberId, int messagesPerSecond);
    void setDefaultThroughput(int messagesPerSecond);
    void setPairGapMs(int ms);

    //! A reply (parented to this queue) that finishes when the possibly delayed, possibly retried
    //! POST {phoneNumberId}/messages finishes. messaging_product and to are filled in when the
    //! payload lacks them. Deleting the reply before it started drops the message.
    GraphReply *send(const QString &phoneNumberId, const QString &recipientWaId,
                     const QJsonObject &payload, const QString &accessToken);
    //! Messages waiting to start.
    int queued() const { return m_queued; }
    //! Messages sent and not yet finished (including their retries).
    int inFlight() const { return m_inFlight; }

private:
    struct Item {
        quint64 seq = 0;
        QJsonObject payload;
        QString accessToken;
        QPointer<GraphReply> outer;
    };
    struct Recipient {
        std::deque<Item> waiting;
        bool inFlight = false;
        qint64 notBeforeNs = 0;
    };
    struct Number {
        std::map<QString, Recipient> recipients;
        qint64 nextStartNs = 0;
    };

    void schedulePump(qint64 delayNs);
    void pump();
    void start(const QString &phoneNumberId, const QString &recipientWaId, Recipient &lane,
               qint64 now);
    void onSent(const QString &phoneNumberId, const QString &recipientWaId, GraphReply *inner,
                const QPointer<GraphReply> &outer);
    qint64 intervalNs(const QString &phoneNumberId) const;

    QPointer<GraphClient> m_client;
    std::map<QString, Number> m_numbers;
    QHash<QString, int> m_throughput;
    int m_defaultThroughput = 80;
    qint64 m_pairGapNs = 6000LL * 1000 * 1000;
    QElapsedTimer m_clock;
    QTimer m_wake;
    quint64 m_nextSeq = 0;
    int m_queued = 0;
    int m_inFlight = 0;
};

} // namespace Switchboard
