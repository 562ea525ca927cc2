// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/session/sessionstore.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Switchboard {

class Outbox;
class RelayClient;
class Replica;
class SyncEngine;

//! One open business of the signed-in user: its Replica (opened at once, so the window shows
//! the last known state with or without the relay), the SyncEngine keeping it current, the
//! Outbox of commands waiting for the relay (sending while the engine is live), and the
//! business's identity and the user's role in it. Switching business closes one Workspace and
//! opens another; each has its own replica file, named by relay and tenant.
class Workspace : public QObject {
    Q_OBJECT
public:
    //! `client` outlives the workspace; `dataDirectory` holds the replica files.
    Workspace(RelayClient *client, Business business, QString dataDirectory,
              QObject *parent = nullptr);
    ~Workspace() override;

    //! Opens the replica and the outbox (creating and migrating them when new). Call once
    //! before goLive().
    Status open();
    //! Starts catching up and then the live stream.
    void goLive();
    //! Stops syncing (sign-out, a 401); the replica stays as it is on disk.
    void stop();

    const Business &business() const { return m_business; }
    RelayClient *client() const { return m_client; }
    Replica *replica() const { return m_replica.get(); }
    SyncEngine *sync() const { return m_sync.get(); }
    Outbox *outbox() const { return m_outbox.get(); }

private:
    RelayClient *m_client;
    Business m_business;
    QString m_dataDirectory;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<Outbox> m_outbox;
};

} // namespace Switchboard
