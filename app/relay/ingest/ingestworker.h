// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/connections/connectionstore.h"
#include "app/relay/orders/orderintake.h"
#include "app/relay/webhook/inboxstore.h"
#include "core/meta/webhookchange.h"
#include "core/result.h"
#include "core/store/database.h"
#include "core/store/databaseurl.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace Switchboard {

class EventBatch;
class Ingestor;
class Metrics;
class RecordBatch;
class RecordWriter;

//! The ingest thread's half of Ingestor: reads pending deliveries from the inbox in batches,
//! writes their records and events in one transaction each, dead-letters what cannot be
//! ingested. Lives on the ingest thread, with its own database connection.
class IngestWorker : public QObject {
public:
    IngestWorker(Ingestor *owner, Metrics *metrics)
        : m_owner(owner)
        , m_metrics(metrics) {}

    Status open(const DatabaseUrl &url);
    void close();

    void run();

    //! After a database error: the pending deliveries wait for the next attempt, which does not
    //! depend on another webhook arriving.
    void retryLater();

    void schedule();

private:
    struct Delivery : InboxStore::Delivery {
        // Filled once by prepare(): the parsed changes and the tenant each one goes to (empty
        // when ignored or unrouted), or why the delivery cannot be ingested.
        std::vector<WebhookChange> changes;
        std::vector<std::optional<QString>> tenants;
        std::optional<Error> failure;
    };

    //! Who owns what, looked up once per phone number per batch (most deliveries of a batch are
    //! for the same few numbers; a lookup is a round trip on PostgreSQL).
    struct Routes {
        ConnectionStore store;
        QHash<QString, std::optional<QString>> byNumber;
    };

    //! Parses and routes a delivery, once: both the tenant locks and ingest use the result.
    void prepare(Delivery &delivery, Routes &routes);

    //! What a batch counts in the metrics, once it committed.
    struct Tally {
        std::vector<QString> ingested; // change kinds, "ignored" and "dead_letter"
        int unrouted = 0;
    };

    //! Returns how many deliveries it took (0 when none were pending, -1 on a database error).
    //!
    //! A batch first runs without savepoints: deliveries are nearly always good, and a savepoint
    //! costs two statements per delivery (two round trips on PostgreSQL). When one fails, the
    //! whole transaction is rolled back and the batch runs again carefully, a savepoint around
    //! each delivery, so that one is dead-lettered alone.
    int ingestBatch();

    static constexpr int runCarefully = -2;

    int ingestBatch(bool careful);

    //! Relays sharing a PostgreSQL database ingest side by side. Before reading any record, the
    //! batch locks the sequence row of every tenant it will write, in tenant id order. Otherwise
    //! two relays read the same customer or conversation at once, and the second insert of a new
    //! customer fails or one update overwrites the other; and two batches that lock tenants in
    //! different orders deadlock. Either way a good delivery would be dead-lettered. The lock
    //! reads each tenant's last seq, which `events` then need not read again.
    bool lockTenants(const std::vector<Delivery> &batch, EventBatch &events);

    int abandon();

    //! Between ingest passes, at most every purgeIntervalMs: deletes deliveries ingested more
    //! than a day ago, in small statements so no writer waits long.
    void purgeOld();

    //! Tells `records` which messages and customers the batch will look up, and reads them.
    static Status preload(RecordBatch &records, const std::vector<Delivery> &batch);

    Status ingest(const Delivery &delivery, EventBatch &events, RecordBatch *records,
                  QSet<QString> &tenants, Tally &tally);

    Result<std::optional<QString>> route(Routes &routes, const WebhookChange &change);

    //! True when the change stored something new (not a repeat of a delivery already ingested).
    Result<bool> apply(RecordWriter &writer, const WebhookChange &change);

    Ingestor *m_owner;
    Metrics *m_metrics;
    std::unique_ptr<Database> m_db;
    std::optional<InboxStore> m_inbox;
    OrderIntake m_orders; // a new inbound text or cart → a pending order (issue #15)
    QElapsedTimer m_lastPurge;
    std::map<qint64, int> m_attempts; // inbox id → failed database attempts
    int m_retryMs = 0;
    bool m_scheduled = false;
};

} // namespace Switchboard
