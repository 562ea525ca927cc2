// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <vector>

namespace Switchboard::Sandbox {

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
    const QCommandLineOption appSecret(
        QStringLiteral("app-secret"),
        QStringLiteral("The app secret that signs webhooks (default: "
                       "$SWITCHBOARD_APP_SECRET)."),
        QStringLiteral("SECRET"));
    struct IntOption {
        QCommandLineOption option;
        qint64 *target64;
        int *target;
        qint64 minimum;
    };
    SandboxOptions options;
    qint64 tokenTtl = options.tokenTtlSecs;
    const auto number = [](const char *name, const char *help) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                  QStringLiteral("N"));
    };
    std::vector<IntOption> numbers = {
        {number("status-delay-ms", "Delay between status webhooks (default 300)."), nullptr,
         &options.statusDelayMs, 0},
        {number("template-review-ms", "Time a new template stays PENDING (default 1000)."), nullptr,
         &options.templateReviewMs, 0},
        {number("code-ttl-s", "Lifetime of a signup code (default 30)."), nullptr,
         &options.codeTtlSecs, 1},
        {number("token-ttl-s", "Lifetime of a business token, 0 = never (default 60 days)."),
         &tokenTtl, nullptr, 0},
        {number("throughput-mps", "Messages per second per number (default 80)."), nullptr,
         &options.throughputMps, 1},
        {number("pair-burst", "Messages to one user in a burst (default 45)."), nullptr,
         &options.pairBurst, 1},
        {number("pair-interval-ms", "Refill of the pair rate limit (default 6000)."), nullptr,
         &options.pairIntervalMs, 1},
        {number("webhook-retry-ms", "First webhook retry delay (default 500)."), nullptr,
         &options.webhookRetryMs, 1},
        {number("webhook-max-attempts", "Webhook delivery attempts (default 8)."), nullptr,
         &options.webhookMaxAttempts, 1},
    };
    const QCommandLineOption verificationCode(
        QStringLiteral("verification-code"),
        QStringLiteral("The code request_code pretends to send (default 123456)."),
        QStringLiteral("CODE"));
    const QCommandLineOption requireSubscription(
        QStringLiteral("require-subscription"),
        QStringLiteral("Deliver a WABA's webhooks only after POST subscribed_apps, as Meta does."));
    const QCommandLineOption webhookBody(
        QStringLiteral("webhook-body"),
        QStringLiteral("Webhook bodies as Meta sends them, non-ASCII escaped as \\uXXXX "
                       "(escaped, the default), or raw UTF-8 signed over the escaped form (raw)."),
        QStringLiteral("escaped|raw"));
    parser.addOptions(
        {listen, webhook, appId, appSecret, verificationCode, requireSubscription, webhookBody});
    for (const auto &entry : numbers)
        parser.addOption(entry.option);
    parser.process(arguments);

    for (const auto &entry : numbers) {
        if (!parser.isSet(entry.option))
            continue;
        const QString name = entry.option.names().constFirst();
        bool ok = false;
        const qint64 value = parser.value(entry.option).toLongLong(&ok);
        if (!ok || value < entry.minimum || (entry.target && value > 1000000000))
            return Error{QStringLiteral("--") + name,
                         QStringLiteral("--%1: expected a number of at least %2, got '%3'")
                             .arg(name)
                             .arg(entry.minimum)
                             .arg(parser.value(entry.option))};
        if (entry.target)
            *entry.target = int(value);
        else
            *entry.target64 = value;
    }
    options.tokenTtlSecs = tokenTtl;
    if (parser.isSet(verificationCode))
        options.verificationCode = parser.value(verificationCode);
    options.requireSubscription = parser.isSet(requireSubscription);
    if (parser.isSet(webhookBody)) {
        const QString value = parser.value(webhookBody);
        if (value == QStringLiteral("escaped"))
            options.webhookBody = WebhookBody::Escaped;
        else if (value == QStringLiteral("raw"))
            options.webhookBody = WebhookBody::Raw;
        else
            return Error{
                QStringLiteral("--webhook-body"),
                QStringLiteral("--webhook-body: expected escaped or raw, got '%1'").arg(value)};
    }

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
    // The secret may come from the environment, as the relay reads it, so that it never shows
    // in the process list.
    options.appSecret = parser.isSet(appSecret) ? parser.value(appSecret)
                                                : qEnvironmentVariable("SWITCHBOARD_APP_SECRET");
    if (options.appId.isEmpty())
        return Error{QStringLiteral("--app-id"), QStringLiteral("--app-id is required")};
    if (options.appSecret.isEmpty())
        return Error{QStringLiteral("--app-secret"),
                     QStringLiteral("--app-secret (or SWITCHBOARD_APP_SECRET) is required")};
    return options;
}

} // namespace Switchboard::Sandbox
