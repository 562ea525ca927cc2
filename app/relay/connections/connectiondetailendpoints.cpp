// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/connections/connectiondetailendpoints.h"

#include "app/relay/connections/connectionhistory.h"
#include "app/relay/connections/connectionstore.h"
#include "app/relay/http/apicall.h"
#include "app/relay/http/jsonresponse.h"
#include "app/relay/http/requestfields.h"
#include "app/relay/http/routetable.h"
#include "core/meta/graphclient.h"
#include "core/meta/graphreply.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;
using Role = RouteTable::Role;

constexpr int historyLimit = 100;

const QStringList &profileTextFields() {
    static const QStringList names = {QStringLiteral("about"),
                                      QStringLiteral("address"),
                                      QStringLiteral("description"),
                                      QStringLiteral("email"),
                                      QStringLiteral("profile_picture_url"),
                                      QStringLiteral("vertical")};
    return names;
}

//! 422 invalid_field with the field named twice: in the sentence, and as error.field for a
//! console that puts the message beside that field.
QHttpServerResponse invalidField(const QString &field, const QString &message) {
    return jsonResponse(
        QJsonObject{{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_field")},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("field"), field}}}},
        HttpStatus::UnprocessableEntity);
}

void answerGraphFailure(const ApiCall &call, const GraphError &error) {
    call.reply(metaErrorResponse(error.toError().code, error.describe(), error.code));
}

//! Meta's answer ({"data":[{…}]}) as the relay's profile: every field present, unset ones
//! empty, so a console need not tell "absent" from "empty".
QJsonObject profileFromGraph(const QString &phoneNumberId, const QJsonObject &graph) {
    const QJsonArray data = graph.value(QLatin1String("data")).toArray();
    const QJsonObject meta = data.isEmpty() ? QJsonObject() : data.at(0).toObject();
    QJsonObject profile{{QStringLiteral("phone_number_id"), phoneNumberId}};
    for (const QString &name : profileTextFields())
        profile.insert(name, meta.value(name).toString());
    QJsonArray websites;
    for (const QJsonValue &site : meta.value(QLatin1String("websites")).toArray())
        websites.append(site.toString());
    profile.insert(QStringLiteral("websites"), websites);
    return profile;
}

//! A field's length within Meta's limits ([minimum, maximum] characters).
std::optional<QString> lengthProblem(const QString &field, const QString &value, int minimum,
                                     int maximum) {
    if (value.size() >= minimum && value.size() <= maximum)
        return std::nullopt;
    if (minimum > 0)
        return QStringLiteral("%1 must be %2 to %3 characters long; it has %4.")
            .arg(field)
            .arg(minimum)
            .arg(maximum)
            .arg(value.size());
    return QStringLiteral("%1 must be at most %2 characters long; it has %3.")
        .arg(field)
        .arg(maximum)
        .arg(value.size());
}

} // namespace

ConnectionDetailEndpoints::ConnectionDetailEndpoints(RouteTable &routes, Database *database,
                                                     GraphClient *graph, const SecretBox *box,
                                                     QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_graph(graph)
    , m_box(box) {
    const QString base = QStringLiteral("/api/v1/tenants/{tid}");
    const QString profilePath = base + QStringLiteral("/numbers/{pnid}/business-profile");
    routes.tenantRoute(Method::Get, profilePath, Role::Staff,
                       RouteTable::bind(this, &ConnectionDetailEndpoints::profile));
    routes.tenantRoute(Method::Patch, profilePath, Role::Admin,
                       RouteTable::bind(this, &ConnectionDetailEndpoints::updateProfile));
    routes.tenantRoute(Method::Get, base + QStringLiteral("/connection/history"), Role::Staff,
                       RouteTable::bind(this, &ConnectionDetailEndpoints::history));
}

std::optional<QString> ConnectionDetailEndpoints::tokenFor(const ApiCall &call,
                                                           const QString &phoneNumberId) {
    ConnectionStore connections(*m_database, m_box);
    auto owner = connections.tenantForPhoneNumber(phoneNumberId);
    if (!owner || !owner->has_value() || owner->value() != call.tenantId()) {
        call.fail(Error{
            QStringLiteral("not_found"),
            QStringLiteral("Phone number %1 is not connected to this tenant.").arg(phoneNumberId)});
        return std::nullopt;
    }
    auto token = connections.accessToken(call.tenantId());
    if (!token) {
        call.fail(token.error());
        return std::nullopt;
    }
    return QString::fromUtf8(token.value());
}

void ConnectionDetailEndpoints::profile(const ApiCall &call) {
    const QString pnid = call.argument(0);
    if (const auto token = tokenFor(call, pnid))
        answerProfile(call, pnid, *token);
}

void ConnectionDetailEndpoints::answerProfile(const ApiCall &call, const QString &phoneNumberId,
                                              const QString &token) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"),
                       QStringLiteral("about,address,description,email,profile_picture_url,"
                                      "websites,vertical"));
    GraphReply *reply =
        m_graph->get(phoneNumberId + QStringLiteral("/whatsapp_business_profile"), query, token);
    connect(reply, &GraphReply::finished, this, [reply, call, phoneNumberId] {
        reply->deleteLater();
        if (!reply->ok())
            return answerGraphFailure(call, reply->error());
        call.reply(profileFromGraph(phoneNumberId, reply->json()));
    });
}

