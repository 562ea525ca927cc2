// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/ingest/ingestor.h"

#include "app/relay/ingest/ingestworker.h"

namespace Switchboard {

Ingestor::Ingestor(DatabaseUrl url, Metrics *metrics, QString origin, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_metrics(metrics)
    , m_origin(std::move(origin))
    , m_worker(QStringLiteral("ingest")) {}

Ingestor::~Ingestor() {
    stop();
}

Status Ingestor::start() {
    const Status opened =
        m_worker.start(std::make_unique<IngestWorker>(this, m_metrics),
                       [this](IngestWorker &worker) { return worker.open(m_url); });
    if (opened)
        wake(); // what a previous run acknowledged but did not ingest
    return opened;
}

void Ingestor::stop() {
    m_worker.stop([](IngestWorker &worker) { worker.close(); });
}

void Ingestor::wake() {
    if (IngestWorker *worker = m_worker.worker())
        QMetaObject::invokeMethod(
            worker, [worker] { worker->schedule(); }, Qt::QueuedConnection);
}

} // namespace Switchboard
