// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard-relay: parses the command line and hands over to the relay library.
#include "app/relay/relayconfig.h"
#include "app/relay/relayserver.h"
#include "core/shutdownsignal.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Switchboard;

namespace {

int fail(const QString &line) {
    std::fprintf(stderr, "switchboard-relay: %s\n", qPrintable(line));
    return 1;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-relay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Switchboard relay: receives WhatsApp webhooks, keeps tenants' tokens sealed, calls the "
        "Graph API and syncs every console.\n\n"
        "Commands:\n"
        "  serve                 run the service (default)\n"
        "  admin init            create the database schema and master key\n"
        "  admin create-tenant   --name NAME\n"
        "  admin create-user     --tenant ID --username U --role owner|admin|staff "
        "--password-stdin\n"
        "  admin connect-number  --tenant ID --waba-id W --phone-number-id P "
        "--access-token-stdin\n"
        "  admin migrate         apply pending migrations\n\n"
        "Settings come from SWITCHBOARD_* environment variables or --config FILE."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("Read settings from this INI file."),
                                          QStringLiteral("FILE"));
    parser.addOption(configOption);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve or admin …"),
                                 QStringLiteral("[command]"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("serve"));
    if (command != QLatin1String("serve"))
        return fail(QStringLiteral("unknown command '%1'; see --help").arg(command));

    auto config = RelayConfig::load(QProcessEnvironment::systemEnvironment(),
                                    parser.value(configOption), RelayConfig::Purpose::Serve);
    if (!config)
        return fail(config.error().message);

    RelayServer server(*config);
    if (auto port = server.listen(); !port)
        return fail(port.error().message);

    ShutdownSignal shutdown;
    QObject::connect(&shutdown, &ShutdownSignal::requested, &app, &QCoreApplication::quit);
    return app.exec();
}
