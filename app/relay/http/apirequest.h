// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QUrl>
#include <QUrlQuery>

namespace Switchboard {

//! What a handler may read of a request, as a value: QHttpServer frees its request when the
//! route's function returns, and API handlers run later on the API thread.
class ApiRequest {
public:
    explicit ApiRequest(const QHttpServerRequest &request);

    const QUrl &url() const { return m_url; }
    QUrlQuery query() const { return QUrlQuery(m_url); }
    const QByteArray &body() const { return m_body; }
    const QHostAddress &remoteAddress() const { return m_remoteAddress; }
    //! A header's value, the name in any case; empty when absent.
    QByteArray value(const QByteArray &name) const { return m_headers.value(name.toLower()); }

private:
    QUrl m_url;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    QHash<QByteArray, QByteArray> m_headers; //!< lower-case names
};

} // namespace Switchboard
