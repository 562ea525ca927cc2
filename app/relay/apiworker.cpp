// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/apiworker.h"

#include "app/relay/accounts/apiaccess.h"
#include "app/relay/connections/databasereplayguard.h"
#include "app/relay/http/metrics.h"
#include "core/crypto/statetokenissuer.h"
#include "core/logging.h"
#include "core/meta/graphclient.h"
#include "core/meta/sendqueue.h"
#include "core/store/database.h"

#include <QNetworkAccessManager>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Switchboard {

namespace {
constexpr int apiThreadNice = 10;
} // namespace

ApiWorker::ApiWorker(Settings settings, Metrics *metrics)
    : m_settings(std::move(settings))
    , m_metrics(metrics) {}

ApiWorker::~ApiWorker() = default;

Status ApiWorker::open() {
#ifdef Q_OS_LINUX
    // Consoles' reads yield the processor to the HTTP, inbox and ingest threads: on a busy
    // machine a burst of list reads may wait a little, an acknowledgement to Meta may not. (A
    // thread's nice value; raising it needs no privilege.)
    if (setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), apiThreadNice) != 0)
        qCWarning(Log::http) << "the API thread keeps its priority:" << qt_error_string(errno);
#endif
    auto db = Database::open(m_settings.database);
    if (!db)
        return db.error();
    m_database = std::move(db).value();
    // SQLite: the checkpointer thread copies the log back; API commits do not wait for it.
    if (m_database->backend() == Database::Backend::Sqlite) {
        if (Status deferred = m_database->deferCheckpoints(); !deferred)
            return deferred;
    }
    m_access = std::make_unique<ApiAccess>(*m_database);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_graph = std::make_unique<GraphClient>(m_network.get(), m_settings.graphUrl,
                                            m_settings.graphVersion);
    connect(m_graph.get(), &GraphClient::requestFinished, this,
            [metrics = m_metrics](const QString &outcome) { metrics->graphRequest(outcome); });
    m_sendQueue = std::make_unique<SendQueue>(m_graph.get());
    m_signupStates =
        std::make_unique<StateTokenIssuer>(m_settings.stateKey, StateTokenIssuer::Clock{},
                                           std::make_shared<DatabaseReplayGuard>(*m_database));
    return success();
}

void ApiWorker::close() {
    m_signupStates.reset();
    m_sendQueue.reset();
    m_graph.reset();
    m_network.reset();
    m_access.reset();
    m_database.reset();
}

} // namespace Switchboard
