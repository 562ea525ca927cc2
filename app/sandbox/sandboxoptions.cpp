// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Switchboard {

Result<SandboxOptions> SandboxOptions::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Switchboard sandbox: a local stand-in for Meta's Graph API, Embedded Signup dialog and "
        "WhatsApp customers, for demos and tests without a Meta app."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to serve (default "
                                                   "127.0.0.1:8090)."),
                                    QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption webhook(QStringLiteral("webhook-url"),
                                     QStringLiteral("Where signed webhooks are delivered."),
                                     QStringLiteral("URL"));
    const QCommandLineOption appId(QStringLiteral("app-id"), QStringLiteral("The Meta app id."),
                                   QStringLiteral("ID"));
    const QCommandLineOption appSecret(QStringLiteral("app-secret"),
                                       QStringLiteral("The app secret that signs webhooks."),
                                       QStringLiteral("SECRET"));
    parser.addOptions({listen, webhook, appId, appSecret});
    parser.process(arguments);

    SandboxOptions options;
    if (parser.isSet(listen)) {
        const QString value = parser.value(listen);
        const int colon = value.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = value.mid(colon + 1).toInt(&ok);
        const QHostAddress address(value.left(colon));
        if (colon < 0 || !ok || port < 0 || port > 65535 || address.isNull())
            return Error{QStringLiteral("--listen"),
                         QStringLiteral("--listen: expected ADDRESS:PORT, got '%1'").arg(value)};
        options.listenAddress = address;
        options.listenPort = quint16(port);
    }
    if (parser.isSet(webhook)) {
        options.webhookUrl = QUrl(parser.value(webhook), QUrl::StrictMode);
        if (!options.webhookUrl.isValid() || options.webhookUrl.host().isEmpty())
            return Error{
                QStringLiteral("--webhook-url"),
                QStringLiteral("--webhook-url: not a URL: '%1'").arg(parser.value(webhook))};
    }
    options.appId = parser.value(appId);
    options.appSecret = parser.value(appSecret);
    if (options.appId.isEmpty())
        return Error{QStringLiteral("--app-id"), QStringLiteral("--app-id is required")};
    if (options.appSecret.isEmpty())
        return Error{QStringLiteral("--app-secret"), QStringLiteral("--app-secret is required")};
    return options;
}

} // namespace Switchboard
