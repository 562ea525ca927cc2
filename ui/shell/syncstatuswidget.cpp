// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/syncstatuswidget.h"

#include "core/sync/syncengine.h"
#include "ui/pages/connection/connectionwords.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace Switchboard {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_business(new QLabel(this))
    , m_quality(new QLabel(this)) {
    m_state->setObjectName(QStringLiteral("syncState"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_business->setObjectName(QStringLiteral("business"));
    m_quality->setObjectName(QStringLiteral("qualityRating"));
    m_progress->setRange(0, 0); // the contract gives no total: a busy bar beside the count
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setVisible(false);
    m_quality->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(12);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_business);
    layout->addWidget(m_quality);
    update();
}

void SyncStatusWidget::setEngine(SyncEngine *engine) {
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine) {
        connect(engine, &SyncEngine::stateChanged, this, &SyncStatusWidget::update);
        connect(engine, &SyncEngine::progressChanged, this, &SyncStatusWidget::update);
        connect(engine, &SyncEngine::lastErrorChanged, this, &SyncStatusWidget::update);
        connect(engine, &SyncEngine::reconnectInChanged, this, &SyncStatusWidget::update);
    }
    update();
}

void SyncStatusWidget::setBusiness(const QString &name) {
    m_businessName = name;
    update();
}

void SyncStatusWidget::setQualityRating(const QString &rating) {
    m_rating = rating;
    update();
}

QString SyncStatusWidget::stateText() const {
    return m_state->text();
}

void SyncStatusWidget::update() {
    QString text;
    QString colour = QStringLiteral("#667085");
    bool busy = false;
    const SyncEngine::State state = m_engine ? m_engine->state() : SyncEngine::State::Idle;
    const QLocale locale;
    // The engine's reason is a sentence of its own; here it sits inside one.
    QString reason = m_engine ? m_engine->lastError().trimmed() : QString();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    switch (state) {
    case SyncEngine::State::Idle:
        text = m_engine ? tr("Starting…") : tr("Not signed in");
        break;
    case SyncEngine::State::CatchingUp:
        text = tr("Catching up: %1 events").arg(locale.toString(m_engine->progress().applied));
        busy = true;
        colour = QStringLiteral("#175cd3");
        break;
    case SyncEngine::State::Live:
        text = tr("Live");
        colour = QStringLiteral("#1a7f37");
        break;
    case SyncEngine::State::Reconnecting:
        text = tr("Connection lost (%1). Reconnecting in %n s", nullptr, m_engine->reconnectIn())
                   .arg(reason);
        colour = QStringLiteral("#b54708");
        break;
    case SyncEngine::State::Offline:
        text = tr("Offline since %1: %2. Retrying in %n s", nullptr, m_engine->reconnectIn())
                   .arg(locale.toString(m_engine->offlineSince().toLocalTime().time(),
                                        QLocale::ShortFormat),
                        reason);
        colour = QStringLiteral("#b42318");
        break;
    case SyncEngine::State::SignedOut:
        text = tr("Signed out: %1").arg(reason);
        colour = QStringLiteral("#b42318");
        break;
    }
    m_state->setText(text);
    m_state->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_progress->setVisible(busy);
    m_progress->setAccessibleName(busy ? text : QString());
    m_business->setText(m_businessName.isEmpty() ? QString()
                                                 : tr("Business: %1").arg(m_businessName));
    m_business->setVisible(!m_businessName.isEmpty());
    m_quality->setVisible(!m_rating.isEmpty());
    m_quality->setText(tr("Quality: %1").arg(ConnectionWords::quality(m_rating)));
    m_quality->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;")
                                 .arg(ConnectionWords::qualityColor(m_rating).name()));
}

void SyncStatusWidget::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace Switchboard
