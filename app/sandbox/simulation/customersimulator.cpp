// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/simulation/customersimulator.h"

#include "app/sandbox/simulation/webhookemitter.h"
#include "app/sandbox/simulation/webhookenvelope.h"
#include "app/sandbox/state/sandboxids.h"
#include "app/sandbox/state/sandboxstate.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

const QStringList &inboundTypes() {
    static const QStringList types = {
        u"text"_s,     u"image"_s,    u"video"_s,    u"audio"_s,       u"document"_s,
        u"sticker"_s,  u"location"_s, u"contacts"_s, u"interactive"_s, u"button"_s,
        u"reaction"_s, u"order"_s,    u"system"_s,   u"unsupported"_s, u"request_welcome"_s};
    return types;
}

QString defaultMime(const QString &type) {
    if (type == u"image"_s)
        return u"image/jpeg"_s;
    if (type == u"video"_s)
        return u"video/mp4"_s;
    if (type == u"audio"_s)
        return u"audio/ogg; codecs=opus"_s;
    if (type == u"sticker"_s)
        return u"image/webp"_s;
    return u"application/pdf"_s;
}

} // namespace

CustomerSimulator::CustomerSimulator(SandboxState &state, WebhookEmitter &emitter)
    : m_state(state)
    , m_emitter(emitter) {}

GraphReply CustomerSimulator::customerMessage(const QString &waId, const GraphRequest &request) {
    static const QRegularExpression digits(u"^\\d{5,15}$"_s);
    if (!digits.match(waId).hasMatch())
        return GraphReply::contractError(400, u"invalid_wa_id"_s,
                                         u"wa_id must be 5 to 15 digits."_s);
    QJsonObject message = request.json;
    const QString phoneId = message.take(u"phone_number_id"_s).toString();
    const PhoneNumber *number = m_state.accounts().phoneNumber(phoneId);
    if (!number)
        return GraphReply::contractError(
            404, u"unknown_phone_number"_s,
            u"No business number with phone_number_id '%1'."_s.arg(phoneId));
    const QString name = message.take(u"name"_s).toString(u"Customer %1"_s.arg(waId.right(4)));
    const QString type = message.value(u"type"_s).toString();
    if (!inboundTypes().contains(type))
        return GraphReply::contractError(
            400, u"invalid_type"_s,
            u"type must be one of: %1."_s.arg(inboundTypes().join(u", "_s)));
    if (type != u"unsupported"_s && type != u"request_welcome"_s && !message.contains(type))
        return GraphReply::contractError(
            400, u"missing_payload"_s, u"A message of type %1 needs a \"%1\" object."_s.arg(type));

    const qint64 now = m_state.clock().nowMs();
    if (QJsonObject media = message.value(type).toObject();
        QStringList{u"image"_s, u"video"_s, u"audio"_s, u"document"_s, u"sticker"_s}.contains(
            type) &&
        !media.contains(u"id"_s)) {
        const QString mime = media.value(u"mime_type"_s).toString(defaultMime(type));
        const Media &stored = m_state.media().add(
            number->id, mime, media.value(u"filename"_s).toString(),
            QByteArrayLiteral("sandbox media sent by customer ") + waId.toLatin1(), now);
        media.insert(u"id"_s, stored.id);
        media.insert(u"mime_type"_s, mime);
        media.insert(u"sha256"_s, stored.sha256);
        media.insert(u"url"_s,
                     QString(request.baseUrl +
                             m_state.media().downloadPath(stored, now / 1000 + 7 * 24 * 60 * 60)));
        message.insert(type, media);
    }
    if (QJsonObject context = message.value(u"context"_s).toObject();
        context.contains(u"message_id"_s)) {
        context.insert(u"id"_s, context.take(u"message_id"_s));
        context.insert(u"from"_s, number->displayDigits());
        message.insert(u"context"_s, context);
    }
    const QString wamid = SandboxIds::wamid();
    message.insert(u"from"_s, waId);
    message.insert(u"id"_s, wamid);
    message.insert(u"timestamp"_s, QString::number(now / 1000));

    m_state.windows().recordInbound(number->id, waId, wamid, now);
    m_state.limiter().countInbound(number->id, now);
    const QJsonObject payload = WebhookEnvelope::messages(
        *number, QJsonObject{{u"contacts"_s,
                              QJsonArray{QJsonObject{{u"profile"_s, QJsonObject{{u"name"_s, name}}},
                                                     {u"wa_id"_s, waId}}}},
                             {u"messages"_s, QJsonArray{message}}});
    const QUrl url = m_state.webhookUrlFor(number->wabaId, number->id);
    if (url.isEmpty())
        qCWarning(Log::sandbox) << "inbound message not delivered: the app is not subscribed to"
                                << number->wabaId;
    m_emitter.deliver(url, payload);
    return GraphReply::json(QJsonObject{{u"wamid"_s, wamid}});
}

} // namespace Switchboard::Sandbox
