// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace Switchboard {

//! Installs the console's translation for a language and sets the layout direction with it.
//!
//! Hebrew turns the whole application right-to-left through the QT_LAYOUT_DIRECTION entry of the
//! translation, the mechanism Qt itself uses, so every widget mirrors without special cases.
class Language : public QObject {
    Q_OBJECT

public:
    explicit Language(QObject *parent = nullptr);

    //! "en" or "he"; returns false for a language without a translation.
    bool apply(const QString &code);
    QString current() const { return m_current; }

    static QStringList available();

private:
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    QString m_current = QStringLiteral("en");
};

} // namespace Switchboard
