// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/emptystatepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_action(new QPushButton(this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    // A fixed width gives the wrapped label a height for its width inside the centred column.
    m_explanation->setFixedWidth(480);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_explanation, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_action, &QPushButton::clicked, this, &EmptyStatePage::actionTriggered);
}

void EmptyStatePage::setTexts(const QString &title, const QString &explanation,
                              const QString &action) {
    m_title->setText(title);
    m_explanation->setText(explanation);
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
}

} // namespace Switchboard
