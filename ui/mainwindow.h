// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <vector>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Switchboard {

class EmptyStatePage;
class Language;

//! The console's main window: navigation on the leading side, one page per dashboard, the
//! relay connection in the status bar. Mirrors itself when the language turns right-to-left.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Conversations, Orders, Customers, Menu, Templates, Connection, Analytics };
    Q_ENUM(Page)

    explicit MainWindow(Language *language, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    //! The navigation entry titles, in order (tests check they are translated).
    QStringList pageTitles() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();

    Language *m_language;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    std::vector<EmptyStatePage *> m_pages;
    QLabel *m_relayStatus;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageActions = nullptr;
};

} // namespace Switchboard
