// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Switchboard::Sandbox {

class SandboxState;
class WebhookEmitter;
struct OutboundMessage;

//! Plays out what happens to a sent message on the user's phone: status webhooks sent →
//! delivered → read a few milliseconds apart, or one failed status with Meta's error object,
//! shaped as reference §6.5 (pricing on sent and delivered; conversation too up to v23.0).
class StatusReporter : public QObject {
    Q_OBJECT

public:
    StatusReporter(SandboxState &state, WebhookEmitter &emitter, QObject *parent = nullptr);

    //! Schedules the statuses of that outbox entry; `graphVersion` is the send's major version.
    void report(const QString &wamid, int graphVersion);

private:
    void emitStatus(const QString &wamid, const QString &status, int graphVersion);

    SandboxState &m_state;
    WebhookEmitter &m_emitter;
};

} // namespace Switchboard::Sandbox
