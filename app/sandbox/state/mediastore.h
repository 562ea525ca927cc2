// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <map>

namespace Switchboard::Sandbox {

struct Media {
    QString id;
    QString phoneNumberId;
    QString mimeType;
    QString filename;
    QByteArray data;
    QString sha256; //!< hex
    qint64 createdMs = 0;
};

//! Uploaded (and simulated customers') media, with the signed, short-lived download URLs that
//! GET /{media_id} hands out.
class MediaStore {
public:
    static constexpr qint64 UrlLifetimeSecs = 5 * 60;

    explicit MediaStore(QByteArray urlKey);
    Media &add(const QString &phoneNumberId, const QString &mimeType, const QString &filename,
               QByteArray data, qint64 nowMs);
    Media *find(const QString &id);
    bool remove(const QString &id) { return m_media.erase(id) > 0; }

    //! Path and query of a download URL valid until `expiresSecs`.
    QString downloadPath(const Media &media, qint64 expiresSecs) const;
    //! The media a download URL names, when its signature holds and it has not expired.
    Media *resolveDownload(const QString &mid, const QString &ext, const QString &hash,
                           qint64 nowSecs);

private:
    QString signature(const QString &mid, const QString &ext) const;

    QByteArray m_urlKey;
    std::map<QString, Media> m_media;
};

} // namespace Switchboard::Sandbox
