// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signup/embeddedsignupdialog.h"

#include "core/logging.h"
#include "core/sync/relayclient.h"
#include "ui/signup/signupbridge_p.h"
#include "ui/signup/signuppopup_p.h"
#include "ui/signup/signupwebpage_p.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace Switchboard {

namespace {

// Not a step of the page: the dialog's own, when window.open reached createWindow().
const QString popupOpenStep = QStringLiteral("popup_open");

QString percentEncoded(const QString &value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

EmbeddedSignupDialog::EmbeddedSignupDialog(RelayClient *client, QString tenantId, QString language,
                                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_tenantId(std::move(tenantId))
    , m_language(language == QLatin1String("he") ? QStringLiteral("he") : QStringLiteral("en"))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_placeholder(new QLabel(this))
    , m_progress(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_acceptTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("EmbeddedSignupDialog"));
    setWindowTitle(tr("Connect a WhatsApp number"));
    setAccessibleName(tr("Connect a WhatsApp number"));
    resize(720, 680);

    m_status->setObjectName(QStringLiteral("signupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Signup status"));
    m_busy->setObjectName(QStringLiteral("signupBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Working"));
    m_retry->setObjectName(QStringLiteral("signupRetry"));
    m_retry->setAccessibleName(tr("Retry the signup"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &EmbeddedSignupDialog::retry);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setAccessibleName(tr("Signup page"));
    m_placeholder->setText(tr("Meta's signup page appears here once the relay is ready."));
    m_placeholder->setWordWrap(true);
    m_webArea = new QVBoxLayout;
    m_webArea->setContentsMargins(0, 0, 0, 0);
    m_webArea->addWidget(m_placeholder);

    auto *progressLabel = new QLabel(tr("&Progress"), this);
    progressLabel->setBuddy(m_progress);
    m_progress->setObjectName(QStringLiteral("signupProgress"));
    m_progress->setAccessibleName(tr("Signup progress"));
    m_progress->setMaximumHeight(m_progress->fontMetrics().height() * 7);
    m_progress->setWordWrap(true);
    m_progress->setSelectionMode(QAbstractItemView::NoSelection);

    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the signup"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addLayout(m_webArea, 1);
    layout->addWidget(progressLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    m_acceptTimer->setSingleShot(true);
    m_acceptTimer->setInterval(1200);
    connect(m_acceptTimer, &QTimer::timeout, this, &QDialog::accept);

    start();
}

EmbeddedSignupDialog::~EmbeddedSignupDialog() {
    delete m_startReply;
    // WebEngine wants every page gone before its profile.
    for (const QPointer<SignupPopup> &popup : std::as_const(m_closingPopups))
        delete popup;
    delete m_popup;
    delete m_view;
    delete m_page;
    delete m_profile;
}

QJsonObject EmbeddedSignupDialog::connection() const {
    return m_connection;
}

void EmbeddedSignupDialog::setAcceptDelayMs(int ms) {
    m_acceptTimer->setInterval(ms);
}

QWebEnginePage *EmbeddedSignupDialog::page() const {
    return m_page;
}

QWidget *EmbeddedSignupDialog::popupWindow() const {
    return m_popup;
}

QWebEnginePage *EmbeddedSignupDialog::popupPage() const {
    return m_popup ? m_popup->page() : nullptr;
}

QStringList EmbeddedSignupDialog::progress() const {
    QStringList lines;
    for (int row = 0; row < m_progress->count(); ++row)
        lines << m_progress->item(row)->text();
    return lines;
}

QString EmbeddedSignupDialog::statusText() const {
    return m_status->text();
}

bool EmbeddedSignupDialog::isRetryOffered() const {
    return !m_retry->isHidden();
}

void EmbeddedSignupDialog::retry() {
    closePopup();
    start();
}

void EmbeddedSignupDialog::done(int result) {
    m_acceptTimer->stop();
    closePopup();
    delete m_startReply;
    QDialog::done(result);
}

void EmbeddedSignupDialog::start() {
    delete m_startReply;
    m_finished = false;
    m_lastStep.clear();
    showBusy(tr("Starting…"));
    m_startReply =
        m_client->post(QStringLiteral("/tenants/%1/signup/start").arg(m_tenantId), QJsonObject{});
    connect(m_startReply, &RelayReply::finished, this, &EmbeddedSignupDialog::onStarted);
}

void EmbeddedSignupDialog::onStarted() {
    RelayReply *reply = m_startReply;
    if (!reply)
        return;
    reply->deleteLater();
    m_startReply = nullptr;
    if (!reply->ok()) {
        const RelayError &error = reply->error();
        qCInfo(Log::uiSignup) << "signup/start failed:" << error.httpStatus << error.code;
        showProblem(error.httpStatus == 403
                        ? tr("You cannot connect a number for this business: %1 Ask an owner or "
                             "an admin.")
                              .arg(error.message)
                        : tr("The signup could not start: %1").arg(error.message));
        return;
    }
    loadPage(reply->json());
}

void EmbeddedSignupDialog::loadPage(const QJsonObject &start) {
    const QString state = start.value(QStringLiteral("state")).toString();
    if (state.isEmpty()) {
        showProblem(tr("The relay did not start the signup (its answer has no state)."));
        return;
    }
    m_secrets = {m_client->token(), state};
    ensureWebView();
    m_page->setSecrets(m_secrets);

    QUrl url = m_client->baseUrl();
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/signup"));
    url.setQuery(QString());
    // The page reads these with URLSearchParams: every value fully percent-encoded ('+' too).
    url.setFragment(QStringLiteral("tenant=%1&state=%2&token=%3&lang=%4")
                        .arg(percentEncoded(m_tenantId), percentEncoded(state),
                             percentEncoded(m_client->token()), m_language),
                    QUrl::StrictMode);
    showBusy(tr("Loading Meta's signup…"));
    qCInfo(Log::uiSignup) << "loading the signup page of tenant" << m_tenantId;
    m_page->load(url);
}

void EmbeddedSignupDialog::ensureWebView() {
    if (m_page)
        return;
    // No storage name: off the record, nothing of the session is written to disk.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);

    m_page = new SignupWebPage(m_profile, m_secrets, this);
    m_page->setWindowFactory([this] { return openPopup(); });
    m_bridge = new SignupBridge(this);
    connect(m_bridge, &SignupBridge::reported, this, &EmbeddedSignupDialog::onStep);
    auto *channel = new QWebChannel(m_page);
    channel->registerObject(QStringLiteral("signup"), m_bridge);
    m_page->setWebChannel(channel);

    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (ok)
            return; // the page reports "ready" once Meta's SDK is loaded
        showProblem(tr("The relay's signup page could not be loaded. Check the connection to "
                       "the relay and try again."));
    });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int) {
                if (status == QWebEnginePage::NormalTerminationStatus)
                    return;
                closePopup();
                showProblem(tr("The signup page stopped unexpectedly. Try again."));
            });

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("signupView"));
    m_view->setAccessibleName(tr("Signup page"));
    m_view->setPage(m_page);
    m_webArea->replaceWidget(m_placeholder, m_view);
    m_placeholder->hide();
}

