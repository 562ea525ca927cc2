// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard-console-bench: the console's side of issue 13's performance targets, against a real
// relay process that already holds the business's history (tests/bench/run-console-bench.sh
// loads it). Three measurements, each with the real classes:
//  1. catch-up: an empty replica, the main window shown, the Workspace's SyncEngine paging the
//     whole log; the time to the first 100,000 events and to all, and the longest the main
//     thread went without running its event loop (a 5 ms timer's worst lateness);
//  2. live: webhooks posted one at a time once live; the time from each POST to the Replica's
//     change announcement on the main thread, where the models update (an upper bound of
//     "frame arrived → models");
//  3. the Conversations page (tests/bench/inboxbench.h);
//  4. cold start: the built console started N times on that replica with the session in the
//     keychain; the time from exec to a usable window (business open, first paint done, as the
//     console reports with --startup-report) and its resident memory then.
#include "core/crypto/hmac.h"
#include "core/session/sessionstore.h"
#include "core/session/workspace.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"
#include "tests/bench/inboxbench.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Switchboard;

namespace {

//! The worst lateness of a 5 ms timer on this thread: how long the event loop stalled.
class StallMonitor : public QObject {
public:
    StallMonitor() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_gaps.push_back((now - m_last) / 1e6 - 5.0);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    double worst() const {
        return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end());
    }
    double percentile(double p) const {
        if (m_gaps.empty())
            return 0;
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * sorted.size()))];
    }
    int over(double ms) const {
        return int(std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g > ms; }));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

