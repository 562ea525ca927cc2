// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/notificationsound.h"

#include <QSoundEffect>

namespace Switchboard {

NotificationSound::NotificationSound(QObject *parent)
    : QObject(parent) {}

NotificationSound::~NotificationSound() = default;

void NotificationSound::play() {
    ++m_requested;
    if (!m_effect) {
        m_effect = new QSoundEffect(this);
        m_effect->setVolume(0.6f);
        m_effect->setSource(defaultSource());
    }
    // Before the sound is loaded, QSoundEffect keeps the request and plays once it is.
    m_effect->play();
}

bool NotificationSound::isLoaded() const {
    return m_effect && m_effect->status() == QSoundEffect::Ready;
}

} // namespace Switchboard
