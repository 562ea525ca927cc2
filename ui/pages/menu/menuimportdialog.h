// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace Switchboard {

//! What importing a menu file would do, before anything changes: the relay's dry-run preview
//! (MenuPreview) as three groups, the products to add, those to change with each changed field
//! as "before → after", and those to remove (an import replaces the whole menu). Accepting is
//! "Apply"; the page then sends the same file for real.
class MenuImportDialog : public QDialog {
    Q_OBJECT
public:
    //! `preview`: {"added":[Product…],"changed":[{"before","after"}],"removed":[Product…]}.
    explicit MenuImportDialog(const QJsonObject &preview, const QString &fileName,
                              QWidget *parent = nullptr);

    int addedCount() const { return m_added; }
    int changedCount() const { return m_changed; }
    int removedCount() const { return m_removed; }
    QTreeWidget *tree() const { return m_tree; }
    QString summary() const;

    //! Each field that differs between two Product records, as "Price: ₪48.00 → ₪52.00".
    static QStringList differences(const QJsonObject &before, const QJsonObject &after);

private:
    int m_added = 0;
    int m_changed = 0;
    int m_removed = 0;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QDialogButtonBox *m_buttons;
};

} // namespace Switchboard