QByteArray textDelivery(const QString &phoneNumberId, int n) {
    const QByteArray id = QByteArray::number(n);
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"WABA-PN1\",\"changes\":["
           "{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{"
           "\"display_phone_number\":\"15550000001\",\"phone_number_id\":\"" +
           phoneNumberId.toUtf8() +
           "\"},\"contacts\":[{\"profile\":{\"name\":\"Live\"},\"wa_id\":\"972599000001\"}],"
           "\"messages\":[{\"from\":\"972599000001\",\"id\":\"wamid.live" +
           id + "\",\"timestamp\":\"" + QByteArray::number(QDateTime::currentSecsSinceEpoch()) +
           "\",\"type\":\"text\",\"text\":{\"body\":\"live message " + id + "\"}}]}}]}]}";
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption relayOption(QStringLiteral("relay"), QStringLiteral("Relay URL."),
                                         QStringLiteral("URL"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("User."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Password."),
                                            QStringLiteral("P"));
    const QCommandLineOption secretOption(QStringLiteral("secret"),
                                          QStringLiteral("App secret (signs live webhooks)."),
                                          QStringLiteral("S"));
    const QCommandLineOption consoleOption(QStringLiteral("console"),
                                           QStringLiteral("The switchboard binary."),
                                           QStringLiteral("PATH"));
    const QCommandLineOption homeOption(QStringLiteral("home"),
                                        QStringLiteral("An empty folder for the console's data."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption startsOption(QStringLiteral("starts"),
                                          QStringLiteral("Cold starts to time (default 5)."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({relayOption, userOption, passwordOption, secretOption, consoleOption,
                       homeOption, startsOption});
    parser.process(app);
    const QUrl relay(parser.value(relayOption));
    const QString home = parser.value(homeOption);
    const QString configHome = home + QStringLiteral("/config");
    const QString dataHome = home + QStringLiteral("/data");
    const QString dataDirectory = dataHome + QStringLiteral("/switchboard");

    QNetworkAccessManager network;
    RelayClient client(&network, relay);
    RelayReply *login = client.login(parser.value(userOption), parser.value(passwordOption));
    QEventLoop signingIn;
    QObject::connect(login, &RelayReply::finished, &signingIn, &QEventLoop::quit);
    QTimer::singleShot(10000, &signingIn, &QEventLoop::quit);
    signingIn.exec();
    if (!login->ok()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(login->error().message));
        return 1;
    }
    const QJsonObject tenant =
        login->json().value(QStringLiteral("tenants")).toArray()[0].toObject();
    const Business business{tenant.value(QStringLiteral("id")).toString(),
                            tenant.value(QStringLiteral("name")).toString(),
                            tenant.value(QStringLiteral("role")).toString()};

    // 1. Catch-up into an empty replica with the window on screen.
    QDir(dataDirectory).removeRecursively();
    QSettings settings(configHome + QStringLiteral("/switchboard/console.conf"),
                       QSettings::IniFormat);
    Language language;
    language.apply(QStringLiteral("en"));
    MainWindow window(&language, &settings);
    window.show();
    Workspace workspace(&client, business, dataDirectory);
    if (Status opened = workspace.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    window.setWorkspace(&workspace, relay, parser.value(userOption));
    QCoreApplication::processEvents();
    double firstHundredThousandS = 0;
    QElapsedTimer clock;
    StallMonitor stalls;
    QObject::connect(workspace.sync(), &SyncEngine::progressChanged, &app, [&] {
        if (firstHundredThousandS == 0 && workspace.sync()->progress().applied >= 100000)
            firstHundredThousandS = clock.nsecsElapsed() / 1e9;
    });
    clock.start();
    workspace.goLive();
    while (workspace.sync()->state() != SyncEngine::State::Live && clock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double catchUpS = clock.nsecsElapsed() / 1e9;
    const qint64 events = workspace.replica()->cursor();
    std::printf("catch-up: %lld events in %.2f s (first 100,000 in %.2f s); messages %lld, "
                "conversations %lld, customers %lld\n",
                events, catchUpS, firstHundredThousandS,
                workspace.replica()->count(QStringLiteral("message")).value(),
                workspace.replica()->count(QStringLiteral("conversation")).value(),
                workspace.replica()->count(QStringLiteral("customer")).value());
    std::printf("  main thread during catch-up: worst stall %.1f ms, p99 %.1f ms, %d stalls over "
                "50 ms\n",
                stalls.worst(), stalls.percentile(0.99), stalls.over(50));

    // 2. Live events: POST → the replica's announcement on this thread.
    const QString phoneNumberId = QStringLiteral("PN1");
    std::vector<double> live;
    std::vector<double> fromFrame;
    QElapsedTimer sent;
    QElapsedTimer frame;
    bool waiting = false;
    QObject::connect(workspace.sync(), &SyncEngine::frameArrived, &app, [&] {
        if (waiting && !frame.isValid())
            frame.start();
    });
    QObject::connect(workspace.replica(), &Replica::changed, &app,
                     [&](const ReplicaChange &change) {
                         if (waiting && change.upserted.contains(QStringLiteral("message"))) {
                             live.push_back(sent.nsecsElapsed() / 1e6);
                             if (frame.isValid())
                                 fromFrame.push_back(frame.nsecsElapsed() / 1e6);
                             waiting = false;
                         }
                     });
    const QByteArray secret = parser.value(secretOption).toUtf8();
    for (int n = 0; n < 50; ++n) {
        const QByteArray body = textDelivery(phoneNumberId, n);
        QNetworkRequest request(relay.resolved(QUrl(QStringLiteral("/webhook"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256",
                             "sha256=" + Hmac::hmacSha256(secret, body).value().toHex());
        waiting = true;
        frame.invalidate();
        sent.start();
        QNetworkReply *reply = network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        QElapsedTimer wait;
        wait.start();
        while (waiting && wait.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QTimer pause;
        QEventLoop idle;
        QTimer::singleShot(50, &idle, &QEventLoop::quit);
        idle.exec();
    }
    std::sort(live.begin(), live.end());
    std::sort(fromFrame.begin(), fromFrame.end());
    if (!fromFrame.empty())
        std::printf("live: %zu frames, first frame → replica announced on the main thread: p50 "
                    "%.1f ms, p99 %.1f ms, max %.1f ms\n",
                    fromFrame.size(), fromFrame[fromFrame.size() / 2],
                    fromFrame[std::min(fromFrame.size() - 1, size_t(fromFrame.size() * 0.99))],
                    fromFrame.back());
    if (!live.empty())
        std::printf("live: %zu webhooks, POST → replica announced on the main thread: p50 %.1f ms, "
                    "p99 %.1f ms, max %.1f ms\n",
                    live.size(), live[live.size() / 2],
                    live[std::min(live.size() - 1, size_t(live.size() * 0.99))], live.back());
    // 3. The Conversations page on that replica, live.
    runInboxBench(workspace, window, network, relay, secret, parser.value(userOption));
    workspace.stop();
    window.setPage(MainWindow::Page::Conversations, nullptr);
    window.setWorkspace(nullptr, relay, {});

    // 4. Cold starts of the real console on that replica, signed in from the keychain.
    SessionStore store(&settings);
    store.remember(relay, parser.value(userOption), {business});
    store.setCurrentBusiness(business.id);
    auto stored = store.storeToken(client.token());
    while (!stored.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    if (!stored.result()) {
        std::fprintf(stderr, "%s\n", qPrintable(stored.result().error().message));
        return 1;
    }
    std::vector<double> startMs;
    std::vector<double> rssMb;
    for (int run = 0; run < parser.value(startsOption).toInt(); ++run) {
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        console.setProcessEnvironment(env);
        QElapsedTimer started;
        started.start();
        console.start(parser.value(consoleOption), {QStringLiteral("--lang"), QStringLiteral("en"),
                                                    QStringLiteral("--startup-report")});
        // The console writes its report the moment its window is usable, then quits.
        QByteArray line;
        while (!line.contains('\n') && console.waitForReadyRead(20000))
            line += console.readAllStandardOutput();
        const double usable = started.nsecsElapsed() / 1e6;
        console.waitForFinished(20000);
        const double wall = started.nsecsElapsed() / 1e6;
        const QJsonObject report = QJsonDocument::fromJson(line.trimmed()).object();
        if (report.isEmpty()) {
            std::fprintf(stderr, "no startup report: %s\n",
                         console.readAllStandardError().constData());
            return 1;
        }
        startMs.push_back(usable);
        rssMb.push_back(report.value(QStringLiteral("rss_kb")).toDouble() / 1024);
        std::printf("  cold start %d: usable after %.0f ms (process ran %.0f ms), RSS %.1f MB\n",
                    run + 1, startMs.back(), wall, rssMb.back());
    }
    std::printf("cold start with %lld messages: median %.0f ms to a usable window, RSS %.1f MB "
                "(WebEngine not created)\n",
                workspace.replica()->count(QStringLiteral("message")).value(), median(startMs),
                median(rssMb));
    store.eraseToken();
    return 0;
}
