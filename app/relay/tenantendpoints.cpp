// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/tenantendpoints.h"

#include "app/relay/apiaccess.h"
#include "app/relay/connectionstore.h"
#include "app/relay/eventlog.h"
#include "app/relay/jsonresponse.h"
#include "app/relay/recordwriter.h"
#include "app/relay/relayserver.h"
#include "core/store/database.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>

#include <optional>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

QHttpServerResponse badRequest(const QString &message) {
    return errorResponse(HttpStatus::BadRequest, QStringLiteral("invalid_request"), message);
}

//! A non-negative integer query parameter, or nullopt (with `bad` set) when malformed.
std::optional<qint64> intParameter(const QUrlQuery &query, const QString &name, qint64 fallback,
                                   bool *bad) {
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0) {
        *bad = true;
        return std::nullopt;
    }
    return value;
}

//! `{"<key>":[ …stored JSON records… ]}` built from the data column, without re-parsing.
QByteArray listJson(const char *key, QSqlQuery &q, int column, const QByteArray &extra = {}) {
    QByteArray out = QByteArray("{\"") + key + "\":[";
    bool first = true;
    while (q.next()) {
        if (!first)
            out += ',';
        out += q.value(column).toByteArray();
        first = false;
    }
    out += ']' + extra + '}';
    return out;
}

QHttpServerResponse rawJson(QByteArray body) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"), std::move(body));
}

} // namespace

