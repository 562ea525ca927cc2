// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console.h"

#include "core/logging.h"
#include "core/session/workspace.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/pages/analytics/analyticspage.h"
#include "ui/pages/connection/connectionpage.h"
#include "ui/pages/conversations/composer.h"
#include "ui/pages/conversations/conversationspage.h"
#include "ui/pages/conversations/templatepickerdialog.h"
#include "ui/pages/customers/customerspage.h"
#include "ui/pages/menu/menupage.h"
#include "ui/pages/orders/orderspage.h"
#include "ui/pages/settings/settingspage.h"
#include "ui/shell/customeralerts.h"
#include "ui/shell/desktopnotifier.h"
#include "ui/shell/neworderalarm.h"
#include "ui/shell/traypresence.h"
#include "ui/signin/signindialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace Switchboard {

Console::Console(Language *language, QSettings *settings, QNetworkAccessManager *network,
                 QString dataDirectory, QString keychainService, QObject *parent)
    : QObject(parent)
    , m_language(language)
    , m_settings(settings)
    , m_network(network)
    , m_dataDirectory(std::move(dataDirectory))
    , m_store(std::make_unique<SessionStore>(settings, std::move(keychainService)))
    , m_window(std::make_unique<MainWindow>(language, settings))
    , m_tray(new TrayPresence(this))
    , m_notifier(new DesktopNotifier(this))
    , m_alerts(new CustomerAlerts(m_window.get(), m_tray, m_notifier, this))
    , m_orderAlarm(new NewOrderAlarm(m_notifier, this)) {
    m_orderAlarm->setMuted(!settings->value(SettingsPage::orderAlarmKey(), true).toBool());
    m_orderAlarm->setVolume(settings->value(SettingsPage::orderAlarmVolumeKey(), 80).toInt());
    connect(m_window->settingsPage(), &SettingsPage::orderAlarmChanged, m_orderAlarm,
            [this](bool rings) { m_orderAlarm->setMuted(!rings); });
    connect(m_window->settingsPage(), &SettingsPage::orderAlarmVolumeChanged, m_orderAlarm,
            &NewOrderAlarm::setVolume);
    m_notifier->setEnabled(settings->value(SettingsPage::notificationsKey(), true).toBool());
    m_alerts->setSoundEnabled(settings->value(SettingsPage::soundKey(), true).toBool());
    connect(m_window->settingsPage(), &SettingsPage::notificationsChanged, m_notifier,
            &DesktopNotifier::setEnabled);
    connect(m_window->settingsPage(), &SettingsPage::soundChanged, m_alerts,
            &CustomerAlerts::setSoundEnabled);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &Console::signOut);
    connect(m_window.get(), &MainWindow::businessChosen, this, &Console::openBusiness);
    connect(m_tray, &TrayPresence::showRequested, m_window.get(), &MainWindow::raiseWindow);
    connect(m_tray, &TrayPresence::quitRequested, qApp, &QApplication::quit);
    connect(m_alerts, &CustomerAlerts::conversationRequested, this, [this](const QString &id) {
        m_window->raiseWindow();
        if (const QString order = NewOrderAlarm::notificationKey({}); id.startsWith(order)) {
            m_window->showPage(MainWindow::Page::Orders);
            if (m_ordersPage)
                m_ordersPage->openOrder(id.mid(order.size()));
            return;
        }
        m_window->showPage(MainWindow::Page::Conversations);
        if (m_inbox)
            m_inbox->openConversation(id);
    });
}

Console::~Console() {
    closeBusiness();
    delete m_signIn;
}

void Console::start(const Options &options) {
    m_options = options;
    m_window->show();
    const bool sameAccount =
        (options.relay.isEmpty() || options.relay == m_store->relayUrl()) &&
        (options.username.isEmpty() || options.username == m_store->username());
    if (options.password) {
        askToSignIn({}, options.password);
        return;
    }
    if (sameAccount && !m_store->relayUrl().isEmpty() && !m_store->username().isEmpty()) {
        resume();
        return;
    }
    askToSignIn({});
}

void Console::resume() {
    m_store->readToken().then(this, [this](const Result<QString> &token) {
        if (!token) {
            askToSignIn(token.error().message);
            return;
        }
        if (token->isEmpty()) {
            askToSignIn({});
            return;
        }
        startSession(*token);
    });
}

