// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAudioOutput;
class QMediaPlayer;

namespace Switchboard {

//! Plays one voice note or audio message at a time through Qt Multimedia: play, pause, and where
//! it is (position and duration) for the bubble to show. Created with the chat; its player is
//! made only when a first note is played.
class VoicePlayer : public QObject {
    Q_OBJECT
public:
    explicit VoicePlayer(QObject *parent = nullptr);
    ~VoicePlayer() override;

    //! Plays `path` as the note of `mediaId`, or pauses/resumes it when it is the current one.
    void toggle(const QString &mediaId, const QString &path);
    QString current() const { return m_current; }
    bool isPlaying() const;
    qint64 positionMs() const;
    qint64 durationMs() const;

Q_SIGNALS:
    //! Anything shown of the current note changed (state, position, duration).
    void changed(const QString &mediaId);

private:
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QString m_current;
};

} // namespace Switchboard