TenantEndpoints::TenantEndpoints(RelayServer *server, Database *database, ApiAccess *access,
                                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_access(access) {
    server->route(Method::Get, QStringLiteral("/api/v1/tenants/<arg>/events"),
                  QStringLiteral("/api/v1/tenants/{tid}/events"),
                  [this](const QString &tid, const QHttpServerRequest &request) {
                      auto caller = m_access->authorize(request, tid);
                      if (!caller)
                          return ApiAccess::errorResponseFor(caller.error());
                      const QUrlQuery query(request.url());
                      bool bad = false;
                      const auto after = intParameter(query, QStringLiteral("after"), 0, &bad);
                      const auto limit =
                          intParameter(query, QStringLiteral("limit"), defaultEventLimit, &bad);
                      if (bad || *limit < 1 || *limit > maxEventLimit)
                          return badRequest(
                              QStringLiteral("after must be a number of 0 or more and limit "
                                             "between 1 and %1.")
                                  .arg(maxEventLimit));
                      auto page = EventLog(*m_database).page(tid, *after, int(*limit));
                      if (!page)
                          return ApiAccess::errorResponseFor(page.error());
                      QByteArray body = "{\"events\":[";
                      for (size_t i = 0; i < page->events.size(); ++i) {
                          if (i)
                              body += ',';
                          body += page->events[i];
                      }
                      body += "],\"next_after\":" + QByteArray::number(page->nextAfter) +
                              ",\"more\":" + (page->more ? "true" : "false") + '}';
                      return rawJson(std::move(body));
                  });

    server->route(Method::Get, QStringLiteral("/api/v1/tenants/<arg>/connection"),
                  QStringLiteral("/api/v1/tenants/{tid}/connection"),
                  [this](const QString &tid, const QHttpServerRequest &request) {
                      auto caller = m_access->authorize(request, tid);
                      if (!caller)
                          return ApiAccess::errorResponseFor(caller.error());
                      auto connection = ConnectionStore(*m_database, nullptr).connection(tid);
                      if (!connection)
                          return ApiAccess::errorResponseFor(connection.error());
                      return jsonResponse(toJson(connection.value()));
                  });

    server->route(Method::Get, QStringLiteral("/api/v1/tenants/<arg>/conversations"),
                  QStringLiteral("/api/v1/tenants/{tid}/conversations"),
                  [this](const QString &tid, const QHttpServerRequest &request) {
                      auto caller = m_access->authorize(request, tid);
                      if (!caller)
                          return ApiAccess::errorResponseFor(caller.error());
                      auto q = m_database->query(
                          QStringLiteral("SELECT data FROM conversations WHERE tenant_id = ? ORDER "
                                         "BY last_message_at DESC LIMIT 1000"),
                          {tid});
                      if (!q)
                          return ApiAccess::errorResponseFor(q.error());
                      return rawJson(listJson("conversations", **q, 0));
                  });

    server->route(
        Method::Get, QStringLiteral("/api/v1/tenants/<arg>/conversations/<arg>/messages"),
        QStringLiteral("/api/v1/tenants/{tid}/conversations/{cid}/messages"),
        [this](const QString &tid, const QString &cid, const QHttpServerRequest &request) {
            auto caller = m_access->authorize(request, tid);
            if (!caller)
                return ApiAccess::errorResponseFor(caller.error());
            const QUrlQuery query(request.url());
            bool bad = false;
            const auto limit = intParameter(query, QStringLiteral("limit"), 50, &bad);
            const QString before = query.queryItemValue(QStringLiteral("before"));
            if (bad || *limit < 1 || *limit > 500)
                return badRequest(QStringLiteral("limit must be between 1 and 500."));
            if (!before.isEmpty() && !QDateTime::fromString(before, Qt::ISODateWithMs).isValid())
                return badRequest(QStringLiteral("before must be an RFC 3339 timestamp."));
            auto exists = m_database->query(
                QStringLiteral("SELECT 1 FROM conversations WHERE id = ? AND tenant_id = ?"),
                {cid, tid});
            if (!exists)
                return ApiAccess::errorResponseFor(exists.error());
            if (!(*exists)->next())
                return errorResponse(HttpStatus::NotFound, QStringLiteral("not_found"),
                                     QStringLiteral("No such conversation."));
            // Newest first, one page before the cursor; the client asks again with the oldest
            // timestamp it got.
            auto q = m_database->query(
                QStringLiteral(
                    "SELECT data FROM messages WHERE tenant_id = ? AND conversation_id = ? "
                    "AND timestamp < ? ORDER BY timestamp DESC LIMIT ?"),
                {tid, cid,
                 before.isEmpty() ? QStringLiteral("9999")
                                  : QDateTime::fromString(before, Qt::ISODateWithMs)
                                        .toUTC()
                                        .toString(Qt::ISODateWithMs),
                 *limit + 1});
            if (!q)
                return ApiAccess::errorResponseFor(q.error());
            QByteArrayList rows;
            while ((*q)->next())
                rows << (*q)->value(0).toByteArray();
            const bool more = rows.size() > *limit;
            if (more)
                rows.removeLast();
            return rawJson("{\"messages\":[" + rows.join(',') +
                           "],\"more\":" + (more ? "true" : "false") + '}');
        });

    server->route(
        Method::Get, QStringLiteral("/api/v1/tenants/<arg>/customers"),
        QStringLiteral("/api/v1/tenants/{tid}/customers"),
        [this](const QString &tid, const QHttpServerRequest &request) {
            auto caller = m_access->authorize(request, tid);
            if (!caller)
                return ApiAccess::errorResponseFor(caller.error());
            const QString term = QUrlQuery(request.url())
                                     .queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded)
                                     .trimmed();
            const QString like = QLatin1Char('%') + term.toLower() + QLatin1Char('%');
            auto q = m_database->query(
                QStringLiteral("SELECT data FROM customers WHERE tenant_id = ? AND (? = '' "
                               "OR LOWER(name) LIKE ? OR wa_id LIKE ?) ORDER BY name LIMIT "
                               "500"),
                {tid, term, like, QString(like).remove(QLatin1Char('+'))});
            if (!q)
                return ApiAccess::errorResponseFor(q.error());
            return rawJson(listJson("customers", **q, 0));
        });

    server->route(Method::Get, QStringLiteral("/api/v1/tenants/<arg>/customers/<arg>"),
                  QStringLiteral("/api/v1/tenants/{tid}/customers/{id}"),
                  [this](const QString &tid, const QString &id, const QHttpServerRequest &request) {
                      auto caller = m_access->authorize(request, tid);
                      if (!caller)
                          return ApiAccess::errorResponseFor(caller.error());
                      auto customer = RecordWriter(*m_database, tid).customer(id);
                      if (!customer)
                          return ApiAccess::errorResponseFor(customer.error());
                      if (!customer->has_value())
                          return errorResponse(HttpStatus::NotFound, QStringLiteral("not_found"),
                                               QStringLiteral("No such customer."));
                      return jsonResponse(toJson(customer->value()));
                  });

    server->route(
        Method::Patch, QStringLiteral("/api/v1/tenants/<arg>/customers/<arg>"),
        QStringLiteral("/api/v1/tenants/{tid}/customers/{id}"),
        [this, server](const QString &tid, const QString &id, const QHttpServerRequest &request) {
            auto caller = m_access->authorize(request, tid);
            if (!caller)
                return ApiAccess::errorResponseFor(caller.error());
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                return badRequest(QStringLiteral("The body must be a JSON object."));
            const QJsonObject patch = document.object();
            RecordWriter writer(*m_database, tid);
            if (!m_database->begin())
                return ApiAccess::errorResponseFor(Error{QStringLiteral("database_error"), {}});
            if (auto locked = EventLog(*m_database).lockTenant(tid); !locked) {
                m_database->rollback();
                return ApiAccess::errorResponseFor(locked.error());
            }
            auto customer = writer.customer(id);
            if (!customer || !customer->has_value()) {
                m_database->rollback();
                return customer ? errorResponse(HttpStatus::NotFound, QStringLiteral("not_found"),
                                                QStringLiteral("No such customer."))
                                : ApiAccess::errorResponseFor(customer.error());
            }
            Customer updated = customer->value();
            for (auto it = patch.begin(); it != patch.end(); ++it) {
                const QString key = it.key();
                const QJsonValue value = it.value();
                if (key == QLatin1String("name") && value.isString())
                    updated.name = value.toString().trimmed().left(200);
                else if (key == QLatin1String("notes") && value.isString())
                    updated.notes = value.toString().left(10000);
                else if (key == QLatin1String("opt_in") && value.isBool())
                    updated.optIn = value.toBool();
                else if (key == QLatin1String("tags") && value.isArray()) {
                    QStringList tags;
                    for (const QJsonValue &tag : value.toArray()) {
                        if (!tag.isString()) {
                            m_database->rollback();
                            return badRequest(QStringLiteral("tags must be strings."));
                        }
                        if (!tag.toString().trimmed().isEmpty() &&
                            !tags.contains(tag.toString().trimmed()))
                            tags << tag.toString().trimmed();
                    }
                    updated.tags = tags;
                } else {
                    m_database->rollback();
                    return errorResponse(
                        HttpStatus::UnprocessableEntity, QStringLiteral("invalid_field"),
                        QStringLiteral("%1 cannot be changed here, or has the wrong "
                                       "type; PATCH takes name, tags, notes, opt_in.")
                            .arg(key));
                }
            }
            if (!(updated == customer->value())) {
                if (auto saved = writer.saveCustomer(updated); !saved) {
                    m_database->rollback();
                    return ApiAccess::errorResponseFor(saved.error());
                }
            }
            if (auto done = m_database->commit(); !done)
                return ApiAccess::errorResponseFor(done.error());
            if (writer.appended())
                Q_EMIT server->eventsAppended({tid});
            return jsonResponse(toJson(updated));
        });
}

} // namespace Switchboard
