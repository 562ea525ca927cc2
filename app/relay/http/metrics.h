// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QString>

#include <array>
#include <functional>

namespace Switchboard {

//! The relay's Prometheus metrics (relay contract, GET /metrics), safe to update from any thread.
class Metrics {
public:
    void webhookReceived();
    void webhookRejected(const QString &reason);
    void observeAck(double seconds);
    void setIngestLag(double seconds);
    void graphRequest(const QString &outcome);
    void unroutedChange();
    void ingested(const QString &kind);
    //! Read at scrape time (the stream hub's client count lives on the main thread).
    void setStreamClientsSource(std::function<int()> source);

    //! Prometheus text exposition format 0.0.4.
    QByteArray render() const;

    static constexpr std::array<double, 12> ackBuckets = {0.0005, 0.001, 0.002, 0.005, 0.01, 0.02,
                                                          0.05,   0.1,   0.25,  0.5,   1.0,  2.5};

private:
    mutable QMutex m_mutex;
    quint64 m_received = 0;
    QMap<QString, quint64> m_rejected;
    std::array<quint64, ackBuckets.size()> m_ackBuckets{};
    quint64 m_ackCount = 0;
    double m_ackSum = 0;
    double m_ingestLag = 0;
    QMap<QString, quint64> m_graph;
    quint64 m_unrouted = 0;
    QMap<QString, quint64> m_ingested;
    std::function<int()> m_streamClients;
};

} // namespace Switchboard
