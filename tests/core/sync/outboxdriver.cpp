// SPDX-License-Identifier: GPL-3.0-or-later
// A console reduced to its Outbox, for tst_outbox's kill -9 test: it opens the outbox file,
// enqueues the given messages, sends whatever is pending to the relay, and exits 0 once nothing
// is left. The test kills it with SIGKILL at chosen moments and starts it again.
//
//   outboxdriver FILE RELAY_URL TENANT_ID [TO=TEXT …]     (bearer token in SWITCHBOARD_TEST_TOKEN)
//
// Prints one line per step on stdout, flushed at once: "open", "queued KEY TEXT" only after
// enqueue() returned (the command is durable), "sending KEY", "done KEY", "failed KEY CODE",
// "idle" (nothing left but failed commands).
#include "core/sync/outbox.h"
#include "core/sync/relayclient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Switchboard;

namespace {

void say(const QString &line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: outboxdriver FILE RELAY_URL TENANT_ID [TO=TEXT ...]\n", stderr);
        return 2;
    }
    QNetworkAccessManager network;
    RelayClient client(&network, QUrl(arguments.at(2)),
                       qEnvironmentVariable("SWITCHBOARD_TEST_TOKEN"));
    client.setTimeoutMs(3000);
    DatabaseUrl url;
    url.sqlitePath = arguments.at(1);
    Outbox outbox(url, &client, arguments.at(3));
    outbox.setRetryDelays(50, 400);
    if (Status opened = outbox.open(); !opened) {
        std::fputs(qPrintable(opened.error().message + QLatin1Char('\n')), stderr);
        return 1;
    }
    say(QStringLiteral("open"));

    auto finishWhenIdle = [&] {
        const QList<Outbox::Command> left = outbox.commands();
        if (std::all_of(left.cbegin(), left.cend(), [](const Outbox::Command &c) {
                return c.state == Outbox::State::Failed;
            })) {
            say(QStringLiteral("idle"));
            app.quit();
        }
    };
    QObject::connect(&outbox, &Outbox::commandChanged, &app, [&](const Outbox::Command &c) {
        const QString key = QString::fromLatin1(c.idempotencyKey);
        if (c.state == Outbox::State::Sending)
            say(QStringLiteral("sending ") + key);
        else if (c.state == Outbox::State::Failed) {
            say(QStringLiteral("failed %1 %2").arg(key, c.error.code));
            finishWhenIdle();
        }
    });
    QObject::connect(&outbox, &Outbox::commandFinished, &app, [&](const Outbox::Command &c) {
        say(QStringLiteral("done ") + QString::fromLatin1(c.idempotencyKey));
        QTimer::singleShot(0, &app, finishWhenIdle);
    });

    for (const QString &argument : arguments.mid(4)) {
        const QString to = argument.section(QLatin1Char('='), 0, 0);
        const QString text = argument.section(QLatin1Char('='), 1);
        auto queued = outbox.enqueue(
            Outbox::Kind::SendMessage, to, "POST", outbox.tenantPath(QStringLiteral("/messages")),
            {{QStringLiteral("to"), to},
             {QStringLiteral("type"), QStringLiteral("text")},
             {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}});
        if (!queued) {
            std::fputs(qPrintable(queued.error().message + QLatin1Char('\n')), stderr);
            return 1;
        }
        say(QStringLiteral("queued %1 %2").arg(QString::fromLatin1(queued->idempotencyKey), text));
    }
    outbox.setOnline(true);
    QTimer::singleShot(0, &app, finishWhenIdle);
    return app.exec();
}
