// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meta/graphreply.h"
#include "core/meta/retrypolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace Switchboard {

//! The one way the project talks to Meta's Graph API (or the sandbox standing in for it): builds
//! versioned URLs, puts the tenant's token in the Authorization header (never in the URL, never in
//! a log), and retries what Meta calls transient with backoff. It never blocks; every call returns
//! a GraphReply at once. The QNetworkAccessManager is passed in so tests and the relay choose it.
class GraphClient : public QObject {
    Q_OBJECT
public:
    //! baseUrl e.g. https://graph.facebook.com (a path prefix is kept); version e.g. "v23.0",
    //! empty for Meta's default version.
    GraphClient(QNetworkAccessManager *network, QUrl baseUrl, QString version,
                QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy);
    const RetryPolicy &retryPolicy() const { return m_policy; }

    //! The URL of a path without the version, e.g. "1234/messages".
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

    // Replies are parented to this client; delete them with deleteLater() once finished.
    GraphReply *get(const QString &path, const QUrlQuery &query, const QString &accessToken);
    GraphReply *post(const QString &path, const QJsonObject &body, const QString &accessToken);
    GraphReply *postForm(const QString &path, const QUrlQuery &form, const QString &accessToken);
    GraphReply *deleteResource(const QString &path, const QUrlQuery &query,
                               const QString &accessToken);
    //! multipart/form-data with messaging_product=whatsapp, type=mimeType and the part "file".
    GraphReply *upload(const QString &path, const QByteArray &data, const QString &mimeType,
                       const QString &fileName, const QString &accessToken);
    //! GET of an absolute URL (a media URL from GET /<MEDIA_ID>) with the same bearer token.
    GraphReply *download(const QUrl &absoluteUrl, const QString &accessToken);

Q_SIGNALS:
    //! Once per attempt: "ok", "retried" or "error" (for switchboard_graph_requests_total).
    void requestFinished(const QString &outcome);

private:
    GraphReply *start(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                      const QByteArray &contentType, const QString &accessToken);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_baseUrl;
    QString m_version;
    RetryPolicy m_policy;
};

} // namespace Switchboard
