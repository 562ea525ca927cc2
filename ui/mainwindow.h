// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/sessionstore.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <array>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace Switchboard {

class ConnectionBanner;
class EmptyStatePage;
class Language;
class SettingsPage;
class SyncStatusWidget;
class Workspace;
struct ReplicaChange;

//! The console's main window: the business and the pages on the leading side, the connection
//! banner above the page, the sync state, business and quality rating in the status bar.
//! Mirrors itself when the language turns right-to-left. It shows one Workspace (the open
//! business) at a time and asks its owner (the Console) to switch business or sign out.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page {
        Conversations,
        Orders,
        Customers,
        Menu,
        Templates,
        Analytics,
        Connection,
        Settings
    };
    Q_ENUM(Page)
    static constexpr int pageCount = 8;

    MainWindow(Language *language, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! The businesses of the signed-in user, for the switcher.
    void setBusinesses(const QList<Business> &businesses, const QString &currentId);
    //! The open business (nullptr when signed out): its replica feeds the pages and status bar.
    void setWorkspace(Workspace *workspace, const QUrl &relay, const QString &username);
    //! The Connection page of the open business (the window takes ownership); nullptr restores
    //! the placeholder.
    void setConnectionPage(QWidget *page);
    //! Shows `page` in place of `which`'s empty state (nullptr: the empty state again).
    void setPage(Page which, QWidget *page);

    void showPage(Page page);
    Page currentPage() const;
    //! The navigation entry titles, in order (tests check they are translated).
    QStringList pageTitles() const;
    //! Every action with a keyboard shortcut, as Help → Keyboard shortcuts lists them.
    QList<QAction *> shortcutActions() const;
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    //! Brings the window to the front (a second start, a notification, the tray).
    void raiseWindow();

Q_SIGNALS:
    void businessChosen(const QString &id);
    void signOutRequested();
    void reconnectRequested();
    //! Ctrl+F: the page that can search takes it (the Conversations page, next issue).
    void searchRequested();
    //! Ctrl+K: jump to a conversation by name or number.
    void jumpRequested();
    //! Alt+Up (-1) and Alt+Down (+1): the previous or next conversation.
    void conversationStepRequested(int step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void onReplicaChanged(const ReplicaChange &change);
    void refreshFromReplica();
    void setConnection(const QJsonObject &connection);
    QAction *addShortcut(QMenu *menu, const QKeySequence &keys);

    Language *m_language;
    QSettings *m_settings;
    QPointer<Workspace> m_workspace;
    QComboBox *m_businessChoice;
    QLabel *m_businessName;
    QListWidget *m_navigation;
    ConnectionBanner *m_banner;
    QStackedWidget *m_stack;
    std::array<EmptyStatePage *, pageCount> m_placeholders{};
    SettingsPage *m_settingsPage;
    QWidget *m_connectionPage = nullptr;
    SyncStatusWidget *m_syncStatus;
    QJsonObject m_connection;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_businessMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_businessActions = nullptr;
    QActionGroup *m_languageActions = nullptr;
    std::array<QAction *, pageCount> m_pageActions{};
    QAction *m_searchAction = nullptr;
    QAction *m_jumpAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    //! Keys the composer handles itself, listed in the shortcuts dialog (never triggered).
    QList<QAction *> m_composerKeys;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace Switchboard