void Console::askToSignIn(const QString &reason, const std::optional<QString> &password) {
    if (m_signIn) {
        m_signIn->setReason(reason);
        return;
    }
    m_signIn = new SignInDialog(m_network, m_window.get());
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->setRelayUrl(!m_options.relay.isEmpty() ? m_options.relay
                          : !m_store->relayUrl().isEmpty()
                              ? m_store->relayUrl()
                              : QUrl(QStringLiteral("http://127.0.0.1:8080")));
    m_signIn->setUsername(!m_options.username.isEmpty() ? m_options.username : m_store->username());
    m_signIn->setReason(reason);
    connect(m_signIn, &SignInDialog::signedIn, this, &Console::onSignedIn);
    connect(m_signIn, &QDialog::rejected, this, [this] {
        // Without a session nothing can be shown but the replica of a business: keep the window
        // when one is open, otherwise there is nothing to do but quit.
        if (!m_workspace)
            QCoreApplication::quit();
    });
    m_signIn->setModal(true);
    m_signIn->show();
    Q_EMIT signInShown();
    if (password) {
        // The demo's path: the password came on stdin; sign in through the dialog's own code.
        m_options.password.reset();
        m_signIn->signIn(*password);
    }
}

void Console::onSignedIn(const QUrl &relay, const QString &username, const QString &token,
                         const QList<Business> &businesses) {
    const bool otherAccount = relay != m_store->relayUrl() || username != m_store->username();
    if (otherAccount)
        closeBusiness();
    m_store->remember(relay, username, businesses);
    m_store->storeToken(token).then(this, [this](const Status &stored) {
        if (!stored)
            QMessageBox::warning(m_window.get(), tr("Session not kept"),
                                 tr("%1\n\nYou are signed in, but you will have to sign in "
                                    "again the next time Switchboard starts.")
                                     .arg(stored.error().message));
    });
    startSession(token);
}

void Console::startSession(const QString &token) {
    const QUrl relay = m_store->relayUrl();
    if (!m_client || m_client->baseUrl() != relay) {
        closeBusiness();
        m_client = std::make_unique<RelayClient>(m_network, relay, token);
        connect(m_client.get(), &RelayClient::sessionEnded, this, &Console::onSessionEnded);
    } else {
        m_client->setToken(token);
    }
    m_window->setBusinesses(m_store->businesses(), m_store->currentBusinessId());
    if (m_workspace && m_store->business(m_workspace->business().id)) {
        m_workspace->goLive(); // signed in again after a 401: the same business resumes
        return;
    }
    openBusiness(m_store->currentBusinessId());
}

