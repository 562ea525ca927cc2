// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/templates/templatesync.h"

#include "core/meta/graphclient.h"
#include "core/meta/graphreply.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Switchboard {

namespace {

//! Meta pages 25 by default; a WABA has at most a few thousand templates.
constexpr int pageSize = 100;
constexpr int maxPages = 100;

} // namespace

TemplateSync::TemplateSync(GraphClient *graph, QString wabaId, QString token, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_wabaId(std::move(wabaId))
    , m_token(std::move(token)) {}

void TemplateSync::start() {
    fetch(QString());
}

std::optional<Template> TemplateSync::fromGraph(const QJsonObject &graph) {
    Template t;
    t.name = graph.value(QLatin1String("name")).toString();
    t.language = graph.value(QLatin1String("language")).toString();
    if (t.name.isEmpty() || t.language.isEmpty())
        return std::nullopt;
    t.id = graph.value(QLatin1String("id")).toVariant().toString();
    const QString status = graph.value(QLatin1String("status")).toString().toLower();
    t.status = parseTemplateStatus(status).value_or(TemplateStatus::Pending);
    t.category = parseTemplateCategory(graph.value(QLatin1String("category")).toString().toLower())
                     .value_or(TemplateCategory::Utility);
    t.components = graph.value(QLatin1String("components")).toArray();
    const QJsonValue quality = graph.value(QLatin1String("quality_score"));
    t.quality = quality.isObject() ? quality.toObject().value(QLatin1String("score")).toString()
                                   : quality.toString();
    const QString reason = graph.value(QLatin1String("rejected_reason")).toString();
    if (t.status == TemplateStatus::Rejected && reason != QLatin1String("NONE"))
        t.rejectedReason = reason;
    return t;
}

void TemplateSync::fetch(const QString &after) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    GraphReply *reply =
        m_graph->get(m_wabaId + QStringLiteral("/message_templates"), query, m_token);
    connect(reply, &GraphReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->ok()) {
            m_error = reply->error().toError();
            m_error->message = reply->error().describe();
            m_metaCode = reply->error().code;
            Q_EMIT finished();
            return;
        }
        const QJsonObject page = reply->json();
        for (const QJsonValue &item : page.value(QLatin1String("data")).toArray()) {
            if (auto t = fromGraph(item.toObject()))
                m_templates << *t;
        }
        const QJsonObject paging = page.value(QLatin1String("paging")).toObject();
        const QString next = paging.value(QLatin1String("cursors"))
                                 .toObject()
                                 .value(QLatin1String("after"))
                                 .toString();
        if (paging.contains(QLatin1String("next")) && !next.isEmpty() && ++m_pages < maxPages)
            return fetch(next);
        Q_EMIT finished();
    });
}

} // namespace Switchboard
