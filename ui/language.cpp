// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>

namespace Switchboard {

namespace {
// Extracted by lupdate so the Hebrew translation can say "RTL"; Qt reads it on a language change.
[[maybe_unused]] const char *const layoutDirection =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");
} // namespace

Language::Language(QObject *parent)
    : QObject(parent) {}

QStringList Language::available() {
    return {QStringLiteral("en"), QStringLiteral("he")};
}

bool Language::apply(const QString &code) {
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // English has a translation too: the plural forms of "%n conversation(s)".
    if (!m_translator.load(QStringLiteral(":/i18n/switchboard_") + code))
        return false;
    QCoreApplication::installTranslator(&m_translator);
    if (code != QLatin1String("en")) {
        if (m_qtTranslator.load(QStringLiteral("qtbase_") + code,
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qtTranslator);
    }
    QLocale::setDefault(QLocale(code));
    // Installing a translator already triggers this; removing the last one does not.
    QGuiApplication::setLayoutDirection(code == QLatin1String("he") ? Qt::RightToLeft
                                                                    : Qt::LeftToRight);
    m_current = code;
    return true;
}

} // namespace Switchboard
