// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signup/signupwebpage_p.h"

#include "core/logging.h"

#include <QRegularExpression>
#include <QWebEngineSettings>

namespace Switchboard {

SignupWebPage::SignupWebPage(QWebEngineProfile *profile, QStringList secrets, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_secrets(std::move(secrets)) {
    settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
}

QString SignupWebPage::redacted(QString text, const QStringList &secrets) {
    static const QString cut = QStringLiteral("…");
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, cut);
    }
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"']+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(
        QStringLiteral("((?:access_token|token|code|state)\"?\\s*[:=]\\s*\"?)[^\"'&\\s,;}]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fragment(QStringLiteral("(\\w+://[^\\s\"'#]*)#[^\\s\"']*"));
    text.replace(bearer, QStringLiteral("\\1") + cut);
    text.replace(named, QStringLiteral("\\1") + cut);
    text.replace(fragment, QStringLiteral("\\1#") + cut);
    return text;
}

QWebEnginePage *SignupWebPage::createWindow(WebWindowType type) {
    if (!m_windowFactory) {
        qCInfo(Log::uiSignup) << "a page of Meta's window asked for another window (type" << type
                              << "); not opened";
        return nullptr;
    }
    return m_windowFactory();
}

void SignupWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                             const QString &message, int lineNumber,
                                             const QString &sourceId) {
    Q_UNUSED(sourceId) // the signup page's own URL: it holds the token in its fragment
    const QString text = redacted(message, m_secrets);
    switch (level) {
    case InfoMessageLevel:
        qCInfo(Log::uiSignup).noquote() << "page:" << text << "(line" << lineNumber << ")";
        break;
    case WarningMessageLevel:
        qCWarning(Log::uiSignup).noquote() << "page:" << text << "(line" << lineNumber << ")";
        break;
    case ErrorMessageLevel:
        qCWarning(Log::uiSignup).noquote() << "page error:" << text << "(line" << lineNumber << ")";
        break;
    }
}

} // namespace Switchboard
