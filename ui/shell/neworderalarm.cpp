// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/neworderalarm.h"

#include "core/session/workspace.h"
#include "core/store/database.h"
#include "core/sync/replica.h"
#include "ui/models/orderwords.h"
#include "ui/models/replicareader.h"
#include "ui/shell/desktopnotifier.h"

#include <QAudio>
#include <QDateTime>
#include <QSoundEffect>
#include <QSqlQuery>

namespace Switchboard {

NewOrderAlarm::NewOrderAlarm(DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier) {}

NewOrderAlarm::~NewOrderAlarm() = default;

QString NewOrderAlarm::notificationKey(const QString &orderId) {
    return QStringLiteral("order:") + orderId;
}

void NewOrderAlarm::setWorkspace(Workspace *workspace) {
    if (m_workspace && m_workspace->replica())
        disconnect(m_workspace->replica(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_announced.clear();
    const bool wasWaiting = !m_waiting.isEmpty();
    m_waiting.clear();
    silence();
    if (workspace) {
        Replica *replica = workspace->replica();
        if (auto db = ReplicaReader::open(*replica)) {
            if (auto q = db->query(QStringLiteral("SELECT id FROM orders WHERE status = ?"),
                                   {QStringLiteral("pending")})) {
                while ((*q)->next())
                    m_announced.insert((*q)->value(0).toString());
            }
        }
        connect(replica, &Replica::changed, this, &NewOrderAlarm::onChanged);
    }
    if (wasWaiting)
        Q_EMIT waitingChanged(m_waiting);
}

void NewOrderAlarm::onChanged(const ReplicaChange &change) {
    const QStringList ids = change.upserted.value(QStringLiteral("order"));
    if (ids.isEmpty() || !m_workspace)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool changed = false;
    for (const QString &id : ids) {
        const auto stored = m_workspace->replica()->record(QStringLiteral("order"), id);
        if (!stored || !stored->has_value())
            continue;
        const QJsonObject &order = stored->value();
        const bool pending =
            order.value(QLatin1String("status")).toString() == QLatin1String("pending");
        if (!pending) {
            // Confirmed or cancelled, here or elsewhere: someone has seen it.
            m_announced.insert(id);
            changed |= m_waiting.removeAll(id) > 0;
            continue;
        }
        if (m_announced.contains(id))
            continue;
        const QDateTime created = ReplicaReader::timestamp(order, QStringLiteral("created_at"));
        m_announced.insert(id);
        if (created.isValid() && created.secsTo(now) > freshSeconds)
            continue;
        m_waiting << id;
        changed = true;
        const QString summary = tr("New order #%1 from %2")
                                    .arg(order.value(QLatin1String("number")).toInteger())
                                    .arg(OrderWords::customerName(order));
        m_notifier->notify(notificationKey(id), summary, OrderWords::itemsLine(order));
    }
    if (!changed)
        return;
    if (m_waiting.isEmpty())
        silence();
    else
        ring();
    Q_EMIT waitingChanged(m_waiting);
}

void NewOrderAlarm::acknowledge(const QString &orderId) {
    if (m_waiting.removeAll(orderId) == 0)
        return;
    if (m_waiting.isEmpty())
        silence();
    Q_EMIT waitingChanged(m_waiting);
}

void NewOrderAlarm::acknowledgeAll() {
    if (m_waiting.isEmpty())
        return;
    m_waiting.clear();
    silence();
    Q_EMIT waitingChanged(m_waiting);
}

void NewOrderAlarm::ring() {
    if (!m_effect) {
        m_effect = new QSoundEffect(this);
        m_effect->setSource(defaultSource());
        m_effect->setLoopCount(QSoundEffect::Infinite);
        applyVolume();
    }
    if (m_effect->isPlaying())
        return;
    ++m_rung;
    // Before the sound is loaded, QSoundEffect keeps the request and plays once it is.
    m_effect->play();
}

void NewOrderAlarm::silence() {
    if (m_effect)
        m_effect->stop();
}

void NewOrderAlarm::setVolume(int percent) {
    m_volume = qBound(0, percent, 100);
    applyVolume();
}

void NewOrderAlarm::setMuted(bool muted) {
    m_muted = muted;
    applyVolume();
}

void NewOrderAlarm::applyVolume() {
    if (!m_effect)
        return;
    m_effect->setMuted(m_muted);
    m_effect->setVolume(float(QAudio::convertVolume(
        m_volume / 100.0, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale)));
}

} // namespace Switchboard
