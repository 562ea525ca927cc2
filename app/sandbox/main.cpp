// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard-sandbox: parses the command line and hands over to the sandbox library.
#include "app/sandbox/sandboxserver.h"
#include "core/shutdownsignal.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Switchboard;
using namespace Switchboard::Sandbox;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    auto options = SandboxOptions::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "switchboard-sandbox: %s\n", qPrintable(options.error().message));
        return 1;
    }
    SandboxServer server(*options);
    if (auto port = server.listen(); !port) {
        std::fprintf(stderr, "switchboard-sandbox: %s\n", qPrintable(port.error().message));
        return 1;
    }
    ShutdownSignal shutdown;
    QObject::connect(&shutdown, &ShutdownSignal::requested, &app, &QCoreApplication::quit);
    return app.exec();
}
