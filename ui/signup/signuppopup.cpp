// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signup/signuppopup_p.h"

#include "ui/signup/signupwebpage_p.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace Switchboard {

SignupPopup::SignupPopup(QWebEngineProfile *profile, const QStringList &secrets, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_page(new SignupWebPage(profile, secrets, this))
    , m_view(new QWebEngineView(this)) {
    setObjectName(QStringLiteral("signupPopup"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Meta's window"));
    setAccessibleName(tr("Meta's window"));
    m_view->setObjectName(QStringLiteral("signupPopupView"));
    m_view->setAccessibleName(tr("Meta's signup window"));
    m_view->setPage(m_page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    resize(640, 720);

    connect(m_page, &QWebEnginePage::titleChanged, this, [this](const QString &title) {
        if (!title.isEmpty())
            setWindowTitle(title);
    });
    // window.open's width and height; the window manager keeps it on the screen.
    connect(m_page, &QWebEnginePage::geometryChangeRequested, this, [this](const QRect &geometry) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 1024);
        resize(geometry.size().boundedTo(available).expandedTo(QSize(360, 320)));
    });
    connect(m_page, &QWebEnginePage::windowCloseRequested, this, &SignupPopup::closeQuietly);
}

SignupPopup::~SignupPopup() {
    // The view lets go of the page before the page goes, and both before the dialog's profile.
    delete m_view;
    delete m_page;
}

void SignupPopup::closeQuietly() {
    m_quiet = true;
    close();
}

void SignupPopup::closeEvent(QCloseEvent *event) {
    if (m_quiet) {
        QWidget::closeEvent(event);
        return;
    }
    // A person closed the window: the page closes it, as window.close() would, so that Chromium
    // forgets the named window and the next window.open() creates a new one.
    m_quiet = true;
    event->ignore();
    hide();
    Q_EMIT closedByPerson();
    m_page->triggerAction(QWebEnginePage::RequestClose);
    QTimer::singleShot(2000, this, &SignupPopup::close); // a page that does not answer
}

} // namespace Switchboard
