// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/conversations/voiceplayer.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QUrl>

namespace Switchboard {

VoicePlayer::VoicePlayer(QObject *parent)
    : QObject(parent) {}

VoicePlayer::~VoicePlayer() = default;

void VoicePlayer::toggle(const QString &mediaId, const QString &path) {
    if (!m_player) {
        m_player = new QMediaPlayer(this);
        m_output = new QAudioOutput(this);
        m_player->setAudioOutput(m_output);
        auto announce = [this] { Q_EMIT changed(m_current); };
        connect(m_player, &QMediaPlayer::playbackStateChanged, this, announce);
        connect(m_player, &QMediaPlayer::positionChanged, this, announce);
        connect(m_player, &QMediaPlayer::durationChanged, this, announce);
    }
    if (mediaId == m_current) {
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        else
            m_player->play();
        return;
    }
    const QString previous = m_current;
    m_current = mediaId;
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
    if (!previous.isEmpty())
        Q_EMIT changed(previous);
}

bool VoicePlayer::isPlaying() const {
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

qint64 VoicePlayer::positionMs() const {
    return m_player ? m_player->position() : 0;
}
qint64 VoicePlayer::durationMs() const {
    return m_player ? m_player->duration() : 0;
}

} // namespace Switchboard
