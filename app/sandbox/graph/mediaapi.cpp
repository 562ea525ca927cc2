// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/mediaapi.h"

#include "app/sandbox/graph/graphaccess.h"
#include "app/sandbox/graph/multipartform.h"
#include "app/sandbox/state/sandboxstate.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

// Meta's accepted media types and their size limits (reference §4.5).
qint64 sizeLimit(const QString &mime) {
    static const QHash<QString, qint64> limits = {
        {u"audio/aac"_s, 16LL << 20},
        {u"audio/amr"_s, 16LL << 20},
        {u"audio/mpeg"_s, 16LL << 20},
        {u"audio/mp4"_s, 16LL << 20},
        {u"audio/ogg"_s, 16LL << 20},
        {u"text/plain"_s, 100LL << 20},
        {u"application/pdf"_s, 100LL << 20},
        {u"application/msword"_s, 100LL << 20},
        {u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s, 100LL << 20},
        {u"application/vnd.ms-excel"_s, 100LL << 20},
        {u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s, 100LL << 20},
        {u"application/vnd.ms-powerpoint"_s, 100LL << 20},
        {u"application/vnd.openxmlformats-officedocument.presentationml.presentation"_s,
         100LL << 20},
        {u"image/jpeg"_s, 5LL << 20},
        {u"image/png"_s, 5LL << 20},
        {u"image/webp"_s, 500LL << 10},
        {u"video/mp4"_s, 16LL << 20},
        {u"video/3gpp"_s, 16LL << 20},
    };
    return limits.value(mime, -1);
}

} // namespace

MediaApi::MediaApi(SandboxState &state, GraphAccess &access)
    : m_state(state)
    , m_access(access) {}

GraphReply MediaApi::upload(const GraphRequest &request, const PhoneNumber &number) {
    if (auto error = m_access.authorize(request, number.wabaId, GraphAccess::Messaging))
        return GraphReply::error(*error);
    const auto form = MultipartForm::parse(request.contentType, request.body);
    if (!form)
        return GraphReply::error(
            GraphError::invalidParameter(u"Upload media as multipart/form-data."_s));
    // Text fields of the form and the query string alike (whatsapp-api-js puts the product in
    // the query string).
    if (request.text(u"messaging_product"_s) != u"whatsapp"_s)
        return GraphReply::error(GraphError::invalidParameter(
            u"The parameter messaging_product is required and must be \"whatsapp\"."_s));
    const auto *file = form->part(u"file"_s);
    if (!file || file->data.isEmpty())
        return GraphReply::error(
            GraphError::invalidParameter(u"The parameter file is required."_s));
    QString mime = request.text(u"type"_s).trimmed();
    if (mime.isEmpty())
        mime = QString::fromUtf8(file->contentType);
    const QString baseMime = mime.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    const qint64 limit = sizeLimit(baseMime);
    if (limit < 0)
        return GraphReply::error(GraphError::fromCode(
            131053,
            u"Param file must be a file with one of the supported media types; got '%1'."_s.arg(
                mime)));
    if (file->data.size() > limit)
        return GraphReply::error(GraphError::fromCode(
            131053,
            u"The file is larger than the %1 bytes allowed for %2."_s.arg(limit).arg(baseMime)));
    const Media &media =
        m_state.media().add(number.id, mime, file->filename, file->data, m_state.clock().nowMs());
    return GraphReply::json(QJsonObject{{u"id"_s, media.id}});
}

std::optional<GraphError> MediaApi::authorize(const GraphRequest &request, const Media &media) {
    const PhoneNumber *number = m_state.accounts().phoneNumber(media.phoneNumberId);
    if (!number)
        return GraphError::unsupported(request.method, media.id);
    if (auto error = m_access.authorize(request, number->wabaId, GraphAccess::Messaging))
        return error;
    const QString phone = request.text(u"phone_number_id"_s);
    if (!phone.isEmpty() && phone != media.phoneNumberId)
        return GraphError::invalidParameter(
            u"The media does not belong to phone number %1."_s.arg(phone));
    return std::nullopt;
}

GraphReply MediaApi::get(const GraphRequest &request, const Media &media) {
    if (auto error = authorize(request, media))
        return GraphReply::error(*error);
    const qint64 expires = m_state.clock().nowSecs() + MediaStore::UrlLifetimeSecs;
    return GraphReply::json(QJsonObject{
        {u"messaging_product"_s, u"whatsapp"_s},
        {u"url"_s, QString(request.baseUrl + m_state.media().downloadPath(media, expires))},
        {u"mime_type"_s, media.mimeType},
        {u"sha256"_s, media.sha256},
        {u"file_size"_s, media.data.size()},
        {u"id"_s, media.id}});
}

GraphReply MediaApi::remove(const GraphRequest &request, const Media &media) {
    if (auto error = authorize(request, media))
        return GraphReply::error(*error);
    m_state.media().remove(media.id);
    return GraphReply::success();
}

GraphReply MediaApi::download(const GraphRequest &request) {
    const Media *media = m_state.media().resolveDownload(
        request.query.queryItemValue(u"mid"_s), request.query.queryItemValue(u"ext"_s),
        request.query.queryItemValue(u"hash"_s), m_state.clock().nowSecs());
    if (!media) {
        GraphReply reply;
        reply.status = 404;
        reply.contentType = "text/plain";
        reply.body = "URL expired or invalid; fetch a new one from GET /{media_id}.";
        return reply;
    }
    const PhoneNumber *number = m_state.accounts().phoneNumber(media->phoneNumberId);
    if (!number)
        return GraphReply::error(GraphError::unsupported(request.method, media->id));
    if (auto error = m_access.authorize(request, number->wabaId, GraphAccess::Messaging))
        return GraphReply::error(*error);
    GraphReply reply;
    reply.contentType = media->mimeType.toUtf8();
    reply.body = media->data;
    return reply;
}

} // namespace Switchboard::Sandbox
