// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/sendqueue.h"

#include "core/meta/graphclient.h"

#include <algorithm>

namespace Switchboard {

namespace {
constexpr qint64 nsPerMs = 1000 * 1000;
constexpr qint64 nsPerSecond = 1000 * nsPerMs;
} // namespace

SendQueue::SendQueue(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    m_clock.start();
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &SendQueue::pump);
}

void SendQueue::setThroughput(const QString &phoneNumberId, int messagesPerSecond) {
    m_throughput.insert(phoneNumberId, std::max(1, messagesPerSecond));
}

void SendQueue::setDefaultThroughput(int messagesPerSecond) {
    m_defaultThroughput = std::max(1, messagesPerSecond);
}

void SendQueue::setPairGapMs(int ms) {
    m_pairGapNs = qint64(std::max(0, ms)) * nsPerMs;
}

qint64 SendQueue::intervalNs(const QString &phoneNumberId) const {
    return nsPerSecond / m_throughput.value(phoneNumberId, m_defaultThroughput);
}

GraphReply *SendQueue::send(const QString &phoneNumberId, const QString &recipientWaId,
                            const QJsonObject &payload, const QString &accessToken) {
    auto *outer = new GraphReply(this);
    if (phoneNumberId.isEmpty() || recipientWaId.isEmpty() || !m_client) {
        GraphError error;
        error.message = !m_client ? QStringLiteral("The Graph client is gone")
                                  : QStringLiteral("A message needs a business phone number id "
                                                   "and a recipient");
        outer->failLater(error);
        return outer;
    }
    Item item;
    item.seq = m_nextSeq++;
    item.payload = payload;
    if (!item.payload.contains(u"messaging_product"))
        item.payload.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    if (!item.payload.contains(u"to"))
        item.payload.insert(QStringLiteral("to"), recipientWaId);
    item.accessToken = accessToken;
    item.outer = outer;
    m_numbers[phoneNumberId].recipients[recipientWaId].waiting.push_back(std::move(item));
    ++m_queued;
    // One pump for a burst of send() calls, and never a start from inside send().
    schedulePump(0);
    return outer;
}

void SendQueue::schedulePump(qint64 delayNs) {
    const int delayMs = int((std::max<qint64>(0, delayNs) + nsPerMs - 1) / nsPerMs);
    if (m_wake.isActive() && m_wake.remainingTime() <= delayMs)
        return;
    m_wake.start(delayMs);
}

void SendQueue::pump() {
    const qint64 now = m_clock.nsecsElapsed();
    qint64 wake = -1;
    const auto wakeAt = [&wake](qint64 at) {
        if (wake < 0 || at < wake)
            wake = at;
    };
    for (auto numberIt = m_numbers.begin(); numberIt != m_numbers.end();) {
        Number &number = numberIt->second;
        for (;;) {
            // The oldest message whose recipient is free and past its gap goes next.
            Recipient *best = nullptr;
            const QString *bestKey = nullptr;
            qint64 soonestGapEnd = -1;
            for (auto &[recipient, lane] : number.recipients) {
                while (!lane.waiting.empty() && !lane.waiting.front().outer) {
                    lane.waiting.pop_front();
                    --m_queued;
                }
                if (lane.inFlight || lane.waiting.empty())
                    continue;
                if (lane.notBeforeNs > now) {
                    if (soonestGapEnd < 0 || lane.notBeforeNs < soonestGapEnd)
                        soonestGapEnd = lane.notBeforeNs;
                    continue;
                }
                if (!best || lane.waiting.front().seq < best->waiting.front().seq) {
                    best = &lane;
                    bestKey = &recipient;
                }
            }
            if (!best) {
                if (soonestGapEnd >= 0)
                    wakeAt(std::max(soonestGapEnd, number.nextStartNs));
                break;
            }
            if (number.nextStartNs > now) {
                wakeAt(number.nextStartNs);
                break;
            }
            start(numberIt->first, *bestKey, *best, now);
            number.nextStartNs = std::max(number.nextStartNs, now) + intervalNs(numberIt->first);
        }
        std::erase_if(number.recipients, [now](const auto &entry) {
            const Recipient &lane = entry.second;
            return lane.waiting.empty() && !lane.inFlight && lane.notBeforeNs <= now;
        });
        if (number.recipients.empty() && number.nextStartNs <= now)
            numberIt = m_numbers.erase(numberIt);
        else
            ++numberIt;
    }
    if (wake >= 0)
        m_wake.start(int((wake - now + nsPerMs - 1) / nsPerMs));
}

void SendQueue::start(const QString &phoneNumberId, const QString &recipientWaId, Recipient &lane,
                      qint64 now) {
    Item item = std::move(lane.waiting.front());
    lane.waiting.pop_front();
    --m_queued;
    lane.inFlight = true;
    lane.notBeforeNs = now + m_pairGapNs;
    ++m_inFlight;
    GraphReply *inner = m_client ? m_client->post(phoneNumberId + QStringLiteral("/messages"),
                                                  item.payload, item.accessToken)
                                 : nullptr;
    if (!inner) {
        // The client is gone: finish this message like a network failure.
        auto *failed = new GraphReply(this);
        failed->failLater(GraphError::network(QStringLiteral("the Graph client is gone")));
        inner = failed;
    }
    const QPointer<GraphReply> outer = item.outer;
    connect(inner, &GraphReply::finished, this, [this, phoneNumberId, recipientWaId, inner, outer] {
        onSent(phoneNumberId, recipientWaId, inner, outer);
    });
}

void SendQueue::onSent(const QString &phoneNumberId, const QString &recipientWaId,
                       GraphReply *inner, const QPointer<GraphReply> &outer) {
    --m_inFlight;
    const qint64 now = m_clock.nsecsElapsed();
    auto numberIt = m_numbers.find(phoneNumberId);
    if (numberIt != m_numbers.end()) {
        auto laneIt = numberIt->second.recipients.find(recipientWaId);
        if (laneIt != numberIt->second.recipients.end()) {
            Recipient &lane = laneIt->second;
            lane.inFlight = false;
            // Meta still saw too many messages to this person: give them a full gap from now.
            if (inner->error().isPairRateLimit())
                lane.notBeforeNs = std::max(lane.notBeforeNs, now + m_pairGapNs);
        }
    }
    if (outer)
        outer->adopt(*inner);
    inner->deleteLater();
    schedulePump(0);
}

} // namespace Switchboard