QWebEnginePage *EmbeddedSignupDialog::openPopup() {
    closePopup();
    auto *popup = new SignupPopup(m_profile, m_secrets, this);
    m_popup = popup;
    connect(popup, &SignupPopup::closedByPerson, this, [this] {
        if (m_finished || m_lastStep == QLatin1String("completing"))
            return;
        m_lastStep = QStringLiteral("cancelled");
        addProgress(
            tr("Cancelled: %1").arg(tr("Meta's window was closed before the signup was finished")));
        showStatus(tr("Press “Continue with Facebook” to try again."));
    });
    // Cascade from the dialog; the window manager keeps it on the screen.
    popup->move(frameGeometry().topLeft() + QPoint(48, 48));
    popup->show();
    m_lastStep = popupOpenStep;
    addProgress(describe(popupOpenStep, {}));
    showStatus(tr("Continue in Meta's window."));
    Q_EMIT popupOpened();
    return popup->page();
}

void EmbeddedSignupDialog::closePopup() {
    m_closingPopups.removeAll(nullptr);
    if (m_popup) {
        m_closingPopups << m_popup;
        m_popup->closeQuietly(); // deletes itself later
    }
    m_popup = nullptr;
}

void EmbeddedSignupDialog::onStep(const QString &step, const QJsonObject &detail) {
    if (m_finished)
        return;
    // A cancel in Meta's window arrives twice: its CANCEL event, then FB.login's empty answer.
    const bool repeated = step == QLatin1String("cancelled") && m_lastStep == step;
    m_lastStep = step;
    Q_EMIT stepReported(step, detail);
    if (!repeated)
        addProgress(describe(step, detail));

    if (step == QLatin1String("ready")) {
        showStatus(tr("Press “Continue with Facebook” to open Meta's window."));
    } else if (step == QLatin1String("completing")) {
        showBusy(tr("Connecting your number…"));
    } else if (step == QLatin1String("connected")) {
        m_finished = true;
        m_connection = detail;
        showStatus(tr("Connected."));
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
        closePopup();
        Q_EMIT connected(detail);
        m_acceptTimer->start();
    } else if (step == QLatin1String("cancelled") || step == QLatin1String("error")) {
        showStatus(tr("Press “Continue with Facebook” to try again."));
    } else if (step == QLatin1String("failed")) {
        closePopup();
        showProblem(describe(step, detail));
    }
}

