// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/inbox/quickreplyendpoints.h"

#include "app/relay/http/apicall.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/http/requestfields.h"
#include "app/relay/http/routetable.h"
#include "app/relay/inbox/namedrecords.h"
#include "app/relay/inbox/tenanttransaction.h"
#include "app/relay/records/recordid.h"
#include "core/domain/quickreply.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;
using Role = RouteTable::Role;

constexpr int maxTextLength = 4096;

const NamedRecords::Table quickReplies{"quick_replies", "shortcut", EventType::QuickReply,
                                       "quick reply", "shortcut"};

Error invalid(const QString &message) {
    return Error{QStringLiteral("invalid_field"), message};
}

//! The texts of a request ({"en":"…"}), or what is wrong with them.
Result<QMap<QString, QString>> readTexts(const QJsonValue &value) {
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (!value.isObject())
        return Error{QStringLiteral("invalid_request"),
                     QStringLiteral("texts must be an object of language codes and texts.")};
    QMap<QString, QString> texts;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!language.match(it.key()).hasMatch())
            return invalid(QStringLiteral("texts: %1 is not a language code such as en, he or "
                                          "pt_BR.")
                               .arg(it.key()));
        if (!it.value().isString())
            return Error{QStringLiteral("invalid_request"),
                         QStringLiteral("texts.%1 must be a string.").arg(it.key())};
        const QString text = it.value().toString().trimmed();
        if (text.size() > maxTextLength)
            return invalid(QStringLiteral("texts.%1 must be at most %2 characters long.")
                               .arg(it.key())
                               .arg(maxTextLength));
        if (!text.isEmpty())
            texts.insert(it.key(), text);
    }
    if (texts.isEmpty())
        return invalid(QStringLiteral("texts needs at least one language with a text."));
    return texts;
}

} // namespace

QuickReplyEndpoints::QuickReplyEndpoints(RouteTable &routes, RelayServer *server,
                                         Database *database, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_database(database) {
    const QString path = QStringLiteral("/api/v1/tenants/{tid}/quick-replies");
    routes.tenantRoute(Method::Get, path, Role::Staff,
                       RouteTable::bind(this, &QuickReplyEndpoints::list));
    routes.tenantRoute(Method::Post, path, Role::Admin,
                       RouteTable::bind(this, &QuickReplyEndpoints::create));
    routes.tenantRoute(Method::Patch, path + QStringLiteral("/{id}"), Role::Admin,
                       RouteTable::bind(this, &QuickReplyEndpoints::update));
    routes.tenantRoute(Method::Delete, path + QStringLiteral("/{id}"), Role::Admin,
                       RouteTable::bind(this, &QuickReplyEndpoints::remove));
}

void QuickReplyEndpoints::list(const ApiCall &call) {
    auto records = NamedRecords(*m_database, call.tenantId(), quickReplies).list();
    if (!records)
        return call.fail(records.error());
    QJsonArray list;
    for (const QJsonObject &record : records.value())
        list.append(record);
    call.reply(QJsonObject{{QStringLiteral("quick_replies"), list}});
}

void QuickReplyEndpoints::create(const ApiCall &call) {
    if (const auto body = call.jsonBody())
        save(call, *body, {});
}

void QuickReplyEndpoints::update(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    auto stored = NamedRecords(*m_database, call.tenantId(), quickReplies).find(call.argument(0));
    if (!stored)
        return call.fail(stored.error());
    if (!stored->has_value())
        return call.fail(
            Error{QStringLiteral("not_found"), QStringLiteral("No such quick reply.")});
    save(call, *body, stored->value());
}

void QuickReplyEndpoints::save(const ApiCall &call, const QJsonObject &body,
                               const QJsonObject &existing) {
    const bool isNew = existing.isEmpty();
    RequestFields fields(body);
    fields.only({"shortcut", "texts"});
    QuickReply reply;
    if (!isNew) {
        auto parsed = quickReplyFromJson(existing);
        if (!parsed)
            return call.fail(parsed.error());
        reply = parsed.value();
    } else {
        reply.id = newId("qr_");
    }
    if (isNew || fields.has("shortcut"))
        reply.shortcut = fields.required("shortcut").trimmed();
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    static const QRegularExpression shortcut(QStringLiteral("^/[a-z0-9_-]{1,32}$"));
    if (!shortcut.match(reply.shortcut).hasMatch())
        return call.fail(invalid(QStringLiteral("shortcut must be / and 1 to 32 of a-z, 0-9, _ "
                                                "and -, such as /hours.")));
    if (isNew || body.contains(QLatin1String("texts"))) {
        auto texts = readTexts(body.value(QLatin1String("texts")));
        if (!texts)
            return call.fail(texts.error());
        reply.texts = texts.value();
    }
    TenantTransaction transaction(*m_database, call.tenantId());
    NamedRecords records(*m_database, call.tenantId(), quickReplies);
    Status done = transaction.begin();
    if (done)
        done = records.save(reply.id, reply.shortcut, toJson(reply), isNew);
    if (done)
        done = transaction.commit();
    if (!done)
        return call.fail(done.error());
    Q_EMIT m_server->eventsAppended({call.tenantId()});
    call.reply(toJson(reply), isNew ? HttpStatus::Created : HttpStatus::Ok);
}

void QuickReplyEndpoints::remove(const ApiCall &call) {
    TenantTransaction transaction(*m_database, call.tenantId());
    NamedRecords records(*m_database, call.tenantId(), quickReplies);
    if (Status begun = transaction.begin(); !begun)
        return call.fail(begun.error());
    auto removed = records.remove(call.argument(0));
    if (!removed)
        return call.fail(removed.error());
    if (!removed.value())
        return call.fail(
            Error{QStringLiteral("not_found"), QStringLiteral("No such quick reply.")});
    if (Status done = transaction.commit(); !done)
        return call.fail(done.error());
    Q_EMIT m_server->eventsAppended({call.tenantId()});
    call.reply(QHttpServerResponse(HttpStatus::NoContent));
}

} // namespace Switchboard
