// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/connectionbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Switchboard {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_reconnect(new QPushButton(this)) {
    setObjectName(QStringLiteral("connectionBanner"));
    setStyleSheet(QStringLiteral("#connectionBanner { background: #fef3f2; border-bottom: 1px "
                                 "solid #fda29b; } #connectionBanner QLabel { color: #7a271a; }"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_text->setObjectName(QStringLiteral("connectionBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconnect->setObjectName(QStringLiteral("reconnect"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reconnect);
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionBanner::reconnectRequested);
    update();
}

void ConnectionBanner::setConnection(const QJsonObject &connection, bool canAdminister) {
    m_connection = connection;
    m_canAdminister = canAdminister;
    update();
}

void ConnectionBanner::update() {
    const QString status = m_connection.value(QStringLiteral("status")).toString();
    const QString reason = m_connection.value(QStringLiteral("reason")).toString();
    QString text;
    if (status == QLatin1String("needs_reconnect"))
        text = tr("WhatsApp needs to be reconnected: messages are not being sent or received.");
    else if (status == QLatin1String("disconnected"))
        text = tr("WhatsApp is disconnected: messages are not being sent or received.");
    setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    // The relay's reason runs on with Meta's codes and trace id: the first sentence here, the
    // whole of it in the tooltip (and on the Connection page).
    QString gist = reason.section(QStringLiteral(". "), 0, 0).trimmed();
    if (gist.endsWith(QLatin1Char('.')))
        gist.chop(1);
    if (!gist.isEmpty())
        text += QLatin1Char(' ') + tr("Reason: %1.").arg(gist);
    m_text->setToolTip(reason);
    if (!m_canAdminister)
        text += QLatin1Char(' ') + tr("Ask an admin of your business to reconnect it.");
    m_text->setText(text);
    m_reconnect->setText(tr("Reconnect…"));
    m_reconnect->setAccessibleName(tr("Reconnect WhatsApp"));
    m_reconnect->setVisible(m_canAdminister);
}

void ConnectionBanner::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        update();
    QFrame::changeEvent(event);
}

} // namespace Switchboard
