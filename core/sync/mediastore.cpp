// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/mediastore.h"

#include "core/sync/relayclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace Switchboard {

MediaStore::MediaStore(RelayClient *client, QString tenantId, QString directory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tenantId(std::move(tenantId))
    , m_directory(std::move(directory)) {}

QString MediaStore::fileOf(const QString &mediaId) const {
    // Meta's ids are digits; hashed anyway, so no id can name a path outside the folder.
    return QDir(m_directory)
        .filePath(QString::fromLatin1(
            QCryptographicHash::hash(mediaId.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(32)));
}

QString MediaStore::path(const QString &mediaId) const {
    const QString file = fileOf(mediaId);
    return QFileInfo::exists(file) ? file : QString();
}

void MediaStore::fetch(const QString &mediaId) {
    if (mediaId.isEmpty() || m_inFlight.contains(mediaId) || m_waiting.contains(mediaId) ||
        m_failed.contains(mediaId) || !path(mediaId).isEmpty())
        return;
    m_waiting << mediaId;
    startNext();
}

void MediaStore::startNext() {
    while (m_inFlight.size() < maxInFlight && !m_waiting.isEmpty()) {
        const QString mediaId = m_waiting.takeFirst();
        m_inFlight.insert(mediaId);
        RelayReply *reply =
            m_client->get(QStringLiteral("/tenants/%1/media/%2")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_tenantId)),
                                   QString::fromLatin1(QUrl::toPercentEncoding(mediaId))));
        connect(reply, &RelayReply::finished, this, [this, reply, mediaId] {
            reply->deleteLater();
            m_inFlight.remove(mediaId);
            if (!reply->ok()) {
                m_failed.insert(mediaId, reply->error().message);
                Q_EMIT failed(mediaId, reply->error().message);
            } else {
                QDir().mkpath(m_directory);
                QSaveFile file(fileOf(mediaId));
                if (file.open(QIODevice::WriteOnly) &&
                    file.write(reply->body()) == reply->body().size() && file.commit()) {
                    Q_EMIT fetched(mediaId, file.fileName());
                } else {
                    const QString reason =
                        tr("The file could not be saved: %1").arg(file.errorString());
                    m_failed.insert(mediaId, reason);
                    Q_EMIT failed(mediaId, reason);
                }
            }
            startNext();
        });
    }
}

} // namespace Switchboard