void Console::openBusiness(const QString &id) {
    const auto business = m_store->business(id);
    if (!business || !m_client)
        return;
    closeBusiness();
    m_store->setCurrentBusiness(id);
    m_workspace = std::make_unique<Workspace>(m_client.get(), *business, m_dataDirectory);
    if (Status opened = m_workspace->open(); !opened) {
        QMessageBox::critical(m_window.get(), tr("Cannot open %1").arg(business->name),
                              opened.error().message);
        m_workspace.reset();
        return;
    }
    m_window->setBusinesses(m_store->businesses(), id);
    m_window->setWorkspace(m_workspace.get(), m_store->relayUrl(), m_store->username());
    auto *connection =
        new ConnectionPage(m_client.get(), id, business->canAdminister(), m_language->current());
    connection->setObjectName(QStringLiteral("ConnectionPage"));
    Replica *replica = m_workspace->replica();
    if (auto stored = replica->record(QStringLiteral("connection"), QStringLiteral("connection"));
        stored && stored->has_value())
        connection->setConnection(stored->value());
    // The live sync keeps the page current; its own refresh reads what the relay says now.
    connect(replica, &Replica::changed, connection,
            [connection, replica](const ReplicaChange &change) {
                if (!change.upserted.contains(QStringLiteral("connection")))
                    return;
                if (auto stored =
                        replica->record(QStringLiteral("connection"), QStringLiteral("connection"));
                    stored && stored->has_value())
                    connection->setConnection(stored->value());
            });
    m_window->setConnectionPage(connection);
    auto *inbox = new ConversationsPage(m_workspace.get(), m_store->username());
    m_window->setPage(MainWindow::Page::Conversations, inbox);
    inbox->composer()->setEnterSends(
        m_settings->value(SettingsPage::enterSendsKey(), true).toBool());
    connect(m_window->settingsPage(), &SettingsPage::enterSendsChanged, inbox->composer(),
            &Composer::setEnterSends);
    connect(m_window.get(), &MainWindow::searchRequested, inbox, &ConversationsPage::focusSearch);
    connect(m_window.get(), &MainWindow::jumpRequested, inbox,
            &ConversationsPage::jumpToConversation);
    connect(m_window.get(), &MainWindow::conversationStepRequested, inbox,
            &ConversationsPage::stepConversation);
    connect(inbox, &ConversationsPage::connectionRequested, m_window.get(),
            [this] { m_window->showPage(MainWindow::Page::Connection); });
    connect(inbox, &ConversationsPage::templateRequested, this, [this, inbox](const QString &id) {
        TemplatePickerDialog picker(m_workspace.get(), id, inbox);
        picker.exec();
    });
    m_inbox = inbox;
    m_orderAlarm->setWorkspace(m_workspace.get());
    auto *orders = new OrdersPage(m_workspace.get(), m_orderAlarm);
    orders->setAutoPrint(m_settings->value(SettingsPage::autoPrintKey(), false).toBool());
    connect(m_window->settingsPage(), &SettingsPage::autoPrintChanged, orders,
            &OrdersPage::setAutoPrint);
    connect(orders, &OrdersPage::conversationRequested, this, [this](const QString &id) {
        m_window->showPage(MainWindow::Page::Conversations);
        if (m_inbox)
            m_inbox->openConversation(id);
    });
    m_window->setPage(MainWindow::Page::Orders, orders);
    m_ordersPage = orders;
    auto *customers = new CustomersPage(m_workspace.get());
    connect(customers, &CustomersPage::conversationRequested, this, [this](const QString &id) {
        m_window->showPage(MainWindow::Page::Conversations);
        if (m_inbox)
            m_inbox->openConversation(id);
    });
    m_window->setPage(MainWindow::Page::Customers, customers);
    m_window->setPage(MainWindow::Page::Analytics, new AnalyticsPage(m_workspace.get()));
    auto *menu = new MenuPage(m_workspace.get());
    m_window->setPage(MainWindow::Page::Menu, menu);
    m_menuPage = menu;
    connection->refresh();
    m_alerts->setWorkspace(m_workspace.get());
    qCInfo(Log::console) << "opened business" << id;
    // Announced before the sync starts, so whoever follows the engine sees its first state.
    Q_EMIT businessOpened(id);
    m_workspace->goLive();
}

ConversationsPage *Console::inbox() const {
    return m_inbox.data();
}

OrdersPage *Console::ordersPage() const {
    return m_ordersPage.data();
}

MenuPage *Console::menuPage() const {
    return m_menuPage.data();
}

void Console::closeBusiness() {
    if (!m_workspace)
        return;
    m_alerts->setWorkspace(nullptr);
    m_orderAlarm->setWorkspace(nullptr);
    for (auto page :
         {MainWindow::Page::Conversations, MainWindow::Page::Orders, MainWindow::Page::Menu})
        m_window->setPage(page, nullptr);
    m_window->setWorkspace(nullptr, m_store->relayUrl(), m_store->username());
    m_workspace.reset();
}

void Console::signOut() {
    if (m_client && !m_client->token().isEmpty()) {
        // Revoke at the relay; the answer is not waited for: offline, the local copy of the
        // token is erased all the same and the relay's expires on its own.
        RelayReply *reply = m_client->post(QStringLiteral("/auth/logout"), {});
        connect(reply, &RelayReply::finished, reply, &QObject::deleteLater);
    }
    if (m_workspace)
        m_workspace->stop();
    m_store->eraseToken();
    closeBusiness();
    if (m_client)
        m_client->setToken({});
    askToSignIn(tr("You signed out."));
}

void Console::onSessionEnded(const QString &reason) {
    qCInfo(Log::console) << "the relay ended the session";
    if (m_workspace)
        m_workspace->stop();
    m_store->eraseToken();
    askToSignIn(tr("Your session ended (%1). Sign in again; nothing waiting to be sent is lost.")
                    .arg(reason));
}

} // namespace Switchboard
