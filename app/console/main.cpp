// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard: the desktop console. Parses the command line and starts the Console.
#include "ui/console.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/pages/settings/settingspage.h"
#include "ui/shell/singleinstance.h"
#include "ui/signin/signindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Switchboard;

namespace {

//! VmRSS of this process, from /proc (0 where there is none).
long residentKilobytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // WebEngine needs it before the app
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("switchboard"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Switchboard: a desktop console for the WhatsApp Business Platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Interface language: en or he."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), QStringLiteral("Open on this page (0-7)."), QStringLiteral("N"));
    const QCommandLineOption relayOption(QStringLiteral("relay"),
                                         QStringLiteral("Sign in to the relay at this address."),
                                         QStringLiteral("URL"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QStringLiteral("Sign in as this user."), QStringLiteral("NAME"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-stdin"),
        QStringLiteral("Read the password from the first line of standard input and sign in "
                       "(needs --relay and --user)."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window once shown, then quit (documentation, tests)."),
        QStringLiteral("FILE"));
    const QCommandLineOption delayOption(
        QStringLiteral("screenshot-delay"),
        QStringLiteral("Milliseconds to wait before the screenshot (default 300)."),
        QStringLiteral("MS"), QStringLiteral("300"));
    const QCommandLineOption startupOption(
        QStringLiteral("startup-report"),
        QStringLiteral("Once the window is usable (business open, first paint), print its "
                       "resident memory as JSON and quit (the startup benchmark)."));
    parser.addOptions({languageOption, pageOption, relayOption, userOption, passwordOption,
                       screenshotOption, delayOption, startupOption});
    parser.process(app);

    const QString dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    SingleInstance instance(dataDirectory);
    if (!parser.isSet(screenshotOption) && !parser.isSet(startupOption) && !instance.claim()) {
        std::fprintf(stderr, "switchboard: already running; its window was raised\n");
        return 0;
    }

    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("switchboard"),
                       QStringLiteral("console"));
    Language language;
    const QString code =
        parser.isSet(languageOption)
            ? parser.value(languageOption)
            : SettingsPage::languageFor(
                  settings.value(SettingsPage::languageKey(), QStringLiteral("system")).toString());
    if (!language.apply(code) && parser.isSet(languageOption)) {
        std::fprintf(stderr, "switchboard: no translation for '%s' (available: %s)\n",
                     qPrintable(code),
                     qPrintable(Language::available().join(QStringLiteral(", "))));
        return 1;
    }

    Console::Options options;
    options.relay = QUrl(parser.value(relayOption));
    options.username = parser.value(userOption);
    if (parser.isSet(passwordOption)) {
        if (options.relay.isEmpty() || options.username.isEmpty()) {
            std::fprintf(stderr, "switchboard: --password-stdin needs --relay and --user\n");
            return 1;
        }
        QTextStream in(stdin);
        options.password = in.readLine();
    }

    QNetworkAccessManager network;
    Console console(&language, &settings, &network, dataDirectory);
    QObject::connect(&instance, &SingleInstance::raiseRequested, console.window(),
                     &MainWindow::raiseWindow);
    if (parser.isSet(pageOption))
        console.window()->showPage(MainWindow::Page(
            qBound(0, parser.value(pageOption).toInt(), MainWindow::pageCount - 1)));
    if (parser.isSet(startupOption)) {
        QObject::connect(&console, &Console::businessOpened, &console, [&console] {
            QTimer::singleShot(0, &console, [&console] {
                console.window()->repaint();
                std::printf("{\"rss_kb\":%ld}\n", residentKilobytes());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        });
        QObject::connect(&console, &Console::signInShown, &console, [] {
            std::fprintf(stderr, "switchboard: no stored session to start with\n");
            QCoreApplication::exit(1);
        });
    }
    console.start(options);

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(parser.value(delayOption).toInt(), console.window(), [&console, file] {
            QWidget *shown = console.signInDialog() && console.signInDialog()->isVisible()
                                 ? static_cast<QWidget *>(console.signInDialog())
                                 : console.window();
            const bool saved = shown->grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
