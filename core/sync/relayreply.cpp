// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/relayreply.h"

#include <QTimer>

namespace Switchboard {

RelayReply::RelayReply(QObject *parent)
    : QObject(parent) {}

Result<QJsonObject> RelayReply::result() const {
    if (ok())
        return m_json;
    if (!m_finished)
        return Error{QStringLiteral("not_finished"),
                     QStringLiteral("The relay request has not finished yet.")};
    return m_error.toError();
}

void RelayReply::succeed(int httpStatus, const QJsonObject &json) {
    if (m_finished)
        return;
    m_finished = true;
    m_ok = true;
    m_httpStatus = httpStatus;
    m_json = json;
    Q_EMIT finished();
}

void RelayReply::fail(const RelayError &error) {
    if (m_finished)
        return;
    m_finished = true;
    m_ok = false;
    m_error = error;
    m_httpStatus = error.httpStatus;
    Q_EMIT finished();
}

void RelayReply::failLater(const RelayError &error) {
    QTimer::singleShot(0, this, [this, error] { fail(error); });
}

} // namespace Switchboard
