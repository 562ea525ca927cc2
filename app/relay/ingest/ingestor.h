// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/databaseurl.h"
#include "core/workerthread.h"

#include <QObject>
#include <QSet>

namespace Switchboard {

class IngestWorker;
class Metrics;

//! Turns durable webhook deliveries into records and events, in inbox order, on its own thread
//! and database connection.
//!
//! Woken by the inbox after each commit (and once at start, for deliveries a previous run
//! acknowledged but did not ingest). A delivery that cannot be parsed, or whose changes cannot
//! be written, goes to the dead-letter table with the reason and never blocks the ones behind
//! it. On PostgreSQL several relays share the inbox: rows are claimed with SKIP LOCKED.
class Ingestor : public QObject {
    Q_OBJECT

public:
    //! `origin` names this relay instance in its announcements to others (EventLog::announce).
    Ingestor(DatabaseUrl url, Metrics *metrics, QString origin, QObject *parent = nullptr);
    ~Ingestor() override;

    Status start();
    void stop();
    const QString &origin() const { return m_origin; }

public Q_SLOTS:
    //! Callable from any thread (the inbox writer calls it after each commit).
    void wake();

Q_SIGNALS:
    //! Events were appended to these tenants' logs (delivered on the owner's thread).
    void eventsAppended(const QStringList &tenantIds);
    //! Every delivery committed so far has been ingested (tests and shutdown wait on it).
    void idle();

private:
    DatabaseUrl m_url;
    Metrics *m_metrics;
    QString m_origin;
    WorkerThread<IngestWorker> m_worker;
};

} // namespace Switchboard
