// SPDX-License-Identifier: GPL-3.0-or-later
#include "epollloop.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace Switchboard::Bench {

Peer::~Peer() {
    if (m_fd >= 0)
        ::close(m_fd);
}

bool Peer::connectTo(const QString &host, quint16 port) {
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (::inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr) != 1)
        return false;
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return false;
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK) == 0;
}

void Peer::write(const QByteArray &bytes) {
    m_out += bytes;
    flush();
}

void Peer::flush() {
    while (!m_out.isEmpty()) {
        const ssize_t written = ::send(m_fd, m_out.constData(), size_t(m_out.size()), MSG_NOSIGNAL);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            break; // EAGAIN: wait for EPOLLOUT; an error shows as EPOLLERR/HUP
        }
        m_out.remove(0, written);
    }
    const bool wants = !m_out.isEmpty();
    if (m_loop && wants != m_wantsWrite) {
        m_wantsWrite = wants;
        m_loop->watchWrites(this, wants);
    }
}

void Peer::onEvents(quint32 events) {
    if (events & EPOLLOUT)
        flush();
    if (events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
        char buffer[65536];
        for (;;) {
            const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (got > 0) {
                m_in.append(buffer, got);
                continue;
            }
            if (got < 0 && errno == EINTR)
                continue;
            if (got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
                m_closed = true; // the server closed it: stop watching, or epoll reports it forever
                ::epoll_ctl(m_loop->m_epoll, EPOLL_CTL_DEL, m_fd, nullptr);
            }
            break;
        }
        readable();
    }
}

EpollLoop::EpollLoop()
    : m_epoll(::epoll_create1(EPOLL_CLOEXEC)) {}

EpollLoop::~EpollLoop() {
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool EpollLoop::add(Peer *peer) {
    peer->m_loop = this;
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.ptr = peer;
    return ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, peer->fd(), &event) == 0;
}

void EpollLoop::watchWrites(Peer *peer, bool on) {
    epoll_event event{};
    event.events = EPOLLIN | (on ? EPOLLOUT : 0u);
    event.data.ptr = peer;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, peer->fd(), &event);
}

void EpollLoop::run(const std::function<bool()> &until, const std::function<void()> &tick) {
    epoll_event events[256];
    while (!until()) {
        const int ready = ::epoll_wait(m_epoll, events, 256, 1);
        for (int i = 0; i < ready; ++i)
            static_cast<Peer *>(events[i].data.ptr)->onEvents(events[i].events);
        tick();
    }
}

} // namespace Switchboard::Bench
