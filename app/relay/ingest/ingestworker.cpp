// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/ingest/ingestworker.h"

#include "app/relay/connections/connectionstore.h"
#include "app/relay/events/eventbatch.h"
#include "app/relay/events/eventlog.h"
#include "app/relay/http/metrics.h"
#include "app/relay/ingest/ingestor.h"
#include "app/relay/records/recordbatch.h"
#include "app/relay/records/recordwriter.h"
#include "app/relay/records/storedformat.h"
#include "app/relay/webhook/inboxstore.h"
#include "core/logging.h"
#include "core/meta/webhookparser.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimer>

#include <map>
#include <optional>

namespace Switchboard {

namespace {
// Deliveries per transaction. On SQLite the inbox has a file of its own, so a long ingest
// transaction delays nothing but other writers of records (API calls), and larger batches
// rewrite fewer pages. On PostgreSQL a batch holds its tenants' sequence rows locked, which
// other relays' ingest and API calls wait for.
constexpr int sqliteBatchSize = 64;
constexpr int postgresBatchSize = 32;
// Ingested deliveries stay in the inbox this long, for operators investigating a report, then
// go in small deletes between ingest passes.
constexpr qint64 inboxRetentionSeconds = 24 * 3600;
constexpr qint64 purgeIntervalMs = 10 * 60 * 1000;
constexpr int purgeChunk = 1000;
// A delivery whose ingest fails on a database error (a lost connection, a full disk) is tried
// again with the batch, after a growing pause; only one that keeps failing is dead-lettered.
constexpr int maxDatabaseAttempts = 5;
constexpr int firstRetryMs = 200;
constexpr int maxRetryMs = 30000;
} // namespace

Status IngestWorker::open(const DatabaseUrl &url) {
    auto db = Database::open(url);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    if (m_db->backend() == Database::Backend::Sqlite) {
        // Records are derived from the inbox, which is synced on every commit: an ingest
        // commit lost with the power is redone on restart from inbox rows past the cursor
        // (rows stay for a day, far longer than a commit waits for the next checkpoint). So
        // ingest need not wait for its own fsync. A larger page cache saves re-reading the
        // index pages every batch touches.
        for (const char *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-65536"}) {
            if (auto done = m_db->exec(QLatin1String(pragma)); !done)
                return done;
        }
        if (Status deferred = m_db->deferCheckpoints(); !deferred)
            return deferred;
    }
    auto inbox = InboxStore::open(*m_db);
    if (!inbox)
        return inbox.error();
    m_inbox.emplace(std::move(inbox).value());
    m_lastPurge.invalidate();
    return success();
}

void IngestWorker::close() {
    m_inbox.reset();
    m_db.reset();
}

void IngestWorker::run() {
    m_scheduled = false;
    if (!m_db)
        return;
    for (;;) {
        const int done = ingestBatch();
        if (done < 0) {
            retryLater();
            return;
        }
        m_retryMs = 0;
        if (done == 0)
            break;
    }
    Q_EMIT m_owner->idle();
    purgeOld();
}

void IngestWorker::retryLater() {
    m_retryMs = m_retryMs == 0 ? firstRetryMs : qMin(m_retryMs * 2, maxRetryMs);
    qCWarning(Log::ingest) << "ingest failed; trying again in" << m_retryMs << "ms";
    m_scheduled = true;
    QTimer::singleShot(m_retryMs, this, [this] { run(); });
}

void IngestWorker::schedule() {
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(
        this, [this] { run(); }, Qt::QueuedConnection);
}

void IngestWorker::prepare(Delivery &delivery, Routes &routes) {
    auto parsed = parseWebhook(delivery.body);
    if (!parsed) {
        delivery.failure = parsed.error();
        return;
    }
    delivery.changes = std::move(parsed.value().changes);
    delivery.tenants.reserve(delivery.changes.size());
    for (const WebhookChange &change : delivery.changes) {
        if (change.kind() == WebhookChange::Kind::Ignored) {
            delivery.tenants.emplace_back();
            continue;
        }
        auto tenant = route(routes, change);
        if (!tenant) {
            delivery.failure = tenant.error();
            return;
        }
        delivery.tenants.push_back(tenant.value());
    }
}

int IngestWorker::ingestBatch() {
    const int taken = ingestBatch(false);
    return taken == runCarefully ? ingestBatch(true) : taken;
}

int IngestWorker::ingestBatch(bool careful) {
    const bool postgres = m_db->backend() == Database::Backend::Postgres;
    if (!m_db->begin())
        return -1;
    auto claimed = m_inbox->claim(postgres ? postgresBatchSize : sqliteBatchSize);
    if (!claimed) {
        qCWarning(Log::ingest) << claimed.error().message;
        return abandon();
    }
    std::vector<Delivery> batch;
    batch.reserve(claimed->size());
    for (InboxStore::Delivery &row : claimed.value())
        batch.push_back(Delivery{std::move(row), {}, {}, {}});
    if (batch.empty()) {
        m_db->rollback();
        m_metrics->setIngestLag(0);
        return 0;
    }
    m_metrics->setIngestLag(
        double(batch.front().receivedAt.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0);
    Routes routes{ConnectionStore(*m_db, nullptr), {}};
    for (Delivery &delivery : batch) {
        prepare(delivery, routes);
        if (delivery.failure && !careful) {
            m_db->rollback(); // known before writing anything: straight to the careful run
            return runCarefully;
        }
    }
    EventBatch events(*m_db);
    if (postgres && !lockTenants(batch, events))
        return abandon();
    // Careful runs write each delivery's records at once, inside its savepoint.
    std::optional<RecordBatch> records;
    if (!careful) {
        records.emplace(*m_db);
        if (Status loaded = preload(*records, batch); !loaded) {
            qCWarning(Log::ingest) << "cannot read records:" << loaded.error().message;
            return abandon();
        }
    }
    QSet<QString> touched;
    Tally tally;
    for (const Delivery &delivery : batch) {
        const EventBatch::Mark mark = careful ? events.mark() : EventBatch::Mark{};
        const size_t counted = tally.ingested.size();
        const int unrouted = tally.unrouted;
        if (careful && !m_db->exec(QStringLiteral("SAVEPOINT delivery")))
            return abandon();
        QSet<QString> tenants;
        const Status applied =
            ingest(delivery, events, records ? &*records : nullptr, tenants, tally);
        if (applied) {
            if (careful && !m_db->exec(QStringLiteral("RELEASE SAVEPOINT delivery")))
                return abandon();
            touched.unite(tenants);
            continue;
        }
        if (!careful) {
            m_db->rollback();
            return runCarefully;
        }
        if (!m_db->exec(QStringLiteral("ROLLBACK TO SAVEPOINT delivery")))
            return abandon();
        events.rollbackTo(mark);
        tally.ingested.resize(counted);
        tally.unrouted = unrouted;
        if (applied.error().code == QLatin1String("database_error") &&
            ++m_attempts[delivery.id] < maxDatabaseAttempts) {
            qCWarning(Log::ingest) << "delivery" << delivery.id
                                   << "not ingested, will retry:" << applied.error().message;
            return abandon();
        }
        m_attempts.erase(delivery.id);
        qCWarning(Log::ingest) << "dead-lettered delivery" << delivery.id << ":"
                               << applied.error().message;
        auto dead = m_db->query(QStringLiteral("INSERT INTO dead_letters (inbox_id, reason, "
                                               "body, created_at) VALUES (?, ?, ?, ?)"),
                                {delivery.id, applied.error().message, delivery.body, nowText()});
        if (!dead)
            return abandon();
        tally.ingested.push_back(QStringLiteral("dead_letter"));
    }
    if (records) {
        if (Status written = records->flush(); !written) {
            // A constraint the batch broke, or a lost connection: the careful run finds out
            // which, delivery by delivery.
            qCWarning(Log::ingest) << "cannot write records:" << written.error().message;
            m_db->rollback();
            return runCarefully;
        }
    }
    if (auto written = events.flush(); !written) {
        qCWarning(Log::ingest) << "cannot write events:" << written.error().message;
        return abandon();
    }
    std::vector<qint64> ids;
    ids.reserve(batch.size());
    for (const Delivery &delivery : batch)
        ids.push_back(delivery.id);
    if (!m_inbox->complete(ids))
        return abandon();
    if (!touched.isEmpty()) {
        if (Status told = EventLog(*m_db).announce(QStringList(touched.cbegin(), touched.cend()),
                                                   m_owner->origin());
            !told) {
            qCWarning(Log::ingest) << "cannot tell other relays:" << told.error().message;
            return abandon();
        }
    }
    if (!m_db->commit())
        return -1;
    for (qint64 id : ids)
        m_attempts.erase(id);
    for (const QString &kind : tally.ingested)
        m_metrics->ingested(kind);
    for (int i = 0; i < tally.unrouted; ++i)
        m_metrics->unroutedChange();
    if (!touched.isEmpty())
        Q_EMIT m_owner->eventsAppended(QStringList(touched.cbegin(), touched.cend()));
    return int(batch.size());
}

bool IngestWorker::lockTenants(const std::vector<Delivery> &batch, EventBatch &events) {
    QStringList tenants;
    for (const Delivery &delivery : batch) {
        for (const auto &tenant : delivery.tenants) {
            if (tenant)
                tenants << *tenant;
        }
    }
    tenants.sort();
    tenants.removeDuplicates();
    for (const QString &tenant : std::as_const(tenants)) {
        auto locked = EventLog(*m_db).lockTenant(tenant);
        if (!locked) {
            qCWarning(Log::ingest) << locked.error().message;
            return false;
        }
        if (locked.value())
            events.knowLastSeq(tenant, *locked.value());
    }
    return true;
}

int IngestWorker::abandon() {
    m_db->rollback();
    return -1;
}

void IngestWorker::purgeOld() {
    if (m_lastPurge.isValid() && m_lastPurge.elapsed() < purgeIntervalMs)
        return;
    m_lastPurge.start();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-inboxRetentionSeconds);
    qint64 total = 0;
    for (;;) {
        auto purged = m_inbox->purge(before, purgeChunk);
        if (!purged) {
            qCWarning(Log::ingest) << "inbox purge failed:" << purged.error().message;
            break;
        }
        total += *purged;
        if (*purged < purgeChunk)
            break;
    }
    if (total > 0)
        qCInfo(Log::ingest) << "purged" << total << "deliveries ingested over a day ago";
}

Status IngestWorker::preload(RecordBatch &records, const std::vector<Delivery> &batch) {
    for (const Delivery &delivery : batch) {
        for (size_t i = 0; i < delivery.changes.size() && i < delivery.tenants.size(); ++i) {
            const std::optional<QString> &tenant = delivery.tenants[i];
            if (!tenant)
                continue;
            const WebhookChange &change = delivery.changes[i];
            if (const auto *inbound = change.as<InboundMessageChange>()) {
                records.wantMessage(*tenant, inbound->message.wamid);
                records.wantCustomer(*tenant, inbound->customerWaId);
            } else if (const auto *echo = change.as<EchoChange>()) {
                records.wantMessage(*tenant, echo->message.wamid);
                records.wantCustomer(*tenant, echo->customerWaId);
            } else if (const auto *status = change.as<StatusChange>()) {
                records.wantMessage(*tenant, status->wamid);
            }
        }
    }
    return records.load();
}

Status IngestWorker::ingest(const Delivery &delivery, EventBatch &events, RecordBatch *records,
                            QSet<QString> &tenants, Tally &tally) {
    if (delivery.failure)
        return *delivery.failure;
    for (size_t i = 0; i < delivery.changes.size(); ++i) {
        const WebhookChange &change = delivery.changes[i];
        if (change.kind() == WebhookChange::Kind::Ignored) {
            tally.ingested.push_back(QStringLiteral("ignored"));
            qCDebug(Log::ingest) << "ignored:" << change.as<IgnoredChange>()->reason;
            continue;
        }
        const std::optional<QString> &tenant = delivery.tenants[i];
        if (!tenant) {
            ++tally.unrouted;
            continue;
        }
        RecordWriter writer(*m_db, *tenant, &events, records);
        auto applied = apply(writer, change);
        if (!applied)
            return applied.error();
        // Order extraction runs only for a message stored just now: a redelivery never reaches it.
        const auto *inbound = change.as<InboundMessageChange>();
        if (applied.value() && inbound) {
            auto stored = writer.messageByWamid(inbound->message.wamid);
            if (!stored)
                return stored.error();
            if (stored->has_value()) {
                auto ordered =
                    m_orders.take(*m_db, &events, *tenant, stored->value(), inbound->customerWaId,
                                  inbound->customerProfileName, change.phoneNumberId);
                if (!ordered)
                    return ordered.error();
                if (ordered.value())
                    tenants.insert(*tenant);
            }
        }
        if (writer.appended())
            tenants.insert(*tenant);
        tally.ingested.push_back(toString(change.kind()));
    }
    return success();
}

Result<std::optional<QString>> IngestWorker::route(Routes &routes, const WebhookChange &change) {
    if (!change.phoneNumberId.isEmpty()) {
        auto known = routes.byNumber.constFind(change.phoneNumberId);
        if (known == routes.byNumber.cend()) {
            auto byNumber = routes.store.tenantForPhoneNumber(change.phoneNumberId);
            if (!byNumber)
                return byNumber.error();
            known = routes.byNumber.insert(change.phoneNumberId, byNumber.value());
        }
        if (known->has_value())
            return *known;
    }
    if (const auto *account = change.as<AccountChange>();
        account && !account->affectedWabaId.isEmpty())
        return routes.store.tenantForWaba(account->affectedWabaId);
    if (change.kind() == WebhookChange::Kind::Account ||
        change.kind() == WebhookChange::Kind::Template)
        return routes.store.tenantForWaba(change.wabaId);
    return std::optional<QString>();
}

Result<bool> IngestWorker::apply(RecordWriter &writer, const WebhookChange &change) {
    Result<bool> result = false;
    if (const auto *inbound = change.as<InboundMessageChange>())
        result = writer.addMessage(inbound->customerWaId, inbound->customerProfileName,
                                   change.phoneNumberId, inbound->message);
    else if (const auto *echo = change.as<EchoChange>())
        result = writer.addMessage(echo->customerWaId, echo->customerProfileName,
                                   change.phoneNumberId, echo->message);
    else if (const auto *status = change.as<StatusChange>())
        result = writer.applyStatus(*status);
    else if (const auto *templ = change.as<TemplateChange>())
        result = writer.applyTemplate(*templ);
    else if (const auto *account = change.as<AccountChange>())
        result = writer.applyAccount(change.phoneNumberId, change.field, *account);
    return result;
}

} // namespace Switchboard
