// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meta/retrypolicy.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Switchboard {

class GraphClient;
class GraphReply;

//! Everything needed to send one Graph request again: the body is kept as bytes (multipart too)
//! so every retry sends exactly the same request.
struct GraphRequest {
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QString accessToken;
};

//! The attempt loop behind a GraphReply: send, classify, wait, send again. A child of its reply,
//! so deleting the reply aborts the transfer and stops the retry timer.
class GraphCall : public QObject {
public:
    GraphCall(GraphClient *client, QNetworkAccessManager *network, GraphRequest request,
              const RetryPolicy &policy, GraphReply *reply);
    ~GraphCall() override;

    void start();

private:
    void attempt();
    void onAttemptFinished(QNetworkReply *networkReply);
    void report(const QString &outcome);

    QPointer<GraphClient> m_client;
    QPointer<QNetworkAccessManager> m_network;
    GraphRequest m_request;
    RetryPolicy m_policy;
    GraphReply *m_reply;
    QPointer<QNetworkReply> m_current;
    QTimer m_retryTimer;
    int m_attempts = 0;
};

} // namespace Switchboard
