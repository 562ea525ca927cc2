// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/settings/settingspage.h"

#include "ui/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QVBoxLayout>

#include <openssl/crypto.h>

namespace Switchboard {

namespace {
QLabel *valueLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

SettingsPage::SettingsPage(Language *language, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_settings(settings)
    , m_title(new QLabel(this))
    , m_appearance(new QGroupBox(this))
    , m_languageLabel(new QLabel(m_appearance))
    , m_languageChoice(new QComboBox(m_appearance))
    , m_notifications(new QGroupBox(this))
    , m_notify(new QCheckBox(m_notifications))
    , m_sound(new QCheckBox(m_notifications))
    , m_enterSends(new QCheckBox(m_appearance))
    , m_orders(new QGroupBox(this))
    , m_alarm(new QCheckBox(m_orders))
    , m_volumeLabel(new QLabel(m_orders))
    , m_volume(new QSlider(Qt::Horizontal, m_orders))
    , m_autoPrint(new QCheckBox(m_orders))
    , m_account(new QGroupBox(this))
    , m_accountForm(new QFormLayout)
    , m_relay(valueLabel(m_account))
    , m_user(valueLabel(m_account))
    , m_business(valueLabel(m_account))
    , m_signOut(new QPushButton(m_account))
    , m_about(new QGroupBox(this))
    , m_versions(valueLabel(m_about)) {
    setObjectName(QStringLiteral("SettingsPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_languageChoice->setObjectName(QStringLiteral("language"));
    m_languageLabel->setBuddy(m_languageChoice);
    // Each language names itself, so a person who cannot read the current one finds theirs.
    m_languageChoice->addItem(QString(), QStringLiteral("system"));
    m_languageChoice->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageChoice->addItem(QStringLiteral("עברית"), QStringLiteral("he"));
    const QString stored = m_settings->value(languageKey(), QStringLiteral("system")).toString();
    m_languageChoice->setCurrentIndex(qMax(0, m_languageChoice->findData(stored)));
    connect(m_languageChoice, &QComboBox::activated, this, [this] {
        const QString choice = m_languageChoice->currentData().toString();
        m_settings->setValue(languageKey(), choice);
        m_language->apply(languageFor(choice));
    });
    auto *appearance = new QFormLayout(m_appearance);
    appearance->addRow(m_languageLabel, m_languageChoice);
    m_enterSends->setObjectName(QStringLiteral("enterSends"));
    m_enterSends->setChecked(m_settings->value(enterSendsKey(), true).toBool());
    connect(m_enterSends, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setValue(enterSendsKey(), on);
        Q_EMIT enterSendsChanged(on);
    });
    appearance->addRow(QString(), m_enterSends);

    m_notify->setObjectName(QStringLiteral("notifications"));
    m_sound->setObjectName(QStringLiteral("sound"));
    m_notify->setChecked(m_settings->value(notificationsKey(), true).toBool());
    m_sound->setChecked(m_settings->value(soundKey(), true).toBool());
    connect(m_notify, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setValue(notificationsKey(), on);
        Q_EMIT notificationsChanged(on);
    });
    connect(m_sound, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setValue(soundKey(), on);
        Q_EMIT soundChanged(on);
    });
    auto *notifications = new QVBoxLayout(m_notifications);
    notifications->addWidget(m_notify);
    notifications->addWidget(m_sound);

    m_alarm->setObjectName(QStringLiteral("orderAlarm"));
    m_alarm->setChecked(m_settings->value(orderAlarmKey(), true).toBool());
    connect(m_alarm, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setValue(orderAlarmKey(), on);
        m_volume->setEnabled(on);
        Q_EMIT orderAlarmChanged(on);
    });
    m_volume->setObjectName(QStringLiteral("orderAlarmVolume"));
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(20);
    m_volume->setValue(m_settings->value(orderAlarmVolumeKey(), 80).toInt());
    m_volume->setEnabled(m_alarm->isChecked());
    m_volumeLabel->setBuddy(m_volume);
    connect(m_volume, &QSlider::valueChanged, this, [this](int percent) {
        m_settings->setValue(orderAlarmVolumeKey(), percent);
        m_volume->setAccessibleDescription(tr("%1 %").arg(percent));
        Q_EMIT orderAlarmVolumeChanged(percent);
    });
    m_autoPrint->setObjectName(QStringLiteral("printOnConfirm"));
    m_autoPrint->setChecked(m_settings->value(autoPrintKey(), false).toBool());
    connect(m_autoPrint, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setValue(autoPrintKey(), on);
        Q_EMIT autoPrintChanged(on);
    });
    auto *orders = new QFormLayout(m_orders);
    orders->addRow(QString(), m_alarm);
    orders->addRow(m_volumeLabel, m_volume);
    orders->addRow(QString(), m_autoPrint);

