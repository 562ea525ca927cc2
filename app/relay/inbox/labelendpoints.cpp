// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/inbox/labelendpoints.h"

#include "app/relay/http/apicall.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/http/requestfields.h"
#include "app/relay/http/routetable.h"
#include "app/relay/inbox/namedrecords.h"
#include "app/relay/inbox/tenanttransaction.h"
#include "app/relay/records/recordid.h"
#include "app/relay/records/recordwriter.h"
#include "app/relay/records/storedformat.h"
#include "core/domain/label.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;
using Role = RouteTable::Role;

constexpr int maxNameLength = 50;

const NamedRecords::Table labels{"labels", "name", EventType::Label, "label", "name"};

Error invalid(const QString &message) {
    return Error{QStringLiteral("invalid_field"), message};
}

//! The name and colour a label may have, or what is wrong with them.
std::optional<Error> problemWith(const Label &label) {
    if (label.name.isEmpty() || label.name.size() > maxNameLength)
        return invalid(QStringLiteral("name must be 1 to %1 characters long.").arg(maxNameLength));
    static const QRegularExpression color(QStringLiteral("^#[0-9a-f]{6}$"));
    if (!color.match(label.color).hasMatch())
        return invalid(QStringLiteral("color must be #rrggbb, such as #e53935."));
    return std::nullopt;
}

//! Takes the label off every conversation of the tenant that has it.
Status removeFromConversations(Database &database, const QString &tenantId,
                               const QString &labelId) {
    // The id is unguessable and appears in the data only where a conversation has the label;
    // each candidate is still checked after parsing.
    auto q = database.query(
        QStringLiteral("SELECT data FROM conversations WHERE tenant_id = ? AND data LIKE ?"),
        {tenantId, QString(QStringLiteral("%\"") + labelId + QStringLiteral("\"%"))});
    if (!q)
        return q.error();
    std::vector<Conversation> changed;
    while ((*q)->next()) {
        auto conversation = conversationFromJson(storedObject((*q)->value(0).toString()));
        if (!conversation)
            continue;
        Conversation updated = conversation.value();
        if (updated.labels.removeAll(labelId) > 0)
            changed.push_back(updated);
    }
    (*q)->finish();
    RecordWriter writer(database, tenantId);
    for (const Conversation &conversation : changed) {
        if (Status saved = writer.saveConversation(conversation); !saved)
            return saved;
    }
    return success();
}

} // namespace

LabelEndpoints::LabelEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                               QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_database(database) {
    const QString path = QStringLiteral("/api/v1/tenants/{tid}/labels");
    routes.tenantRoute(Method::Get, path, Role::Staff,
                       RouteTable::bind(this, &LabelEndpoints::list));
    routes.tenantRoute(Method::Post, path, Role::Admin,
                       RouteTable::bind(this, &LabelEndpoints::create));
    routes.tenantRoute(Method::Patch, path + QStringLiteral("/{id}"), Role::Admin,
                       RouteTable::bind(this, &LabelEndpoints::update));
    routes.tenantRoute(Method::Delete, path + QStringLiteral("/{id}"), Role::Admin,
                       RouteTable::bind(this, &LabelEndpoints::remove));
}

void LabelEndpoints::list(const ApiCall &call) {
    auto records = NamedRecords(*m_database, call.tenantId(), labels).list();
    if (!records)
        return call.fail(records.error());
    QJsonArray list;
    for (const QJsonObject &record : records.value())
        list.append(record);
    call.reply(QJsonObject{{QStringLiteral("labels"), list}});
}

void LabelEndpoints::create(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    RequestFields fields(*body);
    fields.only({"name", "color"});
    Label label{newId("lb_"), fields.required("name").trimmed(),
                fields.required("color").trimmed().toLower()};
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    if (auto problem = problemWith(label))
        return call.fail(*problem);
    TenantTransaction transaction(*m_database, call.tenantId());
    NamedRecords records(*m_database, call.tenantId(), labels);
    Status done = transaction.begin();
    if (done)
        done = records.save(label.id, label.name, toJson(label), true);
    if (done)
        done = transaction.commit();
    if (!done)
        return call.fail(done.error());
    Q_EMIT m_server->eventsAppended({call.tenantId()});
    call.reply(toJson(label), HttpStatus::Created);
}

void LabelEndpoints::update(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    RequestFields fields(*body);
    fields.only({"name", "color"});
    const QString name = fields.optional("name").trimmed();
    const QString color = fields.optional("color").trimmed().toLower();
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    TenantTransaction transaction(*m_database, call.tenantId());
    NamedRecords records(*m_database, call.tenantId(), labels);
    if (Status begun = transaction.begin(); !begun)
        return call.fail(begun.error());
    auto stored = records.find(call.argument(0));
    if (!stored)
        return call.fail(stored.error());
    if (!stored->has_value())
        return call.fail(Error{QStringLiteral("not_found"), QStringLiteral("No such label.")});
    auto parsed = labelFromJson(stored->value());
    if (!parsed)
        return call.fail(parsed.error());
    Label label = parsed.value();
    if (fields.has("name"))
        label.name = name;
    if (fields.has("color"))
        label.color = color;
    if (auto problem = problemWith(label))
        return call.fail(*problem);
    if (!(label == parsed.value())) {
        Status done = records.save(label.id, label.name, toJson(label), false);
        if (done)
            done = transaction.commit();
        if (!done)
            return call.fail(done.error());
        Q_EMIT m_server->eventsAppended({call.tenantId()});
    }
    call.reply(toJson(label));
}

void LabelEndpoints::remove(const ApiCall &call) {
    TenantTransaction transaction(*m_database, call.tenantId());
    NamedRecords records(*m_database, call.tenantId(), labels);
    if (Status begun = transaction.begin(); !begun)
        return call.fail(begun.error());
    auto removed = records.remove(call.argument(0));
    if (!removed)
        return call.fail(removed.error());
    if (!removed.value())
        return call.fail(Error{QStringLiteral("not_found"), QStringLiteral("No such label.")});
    Status done = removeFromConversations(*m_database, call.tenantId(), call.argument(0));
    if (done)
        done = transaction.commit();
    if (!done)
        return call.fail(done.error());
    Q_EMIT m_server->eventsAppended({call.tenantId()});
    call.reply(QHttpServerResponse(HttpStatus::NoContent));
}

} // namespace Switchboard
