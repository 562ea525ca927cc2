// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace Switchboard {

class ApiCall;
class Database;
class GraphClient;
class MediaCache;
class RouteTable;
class SecretBox;

//! GET …/media/{media_id} for every member: the file of an image, audio, video, document or
//! sticker of one of the tenant's messages, with its Content-Type and Content-Length.
//!
//! A media id that none of the tenant's messages carries is 404, so nobody reaches another
//! tenant's media (or any media of Meta's) through the relay. Served from the MediaCache when it
//! has it; otherwise the relay asks Meta for the short-lived URL (GET /{media-id}), downloads it
//! with the tenant's token, keeps it in the cache and answers. Meta refusing or unreachable is 502
//! with the contract's error body.
class MediaEndpoint : public QObject {
public:
    MediaEndpoint(RouteTable &routes, Database *database, GraphClient *graph, const SecretBox *box,
                  std::unique_ptr<MediaCache> cache, QObject *parent = nullptr);
    ~MediaEndpoint() override;

private:
    void fetch(const ApiCall &call);
    //! The mime type the tenant's message gives the media; nothing when no message has it.
    std::optional<QString> lookUp(const ApiCall &call, const QString &mediaId);

    Database *m_database;
    GraphClient *m_graph;
    const SecretBox *m_box;
    std::unique_ptr<MediaCache> m_cache;
};

} // namespace Switchboard
