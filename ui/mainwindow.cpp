// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/session/workspace.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"
#include "ui/language.h"
#include "ui/pages/emptystatepage.h"
#include "ui/pages/settings/settingspage.h"
#include "ui/shell/connectionbanner.h"
#include "ui/shell/shortcutsdialog.h"
#include "ui/shell/syncstatuswidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

const char *const iconNames[MainWindow::pageCount] = {"conversations", "orders",    "customers",
                                                      "menu",          "templates", "analytics",
                                                      "connection",    "settings"};

QIcon pageIcon(int index) {
    return QIcon(QStringLiteral(":/icons/pages/%1.svg").arg(QLatin1String(iconNames[index])));
}

//! The record kind each placeholder page counts in the replica.
const char *const pageKinds[MainWindow::pageCount] = {
    "conversation", "order", "customer", "product", "template", "order", nullptr, nullptr};

} // namespace

MainWindow::MainWindow(Language *language, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_settings(settings)
    , m_businessChoice(new QComboBox(this))
    , m_businessName(new QLabel(this))
    , m_navigation(new QListWidget(this))
    , m_banner(new ConnectionBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_settingsPage(new SettingsPage(language, settings, this))
    , m_syncStatus(new SyncStatusWidget(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));
    resize(1200, 780);

    m_businessChoice->setObjectName(QStringLiteral("businessChoice"));
    m_businessName->setObjectName(QStringLiteral("businessName"));
    QFont nameFont = m_businessName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_businessName->setFont(nameFont);
    m_businessName->setContentsMargins(4, 4, 4, 6);
    connect(m_businessChoice, &QComboBox::activated, this, [this](int index) {
        const QString id = m_businessChoice->itemData(index).toString();
        if (!m_workspace || id != m_workspace->business().id)
            Q_EMIT businessChosen(id);
    });

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMinimumWidth(200);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    for (int i = 0; i < pageCount; ++i) {
        m_navigation->addItem(new QListWidgetItem(pageIcon(i), QString()));
        if (Page(i) == Page::Settings) {
            m_stack->addWidget(m_settingsPage);
            continue;
        }
        auto *page = new EmptyStatePage(m_stack);
        page->setIcon(pageIcon(i));
        m_placeholders[i] = page;
        m_stack->addWidget(page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
    connect(m_placeholders[int(Page::Conversations)], &EmptyStatePage::actionTriggered, this,
            [this] { showPage(Page::Connection); });
    connect(m_settingsPage, &SettingsPage::signOutRequested, this, &MainWindow::signOutRequested);
    connect(m_banner, &ConnectionBanner::reconnectRequested, this, [this] {
        showPage(Page::Connection);
        Q_EMIT reconnectRequested();
    });

    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(8, 8, 8, 8);
    sidebarLayout->addWidget(m_businessChoice);
    sidebarLayout->addWidget(m_businessName);
    sidebarLayout->addWidget(m_navigation, 1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_stack, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_syncStatus, 1);
    buildMenus();
    retranslate();
    setBusinesses({}, {});
    m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addShortcut(QMenu *menu, const QKeySequence &keys) {
    QAction *action = menu->addAction(QString());
    action->setShortcut(keys);
    action->setShortcutContext(Qt::ApplicationShortcut);
    return action;
}

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_signOutAction = addShortcut(m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    m_fileMenu->addSeparator();
    m_quitAction = addShortcut(m_fileMenu, QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::quit);

    m_businessMenu = menuBar()->addMenu(QString());
    m_businessActions = new QActionGroup(this);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < pageCount; ++i) {
        m_pageActions[i] = addShortcut(m_viewMenu, QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        m_pageActions[i]->setIcon(pageIcon(i));
        connect(m_pageActions[i], &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    m_viewMenu->addSeparator();
    m_searchAction = addShortcut(m_viewMenu, QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        showPage(Page::Conversations);
        Q_EMIT searchRequested();
    });
    m_jumpAction = addShortcut(m_viewMenu, QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_jumpAction, &QAction::triggered, this, [this] {
        showPage(Page::Conversations);
        Q_EMIT jumpRequested();
    });
    m_previousAction = addShortcut(m_viewMenu, QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_previousAction, &QAction::triggered, this,
            [this] { Q_EMIT conversationStepRequested(-1); });
    m_nextAction = addShortcut(m_viewMenu, QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_nextAction, &QAction::triggered, this,
            [this] { Q_EMIT conversationStepRequested(1); });
    for (const QKeySequence &keys :
         {QKeySequence(Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Return),
          QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::Key_Escape)}) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut); // listed only: the composer has them
        m_composerKeys << action;
    }
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageActions = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        // Each language names itself, so a person who cannot read the current one finds theirs.
        QAction *action = m_languageMenu->addAction(
            code == QLatin1String("he") ? QStringLiteral("עברית") : QStringLiteral("English"));
        action->setCheckable(true);
        action->setData(code);
        m_languageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_settings->setValue(SettingsPage::languageKey(), code);
            m_language->apply(code);
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = addShortcut(m_helpMenu, QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(shortcutActions(), this);
        dialog.exec();
    });
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { showPage(Page::Settings); });
}

