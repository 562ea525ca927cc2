// SPDX-License-Identifier: GPL-3.0-or-later
// DesktopNotifier on Linux: the freedesktop notification specification over D-Bus.
#include "ui/shell/desktopnotifier.h"

#include "core/logging.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QGuiApplication>

namespace Switchboard {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent) {
    QDBusConnection::sessionBus().connect(service, path, service, QStringLiteral("ActionInvoked"),
                                          this, SLOT(onActionInvoked(uint, QString)));
}

bool DesktopNotifier::notify(const QString &key, const QString &summary, const QString &body) {
    if (!m_enabled)
        return false;
    return send(key, summary, body);
}

bool DesktopNotifier::send(const QString &key, const QString &summary, const QString &body) {
    QDBusInterface notifications(service, path, service, QDBusConnection::sessionBus());
    if (!notifications.isValid())
        return false;
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()},
                            {QStringLiteral("category"), QStringLiteral("im.received")}};
    const QDBusReply<uint> reply =
        notifications.call(QStringLiteral("Notify"), QGuiApplication::applicationDisplayName(),
                           m_shown.value(key, 0u), QStringLiteral("switchboard"), summary, body,
                           QStringList{QStringLiteral("default"), tr("Open")}, hints, -1);
    if (!reply.isValid()) {
        qCInfo(Log::console) << "no notification shown:" << reply.error().message();
        return false;
    }
    m_shown.insert(key, reply.value());
    m_keys.insert(reply.value(), key);
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action) {
    Q_UNUSED(action)
    if (m_keys.contains(id))
        Q_EMIT activated(m_keys.value(id));
}

} // namespace Switchboard