void ConnectionDetailEndpoints::updateProfile(const ApiCall &call) {
    const auto body = call.jsonBody();
    if (!body)
        return;
    RequestFields fields(*body);
    fields.only({"about", "address", "description", "email", "websites"});
    std::optional<QString> about, address, description, email;
    if (fields.has("about"))
        about = fields.optional("about");
    if (fields.has("address"))
        address = fields.optional("address");
    if (fields.has("description"))
        description = fields.optional("description");
    if (fields.has("email"))
        email = fields.optional("email").trimmed();
    const std::optional<QStringList> websites = fields.strings("websites");
    if (const auto &problem = fields.error())
        return call.fail(*problem);
    if (!about && !address && !description && !email && !websites)
        return call.fail(Error{QStringLiteral("invalid_request"),
                               QStringLiteral("Give at least one of about, address, description, "
                                              "email and websites.")});

    // Meta's limits (whatsapp_business_profile): about 1-139 characters, address 256,
    // description 512, email 128 and an address's shape, at most two http(s) websites of 256.
    struct Limit {
        const char *name;
        const std::optional<QString> &value;
        int minimum;
        int maximum;
    };
    for (const Limit &limit :
         {Limit{"about", about, 1, 139}, Limit{"address", address, 0, 256},
          Limit{"description", description, 0, 512}, Limit{"email", email, 0, 128}}) {
        if (!limit.value)
            continue;
        const QString name = QLatin1String(limit.name);
        if (auto problem = lengthProblem(name, *limit.value, limit.minimum, limit.maximum))
            return call.reply(invalidField(name, *problem));
    }
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email && !email->isEmpty() && !emailShape.match(*email).hasMatch())
        return call.reply(
            invalidField(QStringLiteral("email"), QStringLiteral("email must be an address like "
                                                                 "name@example.com.")));
    if (websites) {
        if (websites->size() > 2)
            return call.reply(invalidField(QStringLiteral("websites"),
                                           QStringLiteral("websites takes at most 2 addresses; "
                                                          "it has %1.")
                                               .arg(websites->size())));
        static const QRegularExpression http(QStringLiteral("^https?://\\S+$"));
        for (const QString &site : *websites) {
            if (!http.match(site).hasMatch() || site.size() > 256)
                return call.reply(invalidField(
                    QStringLiteral("websites"),
                    QStringLiteral("Each website starts with http:// or https:// and is at most "
                                   "256 characters long; %1 is not.")
                        .arg(site)));
        }
    }

    const QString pnid = call.argument(0);
    const auto token = tokenFor(call, pnid);
    if (!token)
        return;
    QJsonObject graphBody{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")}};
    const auto put = [&graphBody](const char *name, const std::optional<QString> &value) {
        if (value)
            graphBody.insert(QLatin1String(name), *value);
    };
    put("about", about);
    put("address", address);
    put("description", description);
    put("email", email);
    if (websites)
        graphBody.insert(QStringLiteral("websites"), QJsonArray::fromStringList(*websites));
    GraphReply *reply =
        m_graph->post(pnid + QStringLiteral("/whatsapp_business_profile"), graphBody, *token);
    connect(reply, &GraphReply::finished, this, [this, reply, call, pnid, token = *token] {
        reply->deleteLater();
        if (!reply->ok())
            return answerGraphFailure(call, reply->error());
        answerProfile(call, pnid, token);
    });
}

void ConnectionDetailEndpoints::history(const ApiCall &call) {
    auto changes = ConnectionHistory(*m_database).changes(call.tenantId(), historyLimit);
    if (!changes)
        return call.fail(changes.error());
    call.reply(QJsonObject{{QStringLiteral("changes"), changes.value()}});
}

} // namespace Switchboard
