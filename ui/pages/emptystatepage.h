// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Switchboard {

//! What a dashboard shows before it has data: what the page is for and the next step to take.
//! Texts are set (and re-set on a language change) by the owner.
class EmptyStatePage : public QWidget {
    Q_OBJECT

public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &explanation, const QString &action);
    //! A large picture of what the page is for, above the title.
    void setIcon(const QIcon &icon);
    //! What the local copy already holds for this page (e.g. "12 customers"); empty hides it.
    void setDetail(const QString &detail);

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_title;
    QLabel *m_icon;
    QLabel *m_explanation;
    QLabel *m_detail;
    QPushButton *m_action;
};

} // namespace Switchboard
