// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

namespace Switchboard {

//! Downloaded media on disk, so a console asking again (or another console of the team) is
//! answered without Meta: one file per tenant and media id, named by a hash of both, holding the
//! mime type and the bytes. The files together stay under `capacityBytes`: storing one evicts the
//! least recently used first (a file's modification time is its last use, so the order survives
//! a restart). A file is written to a temporary name and renamed (QSaveFile), so a crash never
//! leaves half of one. Thread-confined: the API thread's.
class MediaCache {
public:
    MediaCache(QString directory, qint64 capacityBytes);

    struct Entry {
        QByteArray mimeType;
        QByteArray data;
    };
    //! The cached media, and marks it used; nothing when it is not cached (or is unreadable).
    std::optional<Entry> find(const QString &tenantId, const QString &mediaId);
    //! Keeps the media, evicting others to stay under the cap; media larger than the cap is not
    //! kept. Errors: "storage_unavailable" when the file cannot be written.
    Status store(const QString &tenantId, const QString &mediaId, const Entry &entry);

    //! Bytes the cache holds on disk.
    qint64 size();
    const QString &directory() const { return m_directory; }

private:
    struct File {
        qint64 size = 0;
        qint64 lastUse = 0; //!< milliseconds since the epoch
    };
    static QString fileName(const QString &tenantId, const QString &mediaId);
    //! Reads the directory once: what earlier runs left (and removes stray temporary files).
    void load();
    void evictFor(qint64 incoming);
    void forget(QString name); // by value: callers pass keys of m_files
    //! Now, in milliseconds, but later than any use before: two uses in one millisecond keep
    //! their order.
    qint64 nextUse();

    QString m_directory;
    qint64 m_capacity;
    bool m_loaded = false;
    qint64 m_total = 0;
    qint64 m_lastUse = 0;
    std::map<QString, File> m_files;
};

} // namespace Switchboard
