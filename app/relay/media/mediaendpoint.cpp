// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/media/mediaendpoint.h"

#include "app/relay/connections/connectionstore.h"
#include "app/relay/http/apicall.h"
#include "app/relay/http/jsonresponse.h"
#include "app/relay/http/routetable.h"
#include "app/relay/media/mediacache.h"
#include "app/relay/records/storedformat.h"
#include "core/domain/message.h"
#include "core/logging.h"
#include "core/meta/graphclient.h"
#include "core/meta/graphreply.h"
#include "core/store/database.h"

#include <QSqlQuery>

namespace Switchboard {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;
using Role = RouteTable::Role;

void answerFile(const ApiCall &call, const MediaCache::Entry &entry) {
    call.reply(QHttpServerResponse(entry.mimeType, entry.data, HttpStatus::Ok));
}

void answerGraphFailure(const ApiCall &call, const GraphError &error) {
    call.reply(metaErrorResponse(error.toError().code, error.describe(), error.code));
}

} // namespace

MediaEndpoint::MediaEndpoint(RouteTable &routes, Database *database, GraphClient *graph,
                             const SecretBox *box, std::unique_ptr<MediaCache> cache,
                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_graph(graph)
    , m_box(box)
    , m_cache(std::move(cache)) {
    routes.tenantRoute(Method::Get, QStringLiteral("/api/v1/tenants/{tid}/media/{media_id}"),
                       Role::Staff, RouteTable::bind(this, &MediaEndpoint::fetch));
}

MediaEndpoint::~MediaEndpoint() = default;

std::optional<QString> MediaEndpoint::lookUp(const ApiCall &call, const QString &mediaId) {
    // Messages stored before the media_id column are found by their data, and every candidate
    // is checked once parsed.
    auto q = m_database->query(
        QStringLiteral("SELECT data FROM messages WHERE tenant_id = ? AND (media_id = ? OR "
                       "(media_id = '' AND data LIKE ?)) LIMIT 20"),
        {call.tenantId(), mediaId,
         QString(QStringLiteral("%\"") + mediaId + QStringLiteral("\"%"))});
    if (!q) {
        call.fail(q.error());
        return std::nullopt;
    }
    while ((*q)->next()) {
        auto message = messageFromJson(storedObject((*q)->value(0).toString()));
        if (message && message->media && message->media->id == mediaId)
            return message->media->mimeType;
    }
    call.fail(Error{QStringLiteral("not_found"),
                    QStringLiteral("No message of this business has the media %1.").arg(mediaId)});
    return std::nullopt;
}

void MediaEndpoint::fetch(const ApiCall &call) {
    const QString mediaId = call.argument(0);
    const auto mimeType = lookUp(call, mediaId);
    if (!mimeType)
        return;
    if (auto cached = m_cache->find(call.tenantId(), mediaId))
        return answerFile(call, *cached);
    auto token = ConnectionStore(*m_database, m_box).accessToken(call.tenantId());
    if (!token)
        return call.fail(Error{QStringLiteral("not_connected"),
                               QStringLiteral("Connect a WhatsApp number first.")});
    const QString bearer = QString::fromUtf8(token.value());
    GraphReply *info = m_graph->get(mediaId, {}, bearer);
    connect(info, &GraphReply::finished, this, [this, info, call, mediaId, bearer, mimeType] {
        info->deleteLater();
        if (!info->ok())
            return answerGraphFailure(call, info->error());
        const QUrl url(info->json().value(QLatin1String("url")).toString());
        QString type = info->json().value(QLatin1String("mime_type")).toString();
        if (type.isEmpty())
            type = *mimeType;
        if (!url.isValid() || url.scheme().isEmpty())
            return call.reply(metaErrorResponse(QStringLiteral("meta_error"),
                                                QStringLiteral("Meta gave no URL for the media."),
                                                0));
        GraphReply *download = m_graph->download(url, bearer);
        connect(download, &GraphReply::finished, this, [this, download, call, mediaId, type] {
            download->deleteLater();
            if (!download->ok())
                return answerGraphFailure(call, download->error());
            QByteArray mime = type.toUtf8();
            if (mime.isEmpty())
                mime = download->contentType().isEmpty()
                           ? QByteArrayLiteral("application/octet-stream")
                           : download->contentType();
            const MediaCache::Entry entry{mime, download->body()};
            if (Status kept = m_cache->store(call.tenantId(), mediaId, entry); !kept)
                qCWarning(Log::relay)
                    << "media" << mediaId << "served, not cached:" << kept.error().message;
            answerFile(call, entry);
        });
    });
}

} // namespace Switchboard
