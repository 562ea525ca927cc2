// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

class QSoundEffect;

namespace Switchboard {

class DesktopNotifier;
class Workspace;
struct ReplicaChange;

//! The counter bell of a restaurant: when a new order arrives (a pending order this console has
//! not seen, created in the last half hour, whether it came live or in a catch-up after an
//! outage) it shows a desktop notification and rings, looping, until someone acknowledges the
//! order or the order leaves pending (confirmed or cancelled, here or on another console).
//! Orders already pending when the business opens were announced before and do not ring.
//! Volume and mute come from Settings; muted, the alarm still shows who is waiting.
class NewOrderAlarm : public QObject {
    Q_OBJECT
public:
    NewOrderAlarm(DesktopNotifier *notifier, QObject *parent = nullptr);
    ~NewOrderAlarm() override;

    static QUrl defaultSource() { return QUrl(QStringLiteral("qrc:/sounds/new-order.wav")); }
    //! Orders older than this when they arrive are history, not news.
    static constexpr qint64 freshSeconds = 30 * 60;
    //! The notification key prefix of an order ("order:" + id).
    static QString notificationKey(const QString &orderId);

    void setWorkspace(Workspace *workspace);
    //! 0–100, as the Settings slider says; applied on a perceptual (logarithmic) scale.
    void setVolume(int percent);
    int volume() const { return m_volume; }
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }

    //! New orders nobody acknowledged yet, oldest first.
    QStringList waiting() const { return m_waiting; }
    //! Whether the bell is ringing (it is also "ringing" muted, or without an audio device).
    bool isRinging() const { return !m_waiting.isEmpty(); }
    //! How often the bell started ringing (tests).
    int rung() const { return m_rung; }
    //! The sound effect when the bell has rung once (tests read its loop count and volume).
    QSoundEffect *effect() const { return m_effect; }

    void acknowledge(const QString &orderId);
    void acknowledgeAll();

Q_SIGNALS:
    //! The orders waiting changed (a new one, an acknowledgement).
    void waitingChanged(const QStringList &orderIds);

private:
    void onChanged(const ReplicaChange &change);
    void ring();
    void silence();
    void applyVolume();

    DesktopNotifier *m_notifier;
    QPointer<Workspace> m_workspace;
    QSoundEffect *m_effect = nullptr;
    QStringList m_waiting;
    //! Orders that rang or were pending when the business opened: they never ring (again).
    QSet<QString> m_announced;
    int m_volume = 80;
    bool m_muted = false;
    int m_rung = 0;
};

} // namespace Switchboard
