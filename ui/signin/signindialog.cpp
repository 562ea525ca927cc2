// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/signindialog.h"

#include "core/sync/relayclient.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {

SignInDialog::SignInDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_relayLabel(new QLabel(this))
    , m_relay(new QLineEdit(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("SignInDialog"));
    setMinimumWidth(460);

    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("background: #fffaeb; color: #7a2e0e; padding: 6px;"));
    m_reason->setVisible(false);
    m_relay->setObjectName(QStringLiteral("relay"));
    m_relay->setPlaceholderText(QStringLiteral("https://relay.example.com"));
    m_relay->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_user->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_relayLabel->setBuddy(m_relay);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_error->setVisible(false);
    m_busy->setRange(0, 0); // indeterminate: the relay answers when it answers
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(m_relayLabel, m_relay);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/switchboard.svg")).pixmap(48, 48));
    logo->setAccessibleName(QStringLiteral("Switchboard"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_heading);
    texts->addWidget(m_intro);
    auto *header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addSpacing(8);
    header->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::retranslate() {
    setWindowTitle(tr("Sign in to Switchboard"));
    m_heading->setText(tr("Sign in to your business"));
    m_intro->setText(tr("Use the relay address, user name and password your administrator gave "
                        "you. Switchboard remembers the address and user; the session is kept "
                        "in your system's keychain."));
    m_relayLabel->setText(tr("&Relay address:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_relay->setAccessibleName(tr("Relay address"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_relay->setToolTip(tr("The address of your business's Switchboard relay, as your "
                           "administrator gave it to you."));
    m_busy->setAccessibleName(tr("Signing in"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void SignInDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::setRelayUrl(const QUrl &relay) {
    m_relay->setText(relay.toString());
}

void SignInDialog::setUsername(const QString &username) {
    m_user->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setReason(const QString &reason) {
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void SignInDialog::signIn(const QString &password) {
    m_password->setText(password);
    submit();
}

QUrl SignInDialog::relayUrlFrom(const QString &typed) {
    const QString trimmed = typed.trimmed();
    QUrl url = QUrl::fromUserInput(trimmed);
    if (!trimmed.contains(QLatin1String("://")))
        url.setScheme(QStringLiteral("http"));
    url = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.path() == QLatin1String("/"))
        url.setPath({});
    return url;
}

bool SignInDialog::isSafeWithoutWarning(const QUrl &url) {
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void SignInDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInDialog::setBusy(bool busy) {
    m_busy->setVisible(busy);
    m_relay->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void SignInDialog::submit() {
    if (m_client)
        return; // one attempt at a time
    const QUrl relay = relayUrlFrom(m_relay->text());
    const QString username = m_user->text().trimmed();
    if (m_relay->text().trimmed().isEmpty() || !relay.isValid() || relay.host().isEmpty() ||
        (relay.scheme() != QLatin1String("http") && relay.scheme() != QLatin1String("https"))) {
        showError(tr("Enter the relay's address, for example https://relay.example.com."));
        m_relay->setFocus();
        return;
    }
    if (username.isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your user name and password."));
        (username.isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    if (!isSafeWithoutWarning(relay) && m_confirmedInsecure != relay) {
        const auto answer = QMessageBox::warning(
            this, tr("Unencrypted connection"),
            tr("%1 is not a secure (https) address. Your password and your customers' messages "
               "would cross the network unencrypted, readable by anyone on the way.\n\nUse it "
               "only on a network you trust. Continue?")
                .arg(relay.toString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        m_confirmedInsecure = relay;
    }

    showError({});
    setBusy(true);
    m_client = new RelayClient(m_network, relay, {}, this);
    m_client->setTimeoutMs(15000);
    RelayReply *reply = m_client->login(username, m_password->text());
    connect(reply, &RelayReply::finished, this,
            [this, reply, relay, username] { onAnswer(reply, relay, username); });
}

void SignInDialog::onAnswer(RelayReply *reply, const QUrl &relay, const QString &username) {
    reply->deleteLater();
    m_client->deleteLater();
    m_client = nullptr;
    setBusy(false);
    if (!reply->ok()) {
        const RelayError &error = reply->error();
        if (error.code == QLatin1String("relay_unreachable"))
            showError(tr("The relay at %1 cannot be reached. Check the address and your network "
                         "connection, then try again.")
                          .arg(relay.toString()));
        else if (error.code == QLatin1String("tls_error"))
            showError(tr("The relay's certificate is not trusted, so the connection was stopped "
                         "(%1). Check the address; if it is right, ask the relay's operator to "
                         "install a valid certificate.")
                          .arg(error.message));
        else if (error.code == QLatin1String("invalid_credentials"))
            showError(tr("The user name or password is wrong. Check them and try again."));
        else if (error.code == QLatin1String("too_many_attempts"))
            showError(tr("Too many failed sign-ins. Wait %n second(s), then try again.", nullptr,
                         qMax(1, error.retryAfterSeconds)));
        else
            showError(tr("The relay refused the sign-in: %1").arg(error.message));
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    const QJsonObject answer = reply->json();
    QList<Business> businesses;
    for (const QJsonValue &value : answer.value(QStringLiteral("tenants")).toArray()) {
        const QJsonObject tenant = value.toObject();
        businesses.append({tenant.value(QStringLiteral("id")).toString(),
                           tenant.value(QStringLiteral("name")).toString(),
                           tenant.value(QStringLiteral("role")).toString()});
    }
    if (businesses.isEmpty()) {
        showError(tr("You are not a member of any business on this relay. Ask your "
                     "administrator to add you."));
        return;
    }
    Q_EMIT signedIn(relay, username, answer.value(QStringLiteral("token")).toString(), businesses);
    accept();
}

} // namespace Switchboard
