// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/connection/connectionpage.h"

#include "core/logging.h"
#include "core/sync/relayclient.h"
#include "ui/pages/connection/businessprofileform.h"
#include "ui/pages/connection/connectionwords.h"
#include "ui/pages/connection/manualconnectionform.h"
#include "ui/pages/connection/registrationpanel.h"
#include "ui/pages/connection/relaycall_p.h"
#include "ui/signup/embeddedsignupdialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

QLabel *heading(const QString &text, qreal scale, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *wrapped(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel *valueLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

//! A form row whose value is a label: the caption is the value's buddy, so a screen reader
//! reads "Quality: High (green)".
void addValueRow(QFormLayout *form, const QString &caption, QLabel *value, QWidget *parent) {
    auto *label = new QLabel(caption, parent);
    label->setBuddy(value);
    value->setProperty("caption", caption);
    form->addRow(label, value);
}

//! Shows `text` in a value label and names it "Caption: text", so a screen reader that lands on
//! the value hears what it is.
void setValue(QLabel *value, const QString &text) {
    value->setText(text);
    const QString caption = value->property("caption").toString();
    value->setAccessibleName(caption.isEmpty() ? text : caption + QLatin1Char(' ') + text);
}

QPixmap dot(const QColor &color, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(pixmap.rect().adjusted(1, 1, -1, -1));
    return pixmap;
}

//! Text that must read left to right (a phone number, a date) kept whole inside a right-to-left
//! line: without the isolation marks "+1 555-010-0042" shows as "555-010-0042 1+".
QString leftToRight(const QString &text) {
    return QChar(0x2066) + text + QChar(0x2069);
}

QString askAnAdmin() {
    return ConnectionPage::tr("Ask an admin of your business to connect WhatsApp.");
}

} // namespace

ConnectionPage::ConnectionPage(RelayClient *client, QString tenantId, bool canAdminister,
                               QString language, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_tenantId(std::move(tenantId))
    , m_canAdminister(canAdminister)
    , m_language(std::move(language))
    , m_status(valueLabel(QStringLiteral("connectionStatus"), this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(tr("Waiting for the relay…"), this)) {
    setObjectName(QStringLiteral("connectionPage"));
    m_confirm = [this](const QString &question, const QString &detail) {
        QMessageBox box(QMessageBox::Warning, tr("Disconnect WhatsApp"), question,
                        QMessageBox::Cancel, this);
        box.setInformativeText(detail);
        QPushButton *go = box.addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == go;
    };

    auto *title = heading(tr("WhatsApp connection"), 1.5, this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_progressLabel);
    header->addWidget(m_progress);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setSpacing(14);
    column->addWidget(m_status);
    column->addWidget(buildReconnectBanner());
    column->addWidget(buildEmptyState());

    m_registration = new QGroupBox(tr("Register the number"), content);
    m_registration->setObjectName(QStringLiteral("registration"));
    auto *registration = new QVBoxLayout(m_registration);
    m_pendingStep = valueLabel(QStringLiteral("pendingStep"), m_registration);
    registration->addWidget(m_pendingStep);
    m_registrationPanel = new RegistrationPanel(m_client, m_tenantId, m_language, m_registration);
    m_registrationPanel->setEnabledForUser(m_canAdminister);
    registration->addWidget(m_registrationPanel);
    if (!m_canAdminister)
        registration->addWidget(wrapped(tr("An admin of your business has to finish "
                                           "registering the number."),
                                        m_registration));
    column->addWidget(m_registration);
    column->addWidget(buildDetails());
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);

    connect(m_registrationPanel, &RegistrationPanel::busyChanged, this, &ConnectionPage::setBusy);
    connect(m_registrationPanel, &RegistrationPanel::connectionChanged, this,
            [this](const QJsonObject &connection) {
                setConnection(connection);
                loadHistory();
            });
    connect(m_profile, &BusinessProfileForm::busyChanged, this, &ConnectionPage::setBusy);
    setConnection({});
    alignTexts();
}

QWidget *ConnectionPage::buildReconnectBanner() {
    m_reconnectBanner = new QFrame(this);
    m_reconnectBanner->setObjectName(QStringLiteral("reconnectBanner"));
    m_reconnectBanner->setFrameShape(QFrame::StyledPanel);
    m_reconnectBanner->setAutoFillBackground(true);
    QPalette palette = m_reconnectBanner->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    palette.setColor(QPalette::WindowText, QColor(0x5f, 0x0e, 0x08));
    m_reconnectBanner->setPalette(palette);
    auto *layout = new QVBoxLayout(m_reconnectBanner);
    layout->addWidget(heading(tr("WhatsApp needs to be reconnected"), 1.2, m_reconnectBanner));
    layout->addWidget(wrapped(tr("Messages do not arrive and cannot be sent until it is "
                                 "reconnected."),
                              m_reconnectBanner));
    m_reconnectReason = valueLabel(QStringLiteral("reconnectReason"), m_reconnectBanner);
    layout->addWidget(m_reconnectReason);
    if (m_canAdminister) {
        auto *reconnect = new QPushButton(tr("Reconnect WhatsApp"), m_reconnectBanner);
        reconnect->setObjectName(QStringLiteral("bannerReconnect"));
        connect(reconnect, &QPushButton::clicked, this, &ConnectionPage::openSignup);
        layout->addWidget(reconnect, 0, Qt::AlignLeading);
    } else {
        layout->addWidget(
            wrapped(tr("Ask an admin of your business to reconnect WhatsApp."), m_reconnectBanner));
    }
    return m_reconnectBanner;
}

QWidget *ConnectionPage::buildEmptyState() {
    m_emptyState = new QWidget(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(m_emptyState);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Connect your WhatsApp number"), 1.25, m_emptyState));
    layout->addWidget(wrapped(
        tr("Connecting brings your customers' WhatsApp messages into Switchboard: everyone on "
           "your team sees them, replies from here, and customers get order updates on "
           "WhatsApp. You sign in with Facebook, choose or create your business's WhatsApp "
           "account and confirm your number; Meta checks the number with a code."),
        m_emptyState));
    m_emptyReason = valueLabel(QStringLiteral("disconnectReason"), m_emptyState);
    layout->addWidget(m_emptyReason);
    if (!m_canAdminister) {
        auto *ask = wrapped(askAnAdmin(), m_emptyState);
        ask->setObjectName(QStringLiteral("askAnAdmin"));
        QFont font = ask->font();
        font.setBold(true);
        ask->setFont(font);
        layout->addWidget(ask);
        return m_emptyState;
    }
    m_connect = new QPushButton(tr("Connect WhatsApp"), m_emptyState);
    m_connect->setObjectName(QStringLiteral("connectWhatsApp"));
    m_connect->setDefault(true);
    m_manualToggle = new QPushButton(tr("Connect manually"), m_emptyState);
    m_manualToggle->setObjectName(QStringLiteral("connectManually"));
    m_manualToggle->setCheckable(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_manualToggle);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_manualForm = new ManualConnectionForm(m_client, m_tenantId, m_emptyState);
    m_manualForm->setVisible(false);
    layout->addWidget(m_manualForm);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionPage::openSignup);
    connect(m_manualToggle, &QPushButton::toggled, m_manualForm, &QWidget::setVisible);
    connect(m_manualForm, &ManualConnectionForm::busyChanged, this, &ConnectionPage::setBusy);
    connect(m_manualForm, &ManualConnectionForm::connected, this,
            [this](const QJsonObject &connection) {
                m_manualToggle->setChecked(false);
                setConnection(connection);
                loadHistory();
            });
    return m_emptyState;
}

QWidget *ConnectionPage::buildDetails() {
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("details"));
    auto *layout = new QVBoxLayout(m_details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);

    auto *numberBox = new QGroupBox(tr("Number"), m_details);
    auto *numberForm = new QFormLayout(numberBox);
    numberForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_numberChoice = new QComboBox(numberBox);
    m_numberChoice->setObjectName(QStringLiteral("numberChoice"));
    m_numberChoiceLabel = new QLabel(tr("&Show number:"), numberBox);
    m_numberChoiceLabel->setBuddy(m_numberChoice);
    numberForm->addRow(m_numberChoiceLabel, m_numberChoice);
    m_displayNumber = valueLabel(QStringLiteral("displayNumber"), numberBox);
    addValueRow(numberForm, tr("Phone number:"), m_displayNumber, numberBox);
    m_verifiedName = valueLabel(QStringLiteral("verifiedName"), numberBox);
    addValueRow(numberForm, tr("Name customers see:"), m_verifiedName, numberBox);
    m_nameReview = valueLabel(QStringLiteral("nameReview"), numberBox);
    addValueRow(numberForm, tr("Name review:"), m_nameReview, numberBox);
    m_qualityDot = new QLabel(numberBox);
    m_quality = valueLabel(QStringLiteral("quality"), numberBox);
    auto *qualityRow = new QHBoxLayout;
    qualityRow->addWidget(m_qualityDot);
    qualityRow->addWidget(m_quality, 1);
    auto *qualityCaption = new QLabel(tr("Quality:"), numberBox);
    qualityCaption->setBuddy(m_quality);
    m_quality->setProperty("caption", qualityCaption->text());
    numberForm->addRow(qualityCaption, qualityRow);
    m_tier = valueLabel(QStringLiteral("messagingLimit"), numberBox);
    addValueRow(numberForm, tr("Messaging limit:"), m_tier, numberBox);
    m_numberStatus = valueLabel(QStringLiteral("numberStatus"), numberBox);
    addValueRow(numberForm, tr("Number status:"), m_numberStatus, numberBox);
    layout->addWidget(numberBox);
    connect(m_numberChoice, &QComboBox::currentIndexChanged, this, [this] { showNumber(); });

    auto *historyBox = new QGroupBox(tr("Changes of quality, limit and status"), m_details);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new QTableWidget(0, 5, historyBox);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("Changes of quality, limit and status"));
    m_history->setHorizontalHeaderLabels(
        {tr("When"), tr("Number"), tr("What changed"), tr("From"), tr("To")});
    m_history->verticalHeader()->setVisible(false);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyEmpty = wrapped(tr("No changes yet: Meta has not changed this number's quality, "
                                "limit or status since it was connected."),
                             historyBox);
    m_historyEmpty->setObjectName(QStringLiteral("historyEmpty"));
    historyLayout->addWidget(m_historyEmpty);
    historyLayout->addWidget(m_history);
    layout->addWidget(historyBox);

    auto *profileBox = new QGroupBox(tr("Business profile"), m_details);
    auto *profileLayout = new QVBoxLayout(profileBox);
    m_profile = new BusinessProfileForm(m_client, m_tenantId, m_canAdminister, profileBox);
    profileLayout->addWidget(m_profile);
    layout->addWidget(profileBox);

    auto *actionsBox = new QGroupBox(tr("Actions"), m_details);
    auto *actions = new QVBoxLayout(actionsBox);
    m_testMessage = new QWidget(actionsBox);
    auto *testRow = new QHBoxLayout(m_testMessage);
    testRow->setContentsMargins(0, 0, 0, 0);
    m_testRecipient = new QLineEdit(m_testMessage);
    m_testRecipient->setObjectName(QStringLiteral("testRecipient"));
    m_testRecipient->setPlaceholderText(tr("Country code and number, e.g. 972501234567"));
    auto *recipientLabel = new QLabel(tr("Test message &to:"), m_testMessage);
    recipientLabel->setBuddy(m_testRecipient);
    m_sendTest = new QPushButton(tr("Send a test message"), m_testMessage);
    m_sendTest->setObjectName(QStringLiteral("sendTest"));
    testRow->addWidget(recipientLabel);
    testRow->addWidget(m_testRecipient, 1);
    testRow->addWidget(m_sendTest);
    actions->addWidget(m_testMessage);
    m_testOutcome = valueLabel(QStringLiteral("testOutcome"), actionsBox);
    m_testOutcome->setVisible(false);
    actions->addWidget(m_testOutcome);
    connect(m_sendTest, &QPushButton::clicked, this, &ConnectionPage::sendTestMessage);
    connect(m_testRecipient, &QLineEdit::returnPressed, this, &ConnectionPage::sendTestMessage);
    if (m_canAdminister) {
        m_reconnect = new QPushButton(tr("Reconnect"), actionsBox);
        m_reconnect->setObjectName(QStringLiteral("reconnect"));
        m_reconnect->setToolTip(tr("Sign in with Meta again, for a new token or another number"));
        m_disconnect = new QPushButton(tr("Disconnect"), actionsBox);
        m_disconnect->setObjectName(QStringLiteral("disconnect"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_reconnect);
        row->addWidget(m_disconnect);
        row->addStretch(1);
        actions->addLayout(row);
        connect(m_reconnect, &QPushButton::clicked, this, &ConnectionPage::openSignup);
        connect(m_disconnect, &QPushButton::clicked, this, &ConnectionPage::disconnectNumber);
    } else {
        actions->addWidget(
            wrapped(tr("Owners and admins can reconnect or disconnect WhatsApp."), actionsBox));
    }
    m_actionOutcome = valueLabel(QStringLiteral("actionOutcome"), actionsBox);
    m_actionOutcome->setVisible(false);
    actions->addWidget(m_actionOutcome);
    layout->addWidget(actionsBox);
    return m_details;
}

void ConnectionPage::setBusy(bool busy) {
    const bool was = isBusy();
    m_busy = qMax(0, m_busy + (busy ? 1 : -1));
    const bool now = isBusy();
    m_progress->setVisible(now);
    m_progressLabel->setVisible(now);
    for (QPushButton *button : {m_connect, m_manualToggle, m_reconnect, m_disconnect, m_sendTest})
        if (button)
            button->setEnabled(!now);
    if (was != now)
        Q_EMIT busyChanged(now);
}

void ConnectionPage::setConnection(const QJsonObject &connection) {
    m_connection = connection;
    QString status = connection.value(QLatin1String("status")).toString();
    if (status.isEmpty())
        status = QStringLiteral("not_connected");
    const QString reason = connection.value(QLatin1String("reason")).toString();
    const QJsonArray numbers = connection.value(QLatin1String("numbers")).toArray();
    const bool connected = status == QLatin1String("connected");
    const bool pending = status == QLatin1String("pending");
    const bool reconnect = status == QLatin1String("needs_reconnect");

    m_status->setText(tr("Status: %1").arg(ConnectionWords::connectionStatus(status)));
    m_emptyState->setVisible(status == QLatin1String("not_connected") ||
                             status == QLatin1String("disconnected"));
    m_emptyReason->setText(status == QLatin1String("disconnected") && !reason.isEmpty()
                               ? tr("It was disconnected: %1").arg(reason)
                               : QString());
    m_emptyReason->setVisible(!m_emptyReason->text().isEmpty());
    m_reconnectBanner->setVisible(reconnect);
    m_reconnectReason->setText(reason.isEmpty() ? tr("Meta gave no reason.")
                                                : tr("Reason: %1").arg(reason));

    // The first number that still has to be registered, while signing up or connected.
    QJsonObject toRegister;
    for (const QJsonValue &value : numbers)
        if (needsRegistration(value.toObject().value(QLatin1String("status")).toString())) {
            toRegister = value.toObject();
            break;
        }
    const QString step = connection.value(QLatin1String("step")).toString();
    m_registration->setVisible((pending || connected) &&
                               (!toRegister.isEmpty() || (pending && !step.isEmpty())));
    m_registrationPanel->setVisible(!toRegister.isEmpty());
    m_pendingStep->setText(toRegister.isEmpty() ? ConnectionWords::step(step)
                                                : tr("Meta needs the number confirmed before "
                                                     "it can send and receive messages."));
    if (!toRegister.isEmpty())
        m_registrationPanel->setNumber(
            toRegister.value(QLatin1String("id")).toString(),
            toRegister.value(QLatin1String("display_phone_number")).toString(), step);

    const QString chosen = m_numberChoice->currentData().toString();
    {
        const QSignalBlocker blocker(m_numberChoice);
        m_numberChoice->clear();
        for (const QJsonValue &value : numbers) {
            const QJsonObject number = value.toObject();
            const QString display = number.value(QLatin1String("display_phone_number")).toString();
            const QString id = number.value(QLatin1String("id")).toString();
            m_numberChoice->addItem(display.isEmpty() ? id : display, id);
        }
        const int index = m_numberChoice->findData(chosen);
        m_numberChoice->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_numberChoice->setVisible(numbers.size() > 1);
    m_numberChoiceLabel->setVisible(numbers.size() > 1);
    m_details->setVisible((connected || reconnect || pending) && !numbers.isEmpty());
    m_testMessage->setEnabled(connected);
    showNumber();
}

QJsonObject ConnectionPage::selectedNumber() const {
    const QString id = m_numberChoice->currentData().toString();
    for (const QJsonValue &value : m_connection.value(QLatin1String("numbers")).toArray())
        if (value.toObject().value(QLatin1String("id")).toString() == id)
            return value.toObject();
    return {};
}

void ConnectionPage::showNumber() {
    const QJsonObject number = selectedNumber();
    if (number.isEmpty())
        return;
    const auto text = [&number](const char *name) {
        return number.value(QLatin1String(name)).toString();
    };
    setValue(m_displayNumber, text("display_phone_number").isEmpty()
                                  ? tr("Not known yet (number ID %1)").arg(text("id"))
                                  : leftToRight(text("display_phone_number")));
    setValue(m_verifiedName, text("verified_name").isEmpty()
                                 ? tr("Meta has not reported a verified name yet.")
                                 : text("verified_name"));
    const QString review = ConnectionWords::nameStatus(text("name_status"));
    setValue(m_nameReview,
             review.isEmpty() ? tr("Meta has not reported the review of this name yet.") : review);
    const QString rating = text("quality_rating");
    setValue(m_quality,
             tr("%1 (%2). %3")
                 .arg(ConnectionWords::quality(rating), ConnectionWords::qualityColorName(rating),
                      ConnectionWords::qualityAdvice(rating)));
    const int size = m_quality->fontMetrics().height();
    m_qualityDot->setPixmap(dot(ConnectionWords::qualityColor(rating), size));
    m_qualityDot->setAccessibleName(
        tr("Quality colour: %1").arg(ConnectionWords::qualityColorName(rating)));
    setValue(m_tier, ConnectionWords::tier(text("messaging_limit_tier")));
    setValue(m_numberStatus, ConnectionWords::numberStatus(text("status")));

    const QString id = text("id");
    if (id != m_profileNumber && m_details->isVisibleTo(this)) {
        m_profileNumber = id;
        m_profile->load(id);
    }
}

void ConnectionPage::refresh() {
    setBusy(true);
    whenAnswered(m_client->connection(m_tenantId), this, [this](const RelayReply &answer) {
        setBusy(false);
        if (!answer.ok()) {
            m_status->setText(tr("The connection could not be read: %1")
                                  .arg(ConnectionWords::error(answer.error())));
            Q_EMIT refreshed();
            return;
        }
        m_profileNumber.clear(); // read the profile again too
        setConnection(answer.json());
        loadHistory();
        Q_EMIT refreshed();
    });
}

void ConnectionPage::loadHistory() {
    const QString status = m_connection.value(QLatin1String("status")).toString();
    if (status != QLatin1String("connected") && status != QLatin1String("needs_reconnect") &&
        status != QLatin1String("pending"))
        return;
    setBusy(true);
    whenAnswered(m_client->get(tenantPath(m_tenantId, QStringLiteral("/connection/history"))), this,
                 [this](const RelayReply &answer) {
                     setBusy(false);
                     if (!answer.ok()) {
                         m_historyEmpty->setText(tr("The history could not be read: %1")
                                                     .arg(ConnectionWords::error(answer.error())));
                         m_historyEmpty->setVisible(true);
                         m_history->setVisible(false);
                     } else {
                         showHistory(answer.json().value(QLatin1String("changes")).toArray());
                     }
                     Q_EMIT historyShown();
                 });
}

QString ConnectionPage::numberLabel(const QString &phoneNumberId) const {
    for (const QJsonValue &value : m_connection.value(QLatin1String("numbers")).toArray()) {
        const QJsonObject number = value.toObject();
        if (number.value(QLatin1String("id")).toString() == phoneNumberId) {
            const QString display = number.value(QLatin1String("display_phone_number")).toString();
            return display.isEmpty() ? phoneNumberId : display;
        }
    }
    return phoneNumberId;
}

void ConnectionPage::showHistory(const QJsonArray &changes) {
    m_history->setRowCount(0);
    m_history->setRowCount(int(changes.size()));
    const QLocale locale;
    for (int row = 0; row < changes.size(); ++row) {
        const QJsonObject change = changes.at(row).toObject();
        const QString field = change.value(QLatin1String("field")).toString();
        const QDateTime at =
            QDateTime::fromString(change.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
        const QStringList cells{
            leftToRight(at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat)
                                     : change.value(QLatin1String("at")).toString()),
            leftToRight(numberLabel(change.value(QLatin1String("phone_number_id")).toString())),
            ConnectionWords::historyField(field),
            ConnectionWords::historyValue(field, change.value(QLatin1String("from")).toString()),
            ConnectionWords::historyValue(field, change.value(QLatin1String("to")).toString())};
        for (int column = 0; column < cells.size(); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_historyEmpty->setText(tr("No changes yet: Meta has not changed this number's quality, "
                               "limit or status since it was connected."));
    m_historyEmpty->setVisible(changes.isEmpty());
    m_history->setVisible(!changes.isEmpty());
    // As tall as its rows (up to eight, then it scrolls): no empty box under one change.
    m_history->resizeRowsToContents();
    int height = m_history->horizontalHeader()->height() + 2 * m_history->frameWidth();
    for (int row = 0; row < qMin(m_history->rowCount(), 8); ++row)
        height += m_history->rowHeight(row);
    m_history->setFixedHeight(height);
}

void ConnectionPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LayoutDirectionChange)
        alignTexts();
    QWidget::changeEvent(event);
}

void ConnectionPage::alignTexts() {
    // A QLabel aligns its text by the text's own direction, so English, digits and names sat
    // at the far side of a right-to-left page; the page's direction decides instead.
    const Qt::Alignment leading =
        QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading) | Qt::AlignAbsolute;
    for (QLabel *label : findChildren<QLabel *>()) {
        const Qt::Alignment current = label->alignment();
        if (current & Qt::AlignHCenter)
            continue;
        if (label->buddy() && qobject_cast<QFormLayout *>(label->parentWidget()->layout()))
            continue; // a form's caption: the form aligns it
        label->setAlignment(leading | (current & Qt::AlignVertical_Mask));
    }
}

void ConnectionPage::openSignup() {
    auto *dialog = new EmbeddedSignupDialog(m_client, m_tenantId, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EmbeddedSignupDialog::connected, this, [this](const QJsonObject &connection) {
        setConnection(connection);
        refresh();
    });
    dialog->open();
}

void ConnectionPage::disconnectNumber() {
    const QString question = tr("Disconnect WhatsApp from Switchboard?");
    const QString detail =
        tr("Customers' messages stop arriving here and nobody can send WhatsApp messages or "
           "order updates from Switchboard until an admin connects the number again. Meta "
           "keeps the number and its history.");
    if (!m_confirm || !m_confirm(question, detail))
        return;
    setBusy(true);
    m_actionOutcome->setVisible(false);
    whenAnswered(
        m_client->post(tenantPath(m_tenantId, QStringLiteral("/connection/disconnect")), {}), this,
        [this](const RelayReply &answer) {
            setBusy(false);
            if (!answer.ok()) {
                m_actionOutcome->setText(
                    tr("Not disconnected: %1").arg(ConnectionWords::error(answer.error())));
                m_actionOutcome->setVisible(true);
                return;
            }
            qCInfo(Log::console) << "tenant" << m_tenantId << "disconnected WhatsApp";
            setConnection(answer.json());
        });
}

void ConnectionPage::sendTestMessage() {
    const QString to = m_testRecipient->text().remove(QRegularExpression(QStringLiteral("\\D")));
    m_testOutcome->setVisible(true);
    if (to.size() < 8) {
        m_testOutcome->setText(tr("Enter the number with its country code, e.g. 972501234567."));
        return;
    }
    setBusy(true);
    m_testOutcome->setText(tr("Sending…"));
    const QJsonObject body{
        {QStringLiteral("to"), to},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"),
         QJsonObject{{QStringLiteral("body"),
                      tr("This is a test message from Switchboard: WhatsApp is connected.")}}}};
    whenAnswered(m_client->post(tenantPath(m_tenantId, QStringLiteral("/messages")), body,
                                QUuid::createUuid().toByteArray(QUuid::WithoutBraces)),
                 this, [this, to](const RelayReply &answer) {
                     setBusy(false);
                     if (!answer.ok()) {
                         m_testOutcome->setText(
                             tr("Not sent: %1").arg(ConnectionWords::error(answer.error())));
                         return;
                     }
                     m_testOutcome->setText(
                         tr("Sent to %1. Its ticks appear in Conversations.").arg(to));
                 });
}

} // namespace Switchboard
