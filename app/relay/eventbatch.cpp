// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/eventbatch.h"

#include "app/relay/eventlog.h"

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

Status EventBatch::flush() {
    EventLog log(m_database);
    if (Status inserted = log.insert(m_events); !inserted)
        return inserted;
    for (const auto &[tenantId, last] : m_last) {
        if (Status moved = log.setLastSeq(tenantId, last); !moved)
            return moved;
    }
    m_events.clear();
    m_last.clear();
    return success();
}

} // namespace Switchboard
