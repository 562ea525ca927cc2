// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard: the desktop console. Parses the command line and opens the main window.
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

using namespace Switchboard;

int main(int argc, char *argv[]) {
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // WebEngine needs it before the app
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("switchboard"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Switchboard: a desktop console for the WhatsApp Business Platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Interface language: en or he."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), QStringLiteral("Open on this page (0-6)."), QStringLiteral("N"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window once shown, then quit (documentation, tests)."),
        QStringLiteral("FILE"));
    parser.addOptions({languageOption, pageOption, screenshotOption});
    parser.process(app);

    Language language;
    const QString code = parser.isSet(languageOption)
                             ? parser.value(languageOption)
                             : QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (!language.apply(code) && parser.isSet(languageOption)) {
        std::fprintf(stderr, "switchboard: no translation for '%s' (available: %s)\n",
                     qPrintable(code),
                     qPrintable(Language::available().join(QStringLiteral(", "))));
        return 1;
    }

    MainWindow window(&language);
    if (parser.isSet(pageOption))
        window.showPage(MainWindow::Page(qBound(0, parser.value(pageOption).toInt(), 6)));
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
