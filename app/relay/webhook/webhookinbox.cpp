// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/webhook/webhookinbox.h"

#include "app/relay/webhook/inboxstore.h"
#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/multirow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace Switchboard {

//! Lives on the inbox thread: owns the connection and runs the transactions.
class InboxWriter : public QObject {
public:
    explicit InboxWriter(WebhookInbox *inbox)
        : m_inbox(inbox) {}

    Status open(const DatabaseUrl &url) {
        auto db = InboxStore::openInbox(url);
        if (!db)
            return db.error();
        m_db = std::move(db).value();
        return success();
    }

    void close() { m_db.reset(); }

    //! Takes everything queued and commits it as one transaction, repeatedly until the queue is
    //! empty; requests that arrive during a commit form the next group.
    void drain() {
        for (;;) {
            std::vector<WebhookInbox::Pending> batch;
            {
                QMutexLocker lock(&m_inbox->m_mutex);
                if (m_inbox->m_queue.empty()) {
                    m_inbox->m_drainScheduled = false;
                    return;
                }
                batch.swap(m_inbox->m_queue);
            }
            commit(batch);
        }
    }

private:
    void commit(const std::vector<WebhookInbox::Pending> &batch) {
        std::vector<quint64> tickets;
        tickets.reserve(batch.size());
        for (const auto &pending : batch)
            tickets.push_back(pending.ticket);

        qint64 lastId = 0;
        bool durable = m_db && m_db->begin().ok();
        if (durable) {
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            for (size_t done = 0; durable && done < batch.size();) {
                const size_t count = rowsForNextInsert(batch.size() - done);
                const auto inserted = insert(batch, done, count, now);
                durable = inserted.ok();
                if (durable)
                    lastId = inserted.value();
                else
                    qCWarning(Log::ingest) << "inbox insert failed:" << inserted.error().message;
                done += count;
            }
            if (durable) {
                if (auto done = m_db->commit(); !done) {
                    qCWarning(Log::ingest) << "inbox commit failed:" << done.error().message;
                    durable = false;
                }
            } else {
                m_db->rollback();
            }
        }
        // Ingest starts now rather than after the acknowledgements on the busy HTTP thread.
        if (durable)
            Q_EMIT m_inbox->committed(lastId);
        QMetaObject::invokeMethod(
            m_inbox, [inbox = m_inbox, tickets, durable] { inbox->finish(tickets, durable); },
            Qt::QueuedConnection);
    }

    //! PostgreSQL: rows go in multi-row inserts (rowsPerStatement); a round trip per row held a
    //! group of 64 deliveries for 64 round trips. SQLite: a row at a time, which costs no round
    //! trip.
    size_t rowsForNextInsert(size_t waiting) const {
        return m_db->backend() == Database::Backend::Postgres ? rowsPerStatement(waiting) : 1;
    }

    //! Inserts batch[from, from + count); returns the last row's id.
    Result<qint64> insert(const std::vector<WebhookInbox::Pending> &batch, size_t from,
                          size_t count, const QString &now) {
        const bool postgres = m_db->backend() == Database::Backend::Postgres;
        QString sql = QStringLiteral("INSERT INTO webhook_inbox (received_at, body) VALUES ") +
                      valuesPlaceholders(2, count);
        if (postgres)
            sql += QLatin1String(" RETURNING id");
        QVariantList bindings;
        bindings.reserve(qsizetype(count) * 2);
        for (size_t i = from; i < from + count; ++i)
            bindings << now << batch[i].body;
        auto inserted = m_db->query(sql, bindings);
        if (!inserted)
            return inserted.error();
        qint64 last = 0;
        if (postgres) {
            while ((*inserted)->next())
                last = qMax(last, (*inserted)->value(0).toLongLong());
        } else {
            last = (*inserted)->lastInsertId().toLongLong();
        }
        return last;
    }

    WebhookInbox *m_inbox;
    std::unique_ptr<Database> m_db;
};

WebhookInbox::WebhookInbox(DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_writer(QStringLiteral("webhook-inbox")) {}

WebhookInbox::~WebhookInbox() {
    stop();
}

Status WebhookInbox::start() {
    return m_writer.start(std::make_unique<InboxWriter>(this),
                          [this](InboxWriter &writer) { return writer.open(m_url); });
}

void WebhookInbox::stop() {
    // Queued after any drain already scheduled, so in-flight commits complete first.
    m_writer.stop([](InboxWriter &writer) {
        writer.drain();
        writer.close();
    });
    // Answers of the last group were queued to this thread: deliver them before returning.
    QCoreApplication::sendPostedEvents(this);
}

void WebhookInbox::append(const QByteArray &body, Callback done) {
    const quint64 ticket = m_nextTicket++;
    m_callbacks.insert(ticket, std::move(done));
    bool schedule = false;
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back({ticket, body});
        schedule = !m_drainScheduled;
        m_drainScheduled = true;
    }
    if (schedule)
        QMetaObject::invokeMethod(
            m_writer.worker(), [writer = m_writer.worker()] { writer->drain(); },
            Qt::QueuedConnection);
}

void WebhookInbox::finish(const std::vector<quint64> &tickets, bool durable) {
    for (quint64 ticket : tickets) {
        if (Callback callback = m_callbacks.take(ticket))
            callback(durable);
    }
    if (durable)
        m_appended += qint64(tickets.size());
}

} // namespace Switchboard
