// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Switchboard::Sandbox {

//! Meta's verification request (reference §6.1), sent when a callback or override URL is set:
//! GET url?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…; the endpoint must answer 200
//! with the challenge as its body. Meta refuses the setting otherwise, so the caller waits for
//! the outcome before it answers. (Meta also insists on HTTPS with a valid certificate; the
//! sandbox accepts plain HTTP on loopback for tests.)
class CallbackVerifier : public QObject {
    Q_OBJECT

public:
    explicit CallbackVerifier(QObject *parent = nullptr);

    //! Calls `done` once, later, with an empty string when the endpoint echoed the challenge,
    //! otherwise with what went wrong in Meta's words (for error 2200).
    void verify(const QUrl &url, const QString &verifyToken,
                std::function<void(const QString &failure)> done);

private:
    QNetworkAccessManager *m_network;
};

} // namespace Switchboard::Sandbox
