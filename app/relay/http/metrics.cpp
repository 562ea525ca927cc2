// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/http/metrics.h"

namespace Switchboard {

void Metrics::webhookReceived() {
    QMutexLocker lock(&m_mutex);
    ++m_received;
}

void Metrics::webhookRejected(const QString &reason) {
    QMutexLocker lock(&m_mutex);
    ++m_rejected[reason];
}

void Metrics::observeAck(double seconds) {
    QMutexLocker lock(&m_mutex);
    for (size_t i = 0; i < ackBuckets.size(); ++i) {
        if (seconds <= ackBuckets[i])
            ++m_ackBuckets[i];
    }
    ++m_ackCount;
    m_ackSum += seconds;
}

void Metrics::setIngestLag(double seconds) {
    QMutexLocker lock(&m_mutex);
    m_ingestLag = seconds;
}

void Metrics::graphRequest(const QString &outcome) {
    QMutexLocker lock(&m_mutex);
    ++m_graph[outcome];
}

void Metrics::unroutedChange() {
    QMutexLocker lock(&m_mutex);
    ++m_unrouted;
}

void Metrics::ingested(const QString &kind) {
    QMutexLocker lock(&m_mutex);
    ++m_ingested[kind];
}

void Metrics::setStreamClientsSource(std::function<int()> source) {
    QMutexLocker lock(&m_mutex);
    m_streamClients = std::move(source);
}

QByteArray Metrics::render() const {
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    auto family = [&out](const char *name, const char *type, const char *help) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    };
    auto labelled = [&out](const char *name, const char *label,
                           const QMap<QString, quint64> &values) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            out += QByteArray(name) + '{' + label + "=\"" + it.key().toUtf8() + "\"} " +
                   QByteArray::number(it.value()) + '\n';
    };
    family("switchboard_webhooks_received_total", "counter",
           "Webhook deliveries acknowledged after they were durably stored.");
    out += "switchboard_webhooks_received_total " + QByteArray::number(m_received) + '\n';
    family("switchboard_webhooks_rejected_total", "counter",
           "Webhook requests refused, by reason; nothing of them was stored.");
    labelled("switchboard_webhooks_rejected_total", "reason", m_rejected);
    family("switchboard_webhook_ack_seconds", "histogram",
           "Time from a delivery's arrival to its acknowledgement.");
    for (size_t i = 0; i < ackBuckets.size(); ++i)
        out += "switchboard_webhook_ack_seconds_bucket{le=\"" + QByteArray::number(ackBuckets[i]) +
               "\"} " + QByteArray::number(m_ackBuckets[i]) + '\n';
    out += "switchboard_webhook_ack_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_ackCount) +
           '\n';
    out += "switchboard_webhook_ack_seconds_sum " + QByteArray::number(m_ackSum, 'g', 9) + '\n';
    out += "switchboard_webhook_ack_seconds_count " + QByteArray::number(m_ackCount) + '\n';
    family("switchboard_ingest_lag_seconds", "gauge",
           "Age of the oldest acknowledged delivery not yet ingested at the last ingest pass.");
    out += "switchboard_ingest_lag_seconds " + QByteArray::number(m_ingestLag, 'g', 6) + '\n';
    family("switchboard_stream_clients", "gauge", "Connected WebSocket stream clients.");
    out += "switchboard_stream_clients " +
           QByteArray::number(m_streamClients ? m_streamClients() : 0) + '\n';
    family("switchboard_graph_requests_total", "counter", "Graph API requests, by outcome.");
    labelled("switchboard_graph_requests_total", "outcome", m_graph);
    family("switchboard_unrouted_changes_total", "counter",
           "Webhook changes for a phone number or WABA no tenant owns.");
    out += "switchboard_unrouted_changes_total " + QByteArray::number(m_unrouted) + '\n';
    family("switchboard_ingested_changes_total", "counter", "Webhook changes ingested, by kind.");
    labelled("switchboard_ingested_changes_total", "kind", m_ingested);
    return out;
}

} // namespace Switchboard
