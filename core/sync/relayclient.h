// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/relayreply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace Switchboard {

//! The console's one way to call the relay's client routes (relay-api.md, "Client routes"): every
//! call returns a RelayReply at once and never blocks. The bearer token goes in the Authorization
//! header (in the stream URL only as the contract's `access_token` parameter) and, like the
//! password, is never logged. A 401 from any call but login ends the session: sessionEnded() is
//! emitted once per token, so the console returns to sign-in once however many calls were
//! running. The QNetworkAccessManager is passed in so the console and tests choose it.
class RelayClient : public QObject {
    Q_OBJECT
public:
    //! baseUrl e.g. https://relay.example.com (a path prefix is kept); http:// is allowed, the
    //! console decides what to warn about. `token` empty before sign-in.
    RelayClient(QNetworkAccessManager *network, QUrl baseUrl, QString token = {},
                QObject *parent = nullptr);

    const QUrl &baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }
    //! A new token (a sign-in) re-arms sessionEnded().
    void setToken(const QString &token);
    //! How long a call may wait for the relay before it fails as relay_unreachable.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    //! The URL of a client route, `path` under /api/v1 (e.g. "/tenants").
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    //! The WebSocket URL of a tenant's stream after `after`: ws:// for http://, wss:// for
    //! https://, with the token as `access_token`. Holds the token: never log it.
    QUrl streamUrl(const QString &tenantId, qint64 after) const;

    // Replies are parented to this client; delete them with deleteLater() once finished.
    //! POST /auth/login without a token; on success the answer's token becomes this client's.
    RelayReply *login(const QString &username, const QString &password);
    RelayReply *tenants();
    RelayReply *events(const QString &tenantId, qint64 after, int limit);
    RelayReply *connection(const QString &tenantId);
    //! `path` under /api/v1, as for urlFor().
    RelayReply *get(const QString &path, const QUrlQuery &query = {});
    //! A non-empty idempotencyKey is sent as the Idempotency-Key header.
    RelayReply *post(const QString &path, const QJsonObject &body,
                     const QByteArray &idempotencyKey = {});
    //! POST of a body that is not a JSON object (a menu's CSV), with `contentType` and a query.
    RelayReply *postData(const QString &path, const QUrlQuery &query, const QByteArray &body,
                         const QByteArray &contentType);
    RelayReply *patch(const QString &path, const QJsonObject &body);
    RelayReply *put(const QString &path, const QJsonObject &body);
    //! DELETE `path` (a product of the menu, …).
    RelayReply *remove(const QString &path);

    //! The sentence for a relay that cannot be reached (also the SyncEngine's for its socket).
    QString unreachableMessage() const;

Q_SIGNALS:
    //! The relay refused the token (expired, revoked): the console returns to sign-in.
    void sessionEnded(const QString &reason);

private:
    RelayReply *start(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                      const QByteArray &idempotencyKey, bool authenticated,
                      const QByteArray &contentType = QByteArrayLiteral("application/json"));
    void onFinished(RelayReply *reply, QNetworkReply *networkReply, const QByteArray &verb,
                    bool authenticated, const QString &sslProblems);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 30000;
    bool m_sessionEnded = false;
};

} // namespace Switchboard
