// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/traypresence.h"

#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace Switchboard {

namespace {

QIcon badged(qint64 count) {
    const QIcon base(QStringLiteral(":/icons/switchboard.svg"));
    if (count <= 0)
        return base;
    QPixmap pixmap = base.pixmap(64, 64);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0xd9, 0x2d, 0x20));
    painter.setPen(Qt::NoPen);
    const QRectF badge(28, 0, 36, 36);
    painter.drawEllipse(badge);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(count > 99 ? 14 : 22);
    painter.setFont(font);
    painter.drawText(badge, Qt::AlignCenter,
                     count > 99 ? QStringLiteral("99+") : QString::number(count));
    return QIcon(pixmap);
}

} // namespace

TrayPresence::TrayPresence(QObject *parent)
    : QObject(parent) {
    qApp->installEventFilter(this);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(badged(0), this);
        m_menu = new QMenu;
        m_show = m_menu->addAction(QString(), this, &TrayPresence::showRequested);
        m_quit = m_menu->addAction(QString(), this, &TrayPresence::quitRequested);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        Q_EMIT showRequested();
                });
        m_tray->show();
    }
    retranslate();
}

TrayPresence::~TrayPresence() {
    delete m_menu;
}

void TrayPresence::setCounts(qint64 unreadConversations, qint64 newOrders) {
    if (m_tray && unreadConversations != m_unread)
        m_tray->setIcon(badged(unreadConversations));
    m_unread = unreadConversations;
    m_orders = newOrders;
    retranslate();
}

void TrayPresence::retranslate() {
    m_summary = tr("Switchboard: %n unread conversation(s)", nullptr, int(m_unread)) +
                QStringLiteral(", ") + tr("%n new order(s)", nullptr, int(m_orders));
    if (m_tray) {
        m_tray->setToolTip(m_summary);
        m_show->setText(tr("Show Switchboard"));
        m_quit->setText(tr("Quit"));
    }
}

bool TrayPresence::eventFilter(QObject *watched, QEvent *event) {
    if (watched == qApp && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace Switchboard
