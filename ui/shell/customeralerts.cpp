// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/customeralerts.h"

#include "core/session/workspace.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"
#include "ui/shell/desktopnotifier.h"
#include "ui/shell/notificationsound.h"
#include "ui/shell/traypresence.h"

#include <QWidget>

namespace Switchboard {

CustomerAlerts::CustomerAlerts(QWidget *window, TrayPresence *tray, DesktopNotifier *notifier,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_tray(tray)
    , m_notifier(notifier)
    , m_sound(new NotificationSound(this)) {
    connect(m_notifier, &DesktopNotifier::activated, this, &CustomerAlerts::conversationRequested);
}

void CustomerAlerts::setWorkspace(Workspace *workspace) {
    if (m_workspace && m_workspace->replica())
        disconnect(m_workspace->replica(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace)
        connect(workspace->replica(), &Replica::changed, this, &CustomerAlerts::onChanged);
    updateCounts();
}

void CustomerAlerts::updateCounts() {
    qint64 unread = 0;
    qint64 orders = 0;
    if (m_workspace) {
        if (const auto count = m_workspace->replica()->unreadConversationCount())
            unread = *count;
        if (const auto count = m_workspace->replica()->orderCount(QStringLiteral("pending")))
            orders = *count;
    }
    m_tray->setCounts(unread, orders);
}

void CustomerAlerts::onChanged(const ReplicaChange &change) {
    if (change.upserted.contains(QStringLiteral("conversation")) ||
        change.upserted.contains(QStringLiteral("order")) ||
        change.deleted.contains(QStringLiteral("order")))
        updateCounts();
    // History read during a catch-up is not news: only messages that arrive live are announced.
    if (!m_workspace || m_workspace->sync()->state() != SyncEngine::State::Live)
        return;
    if (m_window->isActiveWindow() || !m_notifier->isEnabled())
        return;
    Replica *replica = m_workspace->replica();
    for (const QString &id : change.upserted.value(QStringLiteral("message"))) {
        const auto message = replica->record(QStringLiteral("message"), id);
        if (!message || !message->has_value())
            continue;
        const QJsonObject &record = message->value();
        if (record.value(QStringLiteral("direction")).toString() != QLatin1String("inbound") ||
            record.value(QStringLiteral("status")).toString() != QLatin1String("received"))
            continue;
        const QString conversation = record.value(QStringLiteral("conversation_id")).toString();
        QString from = record.value(QStringLiteral("customer_id")).toString();
        if (const auto customer = replica->record(QStringLiteral("customer"), from);
            customer && customer->has_value()) {
            const QJsonObject &who = customer->value();
            from = who.value(QStringLiteral("name")).toString();
            if (from.isEmpty())
                from = who.value(QStringLiteral("profile_name")).toString();
            if (from.isEmpty())
                from = who.value(QStringLiteral("phone")).toString();
        }
        QString text = record.value(QStringLiteral("text")).toString();
        if (text.isEmpty())
            text = tr("Sent a message (%1)").arg(record.value(QStringLiteral("type")).toString());
        if (m_notifier->notify(conversation, tr("Message from %1").arg(from), text)) {
            ++m_shown;
            if (m_soundEnabled)
                m_sound->play();
        }
    }
}

} // namespace Switchboard
