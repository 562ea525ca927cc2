// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard-relay: parses the command line and hands over to the relay library.
#include "app/relay/operations/admincommands.h"
#include "app/relay/operations/relayconfig.h"
#include "app/relay/relay.h"
#include "core/jsonlog.h"
#include "core/shutdownsignal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTextStream>

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
    // Debug output on request only (QT_LOGGING_RULES="switchboard.*.debug=true").
    QLoggingCategory::setFilterRules(QStringLiteral("switchboard.*.debug=false"));
    if (!installLogFormat(QProcessEnvironment::systemEnvironment()))
        return fail(QStringLiteral("SWITCHBOARD_LOG_FORMAT: use json or text"));
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
    // Options after the command belong to it (admin create-tenant --name …).
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("serve"));
    const bool admin = command == QLatin1String("admin");
    if (!admin && command != QLatin1String("serve"))
        return fail(QStringLiteral("unknown command '%1'; see --help").arg(command));

    auto config =
        RelayConfig::load(QProcessEnvironment::systemEnvironment(), parser.value(configOption),
                          admin ? RelayConfig::Purpose::Admin : RelayConfig::Purpose::Serve);
    if (!config)
        return fail(config.error().message);

    if (admin) {
        QTextStream in(stdin);
        QTextStream out(stdout);
        return AdminCommands(*config, in, out).run(positional.mid(1));
    }

    Relay relay(*config);
    if (auto port = relay.start(); !port)
        return fail(port.error().message);

    ShutdownSignal shutdown;
    QObject::connect(&shutdown, &ShutdownSignal::requested, &app, [&relay] {
        relay.stop(); // finishes the commits in flight, answers their senders
        QCoreApplication::quit();
    });
    return app.exec();
}
