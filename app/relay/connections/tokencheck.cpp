// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/connections/tokencheck.h"

#include "app/relay/connections/graphnumber.h"
#include "core/meta/graphclient.h"
#include "core/meta/graphreply.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace Switchboard {

TokenCheck::TokenCheck(QObject *parent)
    : QObject(parent) {}

TokenCheck *TokenCheck::start(GraphClient *graph, const QString &appId, const QString &appSecret,
                              const QString &token, const QString &wabaId,
                              const QString &phoneNumberId, QObject *parent) {
    auto *check = new TokenCheck(parent);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("input_token"), token);
    GraphReply *reply =
        graph->get(QStringLiteral("debug_token"), query, appId + QLatin1Char('|') + appSecret);
    connect(reply, &GraphReply::finished, check, [=] {
        reply->deleteLater();
        if (!reply->ok())
            return check->fail(reply->error().toError(), reply->error());
        const Status verdict = judge(reply->json().value(QLatin1String("data")).toObject(), wabaId,
                                     QDateTime::currentSecsSinceEpoch());
        if (!verdict)
            return check->fail(verdict.error());
        check->readNumber(graph, token, phoneNumberId);
    });
    return check;
}

void TokenCheck::readNumber(GraphClient *graph, const QString &token,
                            const QString &phoneNumberId) {
    GraphReply *reply = graph->get(phoneNumberId, graphNumberFields(), token);
    connect(reply, &GraphReply::finished, this, [this, reply, phoneNumberId] {
        reply->deleteLater();
        if (!reply->ok())
            return fail(reply->error().toError(), reply->error());
        PhoneNumber number = numberFromGraph(reply->json());
        if (number.id.isEmpty())
            number.id = phoneNumberId;
        if (number.status.isEmpty())
            number.status = QStringLiteral("CONNECTED");
        succeed(std::move(number));
    });
}

void TokenCheck::fail(Error error, std::optional<GraphError> meta) {
    m_error = std::move(error);
    m_failed = true;
    m_metaError = std::move(meta);
    m_finished = true;
    Q_EMIT finished();
}

void TokenCheck::succeed(PhoneNumber number) {
    m_number = std::move(number);
    m_finished = true;
    Q_EMIT finished();
}

Status TokenCheck::judge(const QJsonObject &data, const QString &wabaId, qint64 nowSecs) {
    if (!data.value(QLatin1String("is_valid")).toBool())
        return Error{QStringLiteral("token_invalid"),
                     QStringLiteral("Meta says this access token is not valid; create a new one "
                                    "for the WhatsApp Business account.")};
    const qint64 expires = data.value(QLatin1String("expires_at")).toInteger();
    if (expires != 0 && expires <= nowSecs)
        return Error{QStringLiteral("token_expired"),
                     QStringLiteral("This access token has expired; create a new one.")};
    QStringList scopes;
    for (const QJsonValue &scope : data.value(QLatin1String("scopes")).toArray())
        scopes << scope.toString();
    for (const char *needed : {"whatsapp_business_messaging", "whatsapp_business_management"}) {
        if (!scopes.contains(QLatin1String(needed)))
            return Error{QStringLiteral("token_missing_scope"),
                         QStringLiteral("The access token lacks the %1 permission; grant it when "
                                        "creating the token.")
                             .arg(QLatin1String(needed))};
    }
    // Granular scopes name the WABAs the token may act on (absent for some token types).
    for (const QJsonValue &value : data.value(QLatin1String("granular_scopes")).toArray()) {
        const QJsonObject granular = value.toObject();
        if (granular.value(QLatin1String("scope")).toString() !=
            QLatin1String("whatsapp_business_management"))
            continue;
        const QJsonArray targets = granular.value(QLatin1String("target_ids")).toArray();
        if (!targets.isEmpty() && !targets.contains(QJsonValue(wabaId)))
            return Error{QStringLiteral("token_not_for_waba"),
                         QStringLiteral("This access token was not granted for WhatsApp Business "
                                        "account %1.")
                             .arg(wabaId)};
    }
    return success();
}

} // namespace Switchboard
