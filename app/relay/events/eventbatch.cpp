// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/events/eventbatch.h"

#include "app/relay/events/eventlog.h"

namespace Switchboard {

EventBatch::EventBatch(Database &database)
    : m_database(database) {}

Result<qint64> EventBatch::append(const QString &tenantId, EventType type, EventOp op,
                                  const QString &data) {
    auto last = m_last.find(tenantId);
    if (last == m_last.end()) {
        auto stored = EventLog(m_database).storedLastSeq(tenantId);
        if (!stored)
            return stored.error();
        last = m_last.emplace(tenantId, stored.value()).first;
    }
    const qint64 seq = ++last->second;
    m_events.push_back({tenantId, seq, type, op,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), data});
    return seq;
}

void EventBatch::rollbackTo(const Mark &mark) {
    m_events.resize(mark.events);
    m_last = mark.last;
}

void EventBatch::knowLastSeq(const QString &tenantId, qint64 lastSeq) {
    m_last.emplace(tenantId, lastSeq);
}

Status EventBatch::flush() {
    if (Status written = EventLog(m_database).write(m_events); !written)
        return written;
    m_events.clear();
    m_last.clear();
    return success();
}

} // namespace Switchboard
