// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/simulation/statusreporter.h"

#include "app/sandbox/simulation/webhookemitter.h"
#include "app/sandbox/simulation/webhookenvelope.h"
#include "app/sandbox/state/sandboxstate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

StatusReporter::StatusReporter(SandboxState &state, WebhookEmitter &emitter, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_emitter(emitter) {}

void StatusReporter::report(const QString &wamid, int graphVersion) {
    const OutboundMessage *message = m_state.outbox().find(wamid);
    if (!message)
        return;
    const int delay = m_state.options().statusDelayMs;
    const QStringList steps = message->finalStatus == u"failed"_s
                                  ? QStringList{u"failed"_s}
                                  : QStringList{u"sent"_s, u"delivered"_s, u"read"_s};
    for (int i = 0; i < steps.size(); ++i) {
        const QString status = steps.at(i);
        QTimer::singleShot(delay * (i + 1), this, [this, wamid, status, graphVersion] {
            emitStatus(wamid, status, graphVersion);
        });
    }
}

void StatusReporter::emitStatus(const QString &wamid, const QString &status, int graphVersion) {
    OutboundMessage *message = m_state.outbox().find(wamid);
    if (!message)
        return;
    const PhoneNumber *number = m_state.accounts().phoneNumber(message->phoneNumberId);
    if (!number)
        return;
    message->currentStatus = status;
    const qint64 now = m_state.clock().nowSecs();
    QJsonObject object{{u"id"_s, wamid},
                       {u"status"_s, status},
                       {u"timestamp"_s, QString::number(now)},
                       {u"recipient_id"_s, message->to}};
    const QString opaque = message->request.value(u"biz_opaque_callback_data"_s).toString();
    if (!opaque.isEmpty())
        object.insert(u"biz_opaque_callback_data"_s, opaque);
    if (status == u"failed"_s) {
        object.insert(u"errors"_s, QJsonArray{message->error});
    } else if (status == u"sent"_s || status == u"delivered"_s) {
        const bool free = !message->billable;
        if (graphVersion != 0 && graphVersion <= 23) {
            QJsonObject conversation{
                {u"id"_s,
                 QString::fromLatin1(QCryptographicHash::hash((number->id + message->to).toUtf8(),
                                                              QCryptographicHash::Md5)
                                         .toHex())},
                {u"origin"_s, QJsonObject{{u"type"_s, message->pricingCategory}}}};
            if (status == u"sent"_s)
                conversation.insert(u"expiration_timestamp"_s,
                                    QString::number(message->timestampSecs + 24 * 60 * 60));
            object.insert(u"conversation"_s, conversation);
        }
        object.insert(u"pricing"_s,
                      QJsonObject{{u"billable"_s, !free},
                                  {u"pricing_model"_s, u"PMP"_s},
                                  {u"type"_s, free ? u"free_customer_service"_s : u"regular"_s},
                                  {u"category"_s, message->pricingCategory}});
    }
    const QJsonObject payload =
        WebhookEnvelope::messages(*number, QJsonObject{{u"statuses"_s, QJsonArray{object}}});
    m_emitter.deliver(m_state.webhookUrlFor(number->wabaId, number->id), payload);
}

} // namespace Switchboard::Sandbox
