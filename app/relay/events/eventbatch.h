// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/events/eventlog.h"
#include "core/domain/event.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <vector>

namespace Switchboard {

class Database;

//! The events of one ingest transaction: numbered as they are appended, written at its end.
//!
//! An inbound message appends three events; EventLog::append spends two statements on each (take
//! the next seq, insert), which made event appends the largest share of ingest's statements, and
//! on PostgreSQL each statement is a round trip. Inside ingest's transaction no one else can
//! number a tenant's events (SQLite has one writer; on PostgreSQL ingest holds the tenants'
//! sequence rows, EventLog::lockTenant), so the batch reads each tenant's last seq once (or is
//! told it by the lock, knowLastSeq()), counts on in memory, and writes the events and each
//! counter at the end (flush(), EventLog::write). seq stays gap-free and the events commit with
//! the records or not at all.
class EventBatch {
public:
    explicit EventBatch(Database &database);

    //! Numbers an event of `tenantId`; returns its seq.
    Result<qint64> append(const QString &tenantId, EventType type, EventOp op, const QString &data);

    //! Where the batch stood, to go back to when a savepoint is rolled back.
    struct Mark {
        size_t events = 0;
        std::map<QString, qint64> last;
    };
    Mark mark() const { return {m_events.size(), m_last}; }
    void rollbackTo(const Mark &mark);

    //! The tenant's last seq as its writer already read it, holding the sequence locked.
    void knowLastSeq(const QString &tenantId, qint64 lastSeq);

    //! Writes the events and the tenants' counters; the batch is empty afterwards.
    Status flush();

private:
    Database &m_database;
    std::vector<EventLog::Numbered> m_events;
    std::map<QString, qint64> m_last; // tenant → last seq numbered
};

} // namespace Switchboard