    m_relay->setObjectName(QStringLiteral("relayAddress"));
    m_user->setObjectName(QStringLiteral("signedInUser"));
    m_business->setObjectName(QStringLiteral("signedInBusiness"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    connect(m_signOut, &QPushButton::clicked, this, &SettingsPage::signOutRequested);
    m_account->setLayout(m_accountForm);
    m_accountForm->addRow(QString(), m_relay);
    m_accountForm->addRow(QString(), m_user);
    m_accountForm->addRow(QString(), m_business);
    m_accountForm->addRow(QString(), m_signOut);

    m_versions->setObjectName(QStringLiteral("versions"));
    auto *about = new QVBoxLayout(m_about);
    about->addWidget(m_versions);

    auto *content = new QWidget(this);
    content->setMaximumWidth(720);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(16);
    column->addWidget(m_title);
    column->addWidget(m_appearance);
    column->addWidget(m_notifications);
    column->addWidget(m_orders);
    column->addWidget(m_account);
    column->addWidget(m_about);
    column->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(content, 1);
    layout->addStretch(0);
    retranslate();
}

QString SettingsPage::languageFor(const QString &choice) {
    if (Language::available().contains(choice))
        return choice;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return Language::available().contains(system) ? system : QStringLiteral("en");
}

void SettingsPage::setSession(const QUrl &relay, const QString &username, const QString &business,
                              const QString &role) {
    m_relay->setText(relay.toString());
    m_user->setText(username);
    m_business->setText(business);
    m_role = role;
    retranslate();
}

QString SettingsPage::roleInWords() const {
    if (m_role == QLatin1String("owner"))
        return tr("owner");
    if (m_role == QLatin1String("admin"))
        return tr("admin");
    if (m_role == QLatin1String("staff"))
        return tr("staff");
    return m_role;
}

void SettingsPage::retranslate() {
    m_title->setText(tr("Settings"));
    m_appearance->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Interface language:"));
    m_languageChoice->setItemText(
        0, tr("The system's (%1)").arg(QLocale::system().nativeLanguageName()));
    m_notifications->setTitle(tr("Notifications"));
    m_notify->setText(tr("&Notify me of new customer messages when the window is not in front"));
    m_sound->setText(tr("Play a &sound with notifications"));
    m_enterSends->setText(tr("&Enter sends a message (Shift+Enter starts a new line); when off, "
                             "Ctrl+Enter sends"));
    m_orders->setTitle(tr("Orders"));
    m_alarm->setText(tr("&Ring a bell for each new order until someone acknowledges it"));
    m_volumeLabel->setText(tr("Bell &volume:"));
    m_volume->setAccessibleName(tr("Bell volume"));
    m_volume->setAccessibleDescription(tr("%1 %").arg(m_volume->value()));
    m_autoPrint->setText(tr("&Print the kitchen ticket when an order is confirmed"));
    m_account->setTitle(tr("Account"));
    auto relabel = [this](QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(m_accountForm->labelForField(field)))
            label->setText(text);
    };
    relabel(m_relay, tr("Relay:"));
    relabel(m_user, tr("Signed in as:"));
    relabel(m_business, tr("Business:"));
    // A screen reader reads each value with its caption ("Signed in as: maya").
    m_relay->setAccessibleName(tr("Relay:") + QLatin1Char(' ') + m_relay->text());
    m_user->setAccessibleName(tr("Signed in as:") + QLatin1Char(' ') + m_user->text());
    m_business->setAccessibleName(tr("Business:") + QLatin1Char(' ') + m_business->text());
    if (!m_role.isEmpty())
        m_business->setToolTip(tr("Your role: %1").arg(roleInWords()));
    m_signOut->setText(tr("Sign &out"));
    m_about->setTitle(tr("About Switchboard"));
    m_versions->setText(tr("Switchboard %1, a desktop console for the WhatsApp Business "
                           "Platform.\nQt %2 · %3")
                            .arg(QStringLiteral(SWITCHBOARD_VERSION),
                                 QString::fromLatin1(qVersion()),
                                 QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))));
}

void SettingsPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Switchboard
