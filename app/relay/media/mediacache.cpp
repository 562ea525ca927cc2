// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/media/mediacache.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace Switchboard {

namespace {

//! A cached file is the mime type, a newline, then the bytes.
constexpr char separator = '\n';

bool isCacheName(const QString &name) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(name).hasMatch();
}

} // namespace

MediaCache::MediaCache(QString directory, qint64 capacityBytes)
    : m_directory(std::move(directory))
    , m_capacity(capacityBytes) {}

QString MediaCache::fileName(const QString &tenantId, const QString &mediaId) {
    return QString::fromLatin1(
        QCryptographicHash::hash((tenantId + QLatin1Char('/') + mediaId).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

void MediaCache::load() {
    if (m_loaded)
        return;
    m_loaded = true;
    QDir dir(m_directory);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        qCWarning(Log::relay) << "cannot create the media cache directory" << m_directory;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : entries) {
        if (!isCacheName(info.fileName())) {
            QFile::remove(info.absoluteFilePath()); // a temporary file a crash left behind
            continue;
        }
        m_files[info.fileName()] = File{info.size(), info.lastModified().toMSecsSinceEpoch()};
        m_lastUse = std::max(m_lastUse, m_files[info.fileName()].lastUse);
        m_total += info.size();
    }
}

qint64 MediaCache::size() {
    load();
    return m_total;
}

qint64 MediaCache::nextUse() {
    m_lastUse = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastUse + 1);
    return m_lastUse;
}

void MediaCache::forget(QString name) {
    const auto it = m_files.find(name);
    if (it == m_files.end())
        return;
    m_total -= it->second.size;
    m_files.erase(it);
    QFile::remove(QDir(m_directory).filePath(name));
}

std::optional<MediaCache::Entry> MediaCache::find(const QString &tenantId, const QString &mediaId) {
    load();
    const QString name = fileName(tenantId, mediaId);
    const auto it = m_files.find(name);
    if (it == m_files.end())
        return std::nullopt;
    QFile file(QDir(m_directory).filePath(name));
    if (!file.open(QIODevice::ReadWrite)) {
        forget(name);
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    const qsizetype split = content.indexOf(separator);
    if (split <= 0) {
        file.close();
        forget(name);
        return std::nullopt;
    }
    it->second.lastUse = nextUse();
    file.setFileTime(QDateTime::fromMSecsSinceEpoch(it->second.lastUse, Qt::UTC),
                     QFileDevice::FileModificationTime);
    return Entry{content.left(split), content.mid(split + 1)};
}

void MediaCache::evictFor(qint64 incoming) {
    while (!m_files.empty() && m_total + incoming > m_capacity) {
        const auto oldest =
            std::min_element(m_files.begin(), m_files.end(), [](const auto &a, const auto &b) {
                return a.second.lastUse < b.second.lastUse;
            });
        forget(oldest->first);
    }
}

Status MediaCache::store(const QString &tenantId, const QString &mediaId, const Entry &entry) {
    load();
    const QString name = fileName(tenantId, mediaId);
    const qint64 bytes = entry.mimeType.size() + 1 + entry.data.size();
    forget(name);
    if (bytes > m_capacity)
        return success(); // larger than the whole cache: served, not kept
    evictFor(bytes);
    QSaveFile file(QDir(m_directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.mimeType + separator) < 0 ||
        file.write(entry.data) != entry.data.size() || !file.commit())
        return Error{
            QStringLiteral("storage_unavailable"),
            QStringLiteral("The relay could not keep the file: %1").arg(file.errorString())};
    m_files[name] = File{bytes, nextUse()};
    m_total += bytes;
    return success();
}

} // namespace Switchboard
