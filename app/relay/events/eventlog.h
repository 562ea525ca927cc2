// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/event.h"
#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace Switchboard {

class Database;

//! Each tenant's append-only event log (relay contract, "Records" and "Sync model").
//!
//! append() must run inside the caller's transaction, beside the change it records, so a change
//! and its event commit together or not at all. The sequence comes from a per-tenant counter row
//! that the transaction locks: on PostgreSQL concurrent writers of one tenant queue on it, so
//! seq is gap-free and commits in seq order, and a reader never sees seq N+1 before N.
class EventLog {
public:
    explicit EventLog(Database &database);

    //! Creates the tenant's counter (call when the tenant is created, in the same transaction).
    Status createSequence(const QString &tenantId);

    //! Takes the tenant's sequence row lock first (PostgreSQL): every writer of a tenant locks in
    //! the same order (sequence, then records), so writers queue instead of deadlocking. Returns
    //! the tenant's last seq on PostgreSQL, which then stays put until the caller commits;
    //! nothing on SQLite or for a tenant without a sequence.
    Result<std::optional<qint64>> lockTenant(const QString &tenantId);

    //! Appends a record's new state, `data` being its compact JSON (as stored beside the
    //! record, serialised once); returns the event's seq.
    Result<qint64> append(const QString &tenantId, EventType type, EventOp op, const QString &data);

    //! An event numbered by its writer, for writers that number several at once (EventBatch),
    //! holding the tenant's sequence for the whole transaction.
    struct Numbered {
        QString tenantId;
        qint64 seq = 0;
        EventType type;
        EventOp op;
        QString at; //!< RFC 3339 UTC, milliseconds
        QString data;
    };
    //! The tenant's last seq as stored; unknown_tenant when it has no sequence.
    Result<qint64> storedLastSeq(const QString &tenantId);
    //! Writes numbered events, in order of seq within each tenant, and moves each tenant's
    //! sequence to its last one. PostgreSQL: one statement, whatever the count.
    Status write(const std::vector<Numbered> &events);

    //! PostgreSQL: tells the other relay instances sharing the database that these tenants' logs
    //! grew (NOTIFY, delivered when the caller's transaction commits, at once outside one), so
    //! they stream the new events to their own clients. `origin` names this instance, whose
    //! streams learn it directly. Nothing on SQLite, which one relay has to itself.
    Status announce(const QStringList &tenantIds, const QString &origin);
    //! The channel announce() notifies.
    static QString announceChannel();
    //! The tenant an announcement names, or nothing when it came from `origin` itself.
    static std::optional<QString> announcedTenant(const QString &payload, const QString &origin);

    //! The compact JSON of one event (the contract's Event object) around already-serialised data.
    static QByteArray eventJson(qint64 seq, QByteArrayView type, QByteArrayView op,
                                QByteArrayView at, QByteArrayView data);

    //! Events as their compact JSON text: pages and the stream send them as they are stored,
    //! without parsing and re-serialising each record.
    struct Page {
        std::vector<QByteArray> events;
        std::vector<qint64> seqs; //!< seq of each event, same order
        qint64 nextAfter = 0;
        bool more = false;
    };
    //! Events with seq > after, in order, at most `limit`.
    Result<Page> page(const QString &tenantId, qint64 after, int limit);

private:
    Status insert(const std::vector<Numbered> &events);
    //! Events with seq > after (and <= last, when given), in order, at most `limit`.
    Result<Page> readRange(const QString &tenantId, qint64 after, std::optional<qint64> last,
                           int limit);

    Database &m_database;
};

} // namespace Switchboard
