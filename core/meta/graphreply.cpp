// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/graphreply.h"

#include <QJsonDocument>
#include <QTimer>

namespace Switchboard {

GraphReply::GraphReply(QObject *parent)
    : QObject(parent) {}

Result<QJsonObject> GraphReply::result() const {
    if (ok())
        return m_json;
    if (!m_finished)
        return Error{QStringLiteral("not_finished"),
                     QStringLiteral("The Graph API request has not finished yet.")};
    return m_error.toError();
}

void GraphReply::succeed(int httpStatus, const QByteArray &body, const QByteArray &contentType,
                         int attempts) {
    if (m_finished)
        return;
    m_ok = true;
    m_httpStatus = httpStatus;
    m_body = body;
    m_contentType = contentType;
    m_attempts = attempts;
    // Graph answers JSON as text/javascript at times, so look at the bytes, not the header.
    const qsizetype first = body.indexOf('{');
    if (first >= 0 && body.left(first).trimmed().isEmpty())
        m_json = QJsonDocument::fromJson(body).object();
    complete();
}

void GraphReply::fail(const GraphError &error, int attempts) {
    if (m_finished)
        return;
    m_ok = false;
    m_error = error;
    m_httpStatus = error.httpStatus;
    m_attempts = attempts;
    complete();
}

void GraphReply::failLater(const GraphError &error) {
    QTimer::singleShot(0, this, [this, error] { fail(error, 0); });
}

void GraphReply::adopt(const GraphReply &other) {
    if (m_finished || !other.m_finished)
        return;
    m_ok = other.m_ok;
    m_json = other.m_json;
    m_body = other.m_body;
    m_contentType = other.m_contentType;
    m_error = other.m_error;
    m_attempts = other.m_attempts;
    m_httpStatus = other.m_httpStatus;
    complete();
}

void GraphReply::complete() {
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Switchboard
