// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

class QSoundEffect;

namespace Switchboard {

//! The chime of a new customer message, played through Qt Multimedia on the desktop's audio
//! output. The sound is loaded only when first needed, so a console that never chimes never opens
//! an audio device; a desktop without audio just stays quiet.
class NotificationSound : public QObject {
    Q_OBJECT
public:
    explicit NotificationSound(QObject *parent = nullptr);
    ~NotificationSound() override;

    static QUrl defaultSource() { return QUrl(QStringLiteral("qrc:/sounds/message.wav")); }

    void play();
    //! How many times the chime was asked for, and whether its sound is loaded (tests).
    int requested() const { return m_requested; }
    bool isLoaded() const;

private:
    QSoundEffect *m_effect = nullptr;
    int m_requested = 0;
};

} // namespace Switchboard