QList<QAction *> MainWindow::shortcutActions() const {
    QList<QAction *> all(m_pageActions.begin(), m_pageActions.end());
    all << m_searchAction << m_jumpAction << m_previousAction << m_nextAction;
    all << m_composerKeys;
    all << m_shortcutsAction << m_signOutAction << m_quitAction;
    return all;
}

void MainWindow::retranslate() {
    setWindowTitle(m_workspace ? tr("%1 — Switchboard").arg(m_workspace->business().name)
                               : tr("Switchboard"));
    const QString titles[pageCount] = {tr("Conversations"), tr("Orders"),    tr("Customers"),
                                       tr("Menu"),          tr("Templates"), tr("Analytics"),
                                       tr("Connection"),    tr("Settings")};
    for (int i = 0; i < pageCount; ++i) {
        m_navigation->item(i)->setText(titles[i]);
        m_pageActions[i]->setText(tr("Go to %1").arg(titles[i]));
    }
    m_navigation->setAccessibleName(tr("Pages"));
    m_businessChoice->setAccessibleName(tr("Business"));
    m_businessChoice->setToolTip(tr("The business you are working for"));

    auto set = [this](Page page, const QString &explanation, const QString &action = {}) {
        m_placeholders[int(page)]->setTexts(m_navigation->item(int(page))->text(), explanation,
                                            action);
    };
    set(Page::Conversations,
        tr("Messages from your customers will appear here as they arrive. The inbox itself "
           "comes in the next version of Switchboard."),
        m_connection.value(QStringLiteral("status")).toString() == QLatin1String("connected")
            ? QString()
            : tr("Connect a WhatsApp number"));
    set(Page::Orders, tr("Orders placed in WhatsApp messages will be listed here, newest first."));
    set(Page::Customers,
        tr("Everyone who has written to your business, with their notes and tags."));
    set(Page::Menu, tr("Your products and prices, used to recognise orders in messages."));
    set(Page::Templates,
        tr("Approved message templates let you write to customers after 24 hours."));
    set(Page::Analytics, tr("Charts of orders and response times appear once there is activity."));
    set(Page::Connection, m_workspace ? tr("Loading the connection…")
                                      : tr("Sign in to see your WhatsApp connection."));

    m_fileMenu->setTitle(tr("&File"));
    m_signOutAction->setText(tr("Sign &out"));
    m_quitAction->setText(tr("&Quit"));
    m_businessMenu->setTitle(tr("&Business"));
    m_viewMenu->setTitle(tr("&View"));
    m_searchAction->setText(tr("&Search conversations"));
    m_jumpAction->setText(tr("&Go to a conversation…"));
    m_previousAction->setText(tr("&Previous conversation"));
    m_nextAction->setText(tr("&Next conversation"));
    m_composerKeys[0]->setText(tr("Send the message (in the message field)"));
    m_composerKeys[1]->setText(tr("Send the message, also when Enter makes a new line"));
    m_composerKeys[2]->setText(tr("New line in the message"));
    m_composerKeys[3]->setText(tr("Leave reply mode"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About Switchboard"));
    for (QAction *action : m_languageActions->actions())
        action->setChecked(action->data().toString() == m_language->current());
    refreshFromReplica();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setBusinesses(const QList<Business> &businesses, const QString &currentId) {
    m_businessChoice->clear();
    for (QAction *action : m_businessActions->actions())
        delete action;
    for (const Business &business : businesses) {
        m_businessChoice->addItem(business.name, business.id);
        QAction *action = m_businessMenu->addAction(business.name);
        action->setCheckable(true);
        action->setChecked(business.id == currentId);
        m_businessActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = business.id] {
            if (!m_workspace || id != m_workspace->business().id)
                Q_EMIT businessChosen(id);
        });
    }
    m_businessChoice->setCurrentIndex(m_businessChoice->findData(currentId));
    // One business needs no switcher, but its name still heads the sidebar.
    m_businessChoice->setVisible(businesses.size() > 1);
    m_businessName->setVisible(businesses.size() == 1);
    m_businessName->setText(businesses.size() == 1 ? businesses.first().name : QString());
    m_businessMenu->menuAction()->setVisible(businesses.size() > 1);
}

void MainWindow::setWorkspace(Workspace *workspace, const QUrl &relay, const QString &username) {
    if (m_workspace && m_workspace->replica())
        disconnect(m_workspace->replica(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_connection = {};
    if (workspace) {
        m_syncStatus->setEngine(workspace->sync());
        m_syncStatus->setBusiness(workspace->business().name);
        m_settingsPage->setSession(relay, username, workspace->business().name,
                                   workspace->business().role);
        connect(workspace->replica(), &Replica::changed, this, &MainWindow::onReplicaChanged);
        if (auto stored = workspace->replica()->record(QStringLiteral("connection"),
                                                       QStringLiteral("connection"));
            stored && stored->has_value())
            setConnection(stored->value());
        else
            setConnection({});
    } else {
        m_syncStatus->setEngine(nullptr);
        m_syncStatus->setBusiness({});
        m_settingsPage->setSession(relay, username, {}, {});
        setConnection({});
        setConnectionPage(nullptr);
    }
    retranslate();
}

void MainWindow::setConnectionPage(QWidget *page) {
    setPage(Page::Connection, page);
    m_connectionPage = page;
}

void MainWindow::setPage(Page which, QWidget *page) {
    const int index = int(which);
    QWidget *current = m_stack->widget(index);
    if (current == page)
        return;
    const bool shown = m_stack->currentIndex() == index;
    QWidget *replacement = page ? page : m_placeholders[index];
    m_stack->removeWidget(current);
    m_stack->insertWidget(index, replacement);
    if (shown)
        m_stack->setCurrentIndex(index);
    if (current != m_placeholders[index])
        current->deleteLater();
}

void MainWindow::onReplicaChanged(const ReplicaChange &change) {
    if (change.upserted.contains(QStringLiteral("connection")) && m_workspace) {
        if (auto stored = m_workspace->replica()->record(QStringLiteral("connection"),
                                                         QStringLiteral("connection"));
            stored && stored->has_value())
            setConnection(stored->value());
    }
    refreshFromReplica();
}

void MainWindow::setConnection(const QJsonObject &connection) {
    m_connection = connection;
    const bool admin = m_workspace && m_workspace->business().canAdminister();
    m_banner->setConnection(connection, admin);
    const QJsonArray numbers = connection.value(QStringLiteral("numbers")).toArray();
    const bool connected =
        connection.value(QStringLiteral("status")).toString() == QLatin1String("connected");
    m_syncStatus->setQualityRating(
        numbers.isEmpty() || !connected
            ? QString()
            : numbers.first().toObject().value(QStringLiteral("quality_rating")).toString());
    retranslate(); // the empty states' next step depends on the connection
}

void MainWindow::refreshFromReplica() {
    const QLocale locale;
    for (int i = 0; i < pageCount; ++i) {
        if (!m_placeholders[i] || !pageKinds[i] || Page(i) == Page::Connection)
            continue;
        QString detail;
        if (m_workspace) {
            const QString kind = QLatin1String(pageKinds[i]);
            const auto count = m_workspace->replica()->count(kind);
            if (count && *count > 0) {
                if (Page(i) == Page::Conversations)
                    detail = tr("%n conversation(s) on this computer", nullptr, int(*count));
                else if (Page(i) == Page::Orders || Page(i) == Page::Analytics)
                    detail = tr("%n order(s) on this computer", nullptr, int(*count));
                else if (Page(i) == Page::Customers)
                    detail = tr("%n customer(s) on this computer", nullptr, int(*count));
                else if (Page(i) == Page::Menu)
                    detail = tr("%n product(s) on this computer", nullptr, int(*count));
                else if (Page(i) == Page::Templates)
                    detail = tr("%n template(s) on this computer", nullptr, int(*count));
            }
        }
        m_placeholders[i]->setDetail(detail);
    }
}

void MainWindow::showPage(Page page) {
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const {
    return Page(m_stack->currentIndex());
}

QStringList MainWindow::pageTitles() const {
    QStringList titles;
    for (int i = 0; i < m_navigation->count(); ++i)
        titles << m_navigation->item(i)->text();
    return titles;
}

void MainWindow::raiseWindow() {
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

} // namespace Switchboard
