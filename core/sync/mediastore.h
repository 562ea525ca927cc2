// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Switchboard {

class RelayClient;

//! The customers' photos, voice notes, videos and documents the console has seen, fetched from
//! the relay (`GET …/media/{id}`: the relay fetches them from Meta with the business's token,
//! which the console never holds) and kept in a folder of the console's, each file written whole
//! or not at all. Fetches run a few at a time; each media id is asked for once.
class MediaStore : public QObject {
    Q_OBJECT
public:
    MediaStore(RelayClient *client, QString tenantId, QString directory, QObject *parent = nullptr);

    //! The file of `mediaId` when it is here (empty otherwise).
    QString path(const QString &mediaId) const;
    //! Fetches `mediaId` unless it is here, being fetched, or failed in this session.
    void fetch(const QString &mediaId);
    //! Why `mediaId` could not be fetched (empty when it did not fail).
    QString failure(const QString &mediaId) const { return m_failed.value(mediaId); }

    static constexpr int maxInFlight = 3;

Q_SIGNALS:
    void fetched(const QString &mediaId, const QString &path);
    void failed(const QString &mediaId, const QString &reason);

private:
    void startNext();
    QString fileOf(const QString &mediaId) const;

    RelayClient *m_client;
    QString m_tenantId;
    QString m_directory;
    QStringList m_waiting;
    QSet<QString> m_inFlight;
    QHash<QString, QString> m_failed;
};

} // namespace Switchboard
