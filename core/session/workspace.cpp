// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/workspace.h"

#include "core/sync/outbox.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"

#include <QDir>

namespace Switchboard {

Workspace::Workspace(RelayClient *client, Business business, QString dataDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_business(std::move(business))
    , m_dataDirectory(std::move(dataDirectory)) {}

Workspace::~Workspace() {
    // The engine hands batches to the replica and switches the outbox: it goes first.
    m_sync.reset();
    m_outbox.reset();
    m_replica.reset();
}

Status Workspace::open() {
    if (m_replica)
        return success();
    if (!QDir().mkpath(m_dataDirectory))
        return Error{QStringLiteral("replica_unavailable"),
                     tr("The folder %1 cannot be created for the local copy of %2.")
                         .arg(QDir::toNativeSeparators(m_dataDirectory), m_business.name)};
    auto replica = std::make_unique<Replica>(
        Replica::location(m_dataDirectory, m_client->baseUrl(), m_business.id));
    if (Status opened = replica->open(); !opened)
        return opened;
    auto outbox = std::make_unique<Outbox>(
        Outbox::location(m_dataDirectory, m_client->baseUrl(), m_business.id), m_client,
        m_business.id);
    if (Status opened = outbox->open(); !opened)
        return opened;
    m_replica = std::move(replica);
    m_outbox = std::move(outbox);
    m_sync = std::make_unique<SyncEngine>(m_client, m_business.id, m_replica.get());
    // A page is parsed on the window's thread: 2,000 events keep that under ~20 ms, and reading
    // ahead keeps the relay busy while the replica stores the page before.
    m_sync->setPageSize(2000);
    // Commands go out while the relay is there and the session good: exactly when the engine
    // is live.
    connect(m_sync.get(), &SyncEngine::stateChanged, m_outbox.get(),
            [outbox = m_outbox.get()](SyncEngine::State state) {
                outbox->setOnline(state == SyncEngine::State::Live);
            });
    return success();
}

void Workspace::goLive() {
    if (m_sync)
        m_sync->start();
}

void Workspace::stop() {
    if (m_sync)
        m_sync->stop();
    if (m_outbox)
        m_outbox->setOnline(false);
}

} // namespace Switchboard
