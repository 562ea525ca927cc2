// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/connection/manualconnectionform.h"

#include "core/sync/relayclient.h"
#include "ui/pages/connection/connectionwords.h"
#include "ui/pages/connection/relaycall_p.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

QLineEdit *addField(QFormLayout *form, const QString &label, const QString &objectName,
                    QWidget *parent) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    auto *buddy = new QLabel(label, parent);
    buddy->setBuddy(edit);
    form->addRow(buddy, edit);
    return edit;
}

} // namespace

ManualConnectionForm::ManualConnectionForm(RelayClient *client, QString tenantId, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_tenantId(std::move(tenantId))
    , m_connect(new QPushButton(tr("Connect with this token"), this))
    , m_problem(new QLabel(this)) {
    auto *intro = new QLabel(tr("For a business that already has a WhatsApp Business account and "
                                "a permanent access token (a system user's token from Meta "
                                "Business Settings)."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_token = addField(form, tr("&Access token:"), QStringLiteral("manualToken"), this);
    m_token->setEchoMode(QLineEdit::Password);
    m_wabaId =
        addField(form, tr("&WhatsApp Business account ID:"), QStringLiteral("manualWaba"), this);
    m_phoneNumberId =
        addField(form, tr("&Phone number ID:"), QStringLiteral("manualPhoneNumber"), this);
    m_connect->setObjectName(QStringLiteral("manualConnect"));
    m_problem->setObjectName(QStringLiteral("manualProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_connect, 0, Qt::AlignLeading);
    connect(m_connect, &QPushButton::clicked, this, &ManualConnectionForm::submit);
    connect(m_phoneNumberId, &QLineEdit::returnPressed, this, &ManualConnectionForm::submit);
}

void ManualConnectionForm::submit() {
    const QString token = m_token->text().trimmed();
    const QString waba = m_wabaId->text().trimmed();
    const QString number = m_phoneNumberId->text().trimmed();
    if (token.isEmpty() || waba.isEmpty() || number.isEmpty()) {
        m_problem->setText(tr("Fill in the access token, the WhatsApp Business account ID and "
                              "the phone number ID."));
        m_problem->setVisible(true);
        return;
    }
    m_problem->setVisible(false);
    m_connect->setEnabled(false);
    Q_EMIT busyChanged(true);
    RelayReply *reply = m_client->post(tenantPath(m_tenantId, QStringLiteral("/connection/manual")),
                                       {{QStringLiteral("access_token"), token},
                                        {QStringLiteral("waba_id"), waba},
                                        {QStringLiteral("phone_number_id"), number}});
    whenAnswered(reply, this, [this](const RelayReply &answer) {
        m_connect->setEnabled(true);
        Q_EMIT busyChanged(false);
        if (!answer.ok()) {
            m_problem->setText(tr("Not connected: %1").arg(ConnectionWords::error(answer.error())));
            m_problem->setVisible(true);
            return;
        }
        m_token->clear();
        Q_EMIT connected(answer.json());
    });
}

} // namespace Switchboard
