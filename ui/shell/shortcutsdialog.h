// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace Switchboard {

//! Help → Keyboard shortcuts: every action of the window that has a shortcut, read from the
//! actions themselves when the dialog opens, so the list can never drift from what the keys do.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    //! The rows as shown: what the key does, and the key.
    QList<QPair<QString, QString>> rows() const;

private:
    QTableWidget *m_table;
};

} // namespace Switchboard
