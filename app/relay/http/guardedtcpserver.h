// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

class QTcpSocket;

namespace Switchboard {

//! The listening socket of the relay, placed in front of QHttpServer to bound what a client may
//! make it buffer (QHttpServer 6.4 reads whole bodies into memory before any handler runs).
//!
//! It watches each connection's bytes before QHttpServer sees them: a request whose
//! Content-Length exceeds the limit is answered 413 as soon as its headers arrive, and a chunked
//! body (which has no length up front) 411; headers larger than 16 KiB answer 431; a client that
//! does not finish its headers within the header timeout (slowloris) is disconnected. Each
//! refusal is counted through `refused(reason)`.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT

public:
    GuardedTcpServer(qint64 maxBody, int headerTimeoutMs, QObject *parent = nullptr);

    //! Stops watching a connection that is no longer HTTP (upgraded to a WebSocket): its idle
    //! timeout would otherwise close a live stream.
    static void release(QTcpSocket *socket);

Q_SIGNALS:
    void refused(const QString &reason);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxBody;
    int m_headerTimeoutMs;
};

} // namespace Switchboard
