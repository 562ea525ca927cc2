// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace Switchboard {

class Database;
class GraphClient;
class RelayServer;
class SecretBox;

//! Keeps each connected tenant's numbers in step with Meta: every interval it reads quality
//! rating, messaging limit tier, name status and status of every number, and stores what
//! changed (a connection event, so consoles show it). A token Meta no longer accepts marks the
//! connection needs_reconnect with Meta's reason. Webhooks report most of this as it happens;
//! the check catches what a missed or unsubscribed webhook would leave stale.
class ConnectionHealth : public QObject {
public:
    ConnectionHealth(Database *database, GraphClient *graph, const SecretBox *box,
                     RelayServer *server, int intervalSeconds, QObject *parent = nullptr);

    //! One pass now (also what the timer runs). Calls overlapping a pass in flight are skipped.
    void checkNow();
    //! Passes finished so far (tests wait on it).
    int passes() const { return m_passes; }

private:
    Database *m_database;
    GraphClient *m_graph;
    const SecretBox *m_box;
    RelayServer *m_server;
    QTimer m_timer;
    int m_inFlight = 0;
    int m_passes = 0;
};

} // namespace Switchboard
