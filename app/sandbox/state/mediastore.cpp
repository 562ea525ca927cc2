// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/state/mediastore.h"

#include "app/sandbox/state/sandboxids.h"
#include "core/crypto/hmac.h"

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

MediaStore::MediaStore(QByteArray urlKey)
    : m_urlKey(std::move(urlKey)) {}

Media &MediaStore::add(const QString &phoneNumberId, const QString &mimeType,
                       const QString &filename, QByteArray data, qint64 nowMs) {
    Media media;
    media.id = SandboxIds::numericId(16);
    media.phoneNumberId = phoneNumberId;
    media.mimeType = mimeType;
    media.filename = filename;
    media.sha256 = SandboxIds::hexSha256(data);
    media.data = std::move(data);
    media.createdMs = nowMs;
    const QString id = media.id;
    return m_media.emplace(id, std::move(media)).first->second;
}

Media *MediaStore::find(const QString &id) {
    const auto it = m_media.find(id);
    return it == m_media.end() ? nullptr : &it->second;
}

QString MediaStore::signature(const QString &mid, const QString &ext) const {
    const auto mac = Hmac::hmacSha256(m_urlKey, (mid + QLatin1Char(':') + ext).toUtf8());
    return mac ? QString::fromLatin1(
                     mac->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
               : QString();
}

QString MediaStore::downloadPath(const Media &media, qint64 expiresSecs) const {
    const QString ext = QString::number(expiresSecs);
    return u"/whatsapp_business/attachments/?mid=%1&ext=%2&hash=%3"_s.arg(media.id, ext,
                                                                          signature(media.id, ext));
}

Media *MediaStore::resolveDownload(const QString &mid, const QString &ext, const QString &hash,
                                   qint64 nowSecs) {
    const QString expected = signature(mid, ext);
    if (expected.isEmpty() || !Hmac::constantTimeEquals(expected.toLatin1(), hash.toLatin1()))
        return nullptr;
    if (ext.toLongLong() < nowSecs)
        return nullptr;
    return find(mid);
}

} // namespace Switchboard::Sandbox
