// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/emptystatepage.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_icon(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_detail(new QLabel(this))
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
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setVisible(false);
    m_action->setObjectName(QStringLiteral("emptyStateAction"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_explanation, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_detail, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_action, &QPushButton::clicked, this, &EmptyStatePage::actionTriggered);
}

void EmptyStatePage::setTexts(const QString &title, const QString &explanation,
                              const QString &action) {
    m_title->setText(title);
    m_icon->setAccessibleName(title);
    m_explanation->setText(explanation);
    // A wrapped label in a centred column gets no height for its width from the layout.
    m_explanation->setMinimumHeight(m_explanation->heightForWidth(m_explanation->width()));
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
}

void EmptyStatePage::setIcon(const QIcon &icon) {
    m_icon->setPixmap(icon.pixmap(64, 64));
}

void EmptyStatePage::setDetail(const QString &detail) {
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

} // namespace Switchboard
