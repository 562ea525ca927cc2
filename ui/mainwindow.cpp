// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "ui/language.h"
#include "ui/pages/emptystatepage.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace Switchboard {

namespace {

constexpr int pageCount = 7;

QIcon pageIcon(const QStyle *style, int index) {
    static const QStyle::StandardPixmap icons[pageCount] = {
        QStyle::SP_MessageBoxInformation,
        QStyle::SP_FileDialogDetailedView,
        QStyle::SP_DirHomeIcon,
        QStyle::SP_FileDialogListView,
        QStyle::SP_FileIcon,
        QStyle::SP_DriveNetIcon,
        QStyle::SP_FileDialogInfoView,
    };
    return style->standardIcon(icons[index]);
}

} // namespace

MainWindow::MainWindow(Language *language, QWidget *parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_relayStatus(new QLabel(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    resize(1200, 780);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(210);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    for (int i = 0; i < pageCount; ++i) {
        m_navigation->addItem(new QListWidgetItem(pageIcon(style(), i), QString()));
        auto *page = new EmptyStatePage(m_stack);
        m_pages.push_back(page);
        m_stack->addWidget(page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
    connect(m_pages[int(Page::Conversations)], &EmptyStatePage::actionTriggered, this,
            [this] { showPage(Page::Connection); });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_relayStatus);
    buildMenus();
    retranslate();
    m_navigation->setCurrentRow(0);
}

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageActions = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        // Each language names itself, so a person who cannot read the current one finds theirs.
        QAction *action = m_languageMenu->addAction(
            code == QLatin1String("he") ? QStringLiteral("עברית") : QStringLiteral("English"));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_language->current());
        m_languageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_language->apply(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Switchboard"),
                           tr("Switchboard %1\nA desktop console for the WhatsApp Business "
                              "Platform.")
                               .arg(QStringLiteral(SWITCHBOARD_VERSION)));
    });
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Switchboard"));
    const QString titles[pageCount] = {tr("Conversations"), tr("Orders"),    tr("Customers"),
                                       tr("Menu"),          tr("Templates"), tr("Connection"),
                                       tr("Analytics")};
    for (int i = 0; i < pageCount; ++i)
        m_navigation->item(i)->setText(titles[i]);

    m_pages[int(Page::Conversations)]->setTexts(
        titles[0], tr("Messages from your customers appear here as they arrive."),
        tr("Connect a WhatsApp number"));
    m_pages[int(Page::Orders)]->setTexts(
        titles[1], tr("Orders placed in WhatsApp messages are listed here, newest first."), {});
    m_pages[int(Page::Customers)]->setTexts(
        titles[2], tr("Everyone who has written to your business, with their notes and tags."), {});
    m_pages[int(Page::Menu)]->setTexts(
        titles[3], tr("Your products and prices, used to recognise orders in messages."), {});
    m_pages[int(Page::Templates)]->setTexts(
        titles[4], tr("Approved message templates let you write to customers after 24 hours."), {});
    m_pages[int(Page::Connection)]->setTexts(
        titles[5], tr("No WhatsApp number is connected yet. Sign in to your relay first."), {});
    m_pages[int(Page::Analytics)]->setTexts(
        titles[6], tr("Charts of messages and orders appear once there is activity."), {});

    m_relayStatus->setText(tr("Relay: not signed in"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Switchboard"));
    for (QAction *action : m_languageActions->actions())
        action->setChecked(action->data().toString() == m_language->current());
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
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

} // namespace Switchboard
