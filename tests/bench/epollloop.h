// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace Switchboard::Bench {

//! A TCP connection of the load generator, driven by an EpollLoop.
//!
//! The generator shares the relay's two cores, so it must cost little per frame: Qt's event
//! dispatchers poll() every socket on every wake-up, which with 164 sockets and tens of
//! thousands of wake-ups a second took a whole core (perf: tcp_poll and sock_poll). epoll costs
//! per ready socket instead.
class Peer {
public:
    virtual ~Peer();
    //! Connects (blocking, to a loopback address) and makes the socket non-blocking.
    bool connectTo(const QString &host, quint16 port);
    //! Queues bytes; what the kernel does not take at once goes out when the socket is writable.
    void write(const QByteArray &bytes);
    int fd() const { return m_fd; }
    bool closed() const { return m_closed; }

protected:
    //! Bytes arrived; they are in m_in, which the peer consumes.
    virtual void readable() = 0;
    QByteArray m_in;

private:
    friend class EpollLoop;
    void onEvents(quint32 events);
    void flush();

    int m_fd = -1;
    QByteArray m_out;
    class EpollLoop *m_loop = nullptr;
    bool m_wantsWrite = false;
    bool m_closed = false;
};

//! Waits on many peers at once with epoll, calling `tick` at least every millisecond.
class EpollLoop {
public:
    EpollLoop();
    ~EpollLoop();
    bool add(Peer *peer);
    //! Runs until `until()` returns true, calling `tick()` after every wake-up.
    void run(const std::function<bool()> &until, const std::function<void()> &tick);

private:
    friend class Peer;
    void watchWrites(Peer *peer, bool on);
    int m_epoll = -1;
};

} // namespace Switchboard::Bench