QString EmbeddedSignupDialog::describe(const QString &step, const QJsonObject &detail) const {
    const QString message = detail.value(QStringLiteral("message")).toString();
    const QString metaMessage = detail.value(QStringLiteral("error_message")).toString();
    if (step == QLatin1String("ready"))
        return tr("Ready: press “Continue with Facebook”");
    if (step == QLatin1String("launched"))
        return tr("Waiting for Meta's window");
    if (step == popupOpenStep)
        return tr("Meta's window is open");
    if (step == QLatin1String("code_received"))
        return tr("Code received");
    if (step == QLatin1String("finished"))
        return tr("Account and number chosen in Meta's window");
    if (step == QLatin1String("completing"))
        return tr("Exchanging the code and connecting your number…");
    if (step == QLatin1String("connected")) {
        const QString number = detail.value(QStringLiteral("numbers"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("display_phone_number"))
                                   .toString();
        // Isolated left to right: in Hebrew "+1 555-010-0042" would read "555-010-0042 1+".
        return number.isEmpty() ? tr("Connected")
                                : tr("Connected: %1").arg(QChar(0x2066) + number + QChar(0x2069));
    }
    if (step == QLatin1String("cancelled")) {
        QString reason = metaMessage;
        const QString where = detail.value(QStringLiteral("current_step")).toString();
        if (reason.isEmpty() && !where.isEmpty())
            reason = tr("stopped at “%1” in Meta's window")
                         .arg(where.toLower().replace(QLatin1Char('_'), QLatin1Char(' ')));
        if (reason.isEmpty())
            reason = tr("Meta's window was closed before the signup was finished");
        return tr("Cancelled: %1").arg(reason);
    }
    if (step == QLatin1String("error"))
        return tr("Meta reported an error: %1")
            .arg(metaMessage.isEmpty() ? tr("no details given") : metaMessage);
    if (step == QLatin1String("failed")) {
        const QString code = detail.value(QStringLiteral("code")).toString();
        if (code == QLatin1String("network"))
            return tr("Failed: %1").arg(m_client->unreachableMessage());
        if (code == QLatin1String("sdk_unavailable"))
            return tr("Failed: Meta's sign-in could not be loaded. Check the network and try "
                      "again.");
        return tr("Failed: %1").arg(message.isEmpty() ? tr("the relay gave no reason") : message);
    }
    return tr("Step “%1”").arg(step);
}

void EmbeddedSignupDialog::addProgress(const QString &text) {
    auto *item = new QListWidgetItem(text, m_progress);
    item->setFlags(Qt::ItemIsEnabled);
    m_progress->scrollToItem(item);
}

void EmbeddedSignupDialog::showBusy(const QString &text) {
    m_busy->show();
    m_retry->hide();
    m_status->setText(text);
    m_status->setStyleSheet(QString());
}

void EmbeddedSignupDialog::showProblem(const QString &text) {
    m_busy->hide();
    m_retry->show();
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("color: #b42318;"));
}

void EmbeddedSignupDialog::showStatus(const QString &text) {
    m_busy->hide();
    m_retry->hide();
    m_status->setText(text);
    m_status->setStyleSheet(QString());
}

} // namespace Switchboard
