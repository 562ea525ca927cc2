// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/connection/registrationpanel.h"

#include "core/sync/relayclient.h"
#include "ui/pages/connection/connectionwords.h"
#include "ui/pages/connection/relaycall_p.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

QLabel *stepLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

RegistrationPanel::RegistrationPanel(RelayClient *client, QString tenantId, const QString &language,
                                     QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_tenantId(std::move(tenantId))
    , m_title(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_request(new QPushButton(tr("Send the code"), this))
    , m_code(new QLineEdit(this))
    , m_verify(new QPushButton(tr("Verify the code"), this))
    , m_pin(new QLineEdit(this))
    , m_register(new QPushButton(tr("Register the number"), this))
    , m_outcome(new QLabel(this)) {
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("registrationTitle"));
    m_method->addItem(tr("Text message (SMS)"), QStringLiteral("SMS"));
    m_method->addItem(tr("Voice call"), QStringLiteral("VOICE"));
    m_method->setObjectName(QStringLiteral("registrationMethod"));
    m_language->addItem(tr("English"), QStringLiteral("en_US"));
    m_language->addItem(tr("Hebrew"), QStringLiteral("he"));
    m_language->setCurrentIndex(language == QLatin1String("he") ? 1 : 0);
    m_language->setObjectName(QStringLiteral("registrationLanguage"));
    const auto sixDigits =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^\\d{0,6}$")), this);
    m_code->setValidator(sixDigits);
    m_code->setObjectName(QStringLiteral("registrationCode"));
    m_code->setPlaceholderText(QStringLiteral("123456"));
    m_pin->setValidator(sixDigits);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setObjectName(QStringLiteral("registrationPin"));
    m_request->setObjectName(QStringLiteral("registrationRequest"));
    m_verify->setObjectName(QStringLiteral("registrationVerify"));
    m_register->setObjectName(QStringLiteral("registrationRegister"));
    m_outcome->setObjectName(QStringLiteral("registrationOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setVisible(false);

    auto *methodLabel = new QLabel(tr("Send it &by:"), this);
    methodLabel->setBuddy(m_method);
    auto *languageLabel = new QLabel(tr("&Language of the code:"), this);
    languageLabel->setBuddy(m_language);
    auto *codeLabel = new QLabel(tr("Six-digit &code:"), this);
    codeLabel->setBuddy(m_code);
    auto *pinLabel = new QLabel(tr("Six-digit &PIN:"), this);
    pinLabel->setBuddy(m_pin);
    auto *pinHint = new QLabel(tr("The PIN protects the number (two-step verification); keep it "
                                  "somewhere safe. If the number already has one, enter it."),
                               this);
    pinHint->setWordWrap(true);
    pinHint->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout;
    int row = 0;
    grid->addWidget(stepLabel(tr("1. Get a code from Meta"), this), row++, 0, 1, 3);
    grid->addWidget(methodLabel, row, 0);
    grid->addWidget(m_method, row++, 1);
    grid->addWidget(languageLabel, row, 0);
    grid->addWidget(m_language, row, 1);
    grid->addWidget(m_request, row++, 2);
    grid->addWidget(stepLabel(tr("2. Enter the code"), this), row++, 0, 1, 3);
    grid->addWidget(codeLabel, row, 0);
    grid->addWidget(m_code, row, 1);
    grid->addWidget(m_verify, row++, 2);
    grid->addWidget(stepLabel(tr("3. Set a PIN and register"), this), row++, 0, 1, 3);
    grid->addWidget(pinLabel, row, 0);
    grid->addWidget(m_pin, row, 1);
    grid->addWidget(m_register, row++, 2);
    grid->addWidget(pinHint, row++, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_outcome);

    connect(m_request, &QPushButton::clicked, this, [this] {
        const bool voice = m_method->currentData().toString() == QLatin1String("VOICE");
        run(QStringLiteral("request-code"),
            {{QStringLiteral("method"), m_method->currentData().toString()},
             {QStringLiteral("language"), m_language->currentData().toString()}},
            voice ? tr("Meta is calling the number with the code.")
                  : tr("Meta sent the code by text message."));
    });
    connect(m_verify, &QPushButton::clicked, this, [this] {
        if (m_code->text().size() != 6) {
            m_outcome->setText(tr("The code has six digits."));
            m_outcome->setVisible(true);
            return;
        }
        run(QStringLiteral("verify-code"), {{QStringLiteral("code"), m_code->text()}},
            tr("The code is right. Now set a PIN and register the number."));
    });
    connect(m_register, &QPushButton::clicked, this, [this] {
        if (m_pin->text().size() != 6) {
            m_outcome->setText(tr("The PIN has six digits."));
            m_outcome->setVisible(true);
            return;
        }
        run(QStringLiteral("register"), {{QStringLiteral("pin"), m_pin->text()}},
            tr("The number is registered: it can send and receive messages."));
    });
    setEnabledForUser(false);
}

void RegistrationPanel::setNumber(const QString &phoneNumberId, const QString &displayNumber,
                                  const QString &step) {
    m_phoneNumberId = phoneNumberId;
    QString title =
        tr("Register %1 for WhatsApp").arg(displayNumber.isEmpty() ? phoneNumberId : displayNumber);
    if (const QString words = ConnectionWords::step(step); !words.isEmpty())
        title += QLatin1Char('\n') + words;
    m_title->setText(title);
}

void RegistrationPanel::setEnabledForUser(bool canAdminister) {
    m_canAdminister = canAdminister;
    setBusy(false);
}

void RegistrationPanel::setBusy(bool busy) {
    for (QWidget *control : std::initializer_list<QWidget *>{m_method, m_language, m_request,
                                                             m_code, m_verify, m_pin, m_register})
        control->setEnabled(m_canAdminister && !busy);
}

void RegistrationPanel::run(const QString &route, const QJsonObject &body, const QString &success) {
    setBusy(true);
    Q_EMIT busyChanged(true);
    RelayReply *reply = m_client->post(
        tenantPath(m_tenantId, QStringLiteral("/numbers/%1/").arg(m_phoneNumberId) + route), body);
    whenAnswered(reply, this, [this, success, route](const RelayReply &answer) {
        setBusy(false);
        Q_EMIT busyChanged(false);
        m_outcome->setVisible(true);
        if (!answer.ok()) {
            m_outcome->setText(
                tr("This step did not work: %1").arg(ConnectionWords::error(answer.error())));
            return;
        }
        m_outcome->setText(success);
        if (route == QLatin1String("register"))
            m_pin->clear();
        Q_EMIT connectionChanged(answer.json());
    });
}

} // namespace Switchboard
