// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard-replica-bench: the Replica's share of a console's catch-up. Applies 100,000 message
// events (5,000 conversations, 5,000 customers, English and Hebrew text) in pages of 5,000 to an
// empty replica, as the SyncEngine hands them over, and reports the time from the first page
// queued to the last committed, the slowest page, and the longest the owner's event loop went
// without running (the announcements arrive there; the writing must not stall it).
#include "core/sync/replica.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Switchboard;

namespace {

QList<QList<QJsonObject>> makePages(int events, int conversations, int pageSize) {
    const QStringList words{QStringLiteral("שלום"),  QStringLiteral("פיצה"),
                            QStringLiteral("גדולה"), QStringLiteral("בבקשה"),
                            QStringLiteral("hello"), QStringLiteral("large"),
                            QStringLiteral("pizza"), QStringLiteral("delivery")};
    QList<QList<QJsonObject>> pages;
    QList<QJsonObject> page;
    for (int seq = 1; seq <= events; ++seq) {
        const int conversation = seq % conversations;
        QString text;
        for (int w = 0; w < 6; ++w)
            text += words.at((seq * 7 + w * 3) % words.size()) + QLatin1Char(' ');
        text += QString::number(seq);
        const QJsonObject message{
            {QStringLiteral("id"), QStringLiteral("msg_%1").arg(seq)},
            {QStringLiteral("wamid"), QStringLiteral("wamid.%1").arg(seq)},
            {QStringLiteral("conversation_id"), QStringLiteral("conv_%1").arg(conversation)},
            {QStringLiteral("customer_id"), QStringLiteral("cust_%1").arg(conversation)},
            {QStringLiteral("direction"),
             seq % 3 ? QStringLiteral("inbound") : QStringLiteral("outbound")},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), text},
            {QStringLiteral("status"), QStringLiteral("delivered")},
            {QStringLiteral("timestamp"), QStringLiteral("2026-12-02T%1:%2:%3Z")
                                              .arg(seq / 3600 % 24, 2, 10, QLatin1Char('0'))
                                              .arg(seq / 60 % 60, 2, 10, QLatin1Char('0'))
                                              .arg(seq % 60, 2, 10, QLatin1Char('0'))}};
        page << QJsonObject{{QStringLiteral("seq"), seq},
                            {QStringLiteral("type"), QStringLiteral("message")},
                            {QStringLiteral("op"), QStringLiteral("upsert")},
                            {QStringLiteral("at"), QStringLiteral("2026-12-02T10:00:00Z")},
                            {QStringLiteral("data"), message}};
        if (page.size() == pageSize) {
            pages << page;
            page.clear();
        }
    }
    if (!page.isEmpty())
        pages << page;
    return pages;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times a replica's catch-up."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events."),
                                          QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("Conversations (and customers)."),
                                                 QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Events a page."),
                                        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Directory for the replica (default: a "
                                                      "temporary one)."),
                                       QStringLiteral("path"));
    parser.addOptions({eventsOption, conversationsOption, pageOption, dirOption});
    parser.process(app);

    QTemporaryDir temporary;
    const QString directory = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QList<QList<QJsonObject>> pages =
        makePages(parser.value(eventsOption).toInt(), parser.value(conversationsOption).toInt(),
                  parser.value(pageOption).toInt());

    Replica replica(Replica::location(directory, QUrl(QStringLiteral("https://relay.example.com")),
                                      QStringLiteral("bench")));
    if (const Status opened = replica.open(); !opened) {
        std::fprintf(stderr, "cannot open the replica: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    if (replica.cursor() != 0) {
        std::fprintf(stderr, "the replica is not empty (cursor %lld)\n", replica.cursor());
        return 1;
    }

    // The owner's event loop: how long it ever went between two ticks of a 1 ms timer.
    QElapsedTimer sinceTick;
    qint64 longestGapNs = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestGapNs = std::max(longestGapNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    qint64 announcedIds = 0;
    QObject::connect(&replica, &Replica::changed, [&](const ReplicaChange &change) {
        for (const QStringList &ids : change.upserted)
            announcedIds += ids.size();
    });

    // As the SyncEngine does: the next page once the previous one is durable.
    QElapsedTimer total;
    QElapsedTimer pageClock;
    qint64 slowestPageNs = 0;
    int next = 0;
    int exitCode = 0;
    QFutureWatcher<Status> watcher;
    const auto applyNext = [&] {
        pageClock.start();
        watcher.setFuture(replica.apply(pages.at(next++)));
    };
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, [&] {
        slowestPageNs = std::max(slowestPageNs, pageClock.nsecsElapsed());
        if (const Status applied = watcher.result(); !applied) {
            std::fprintf(stderr, "page %d failed: %s\n", next, qPrintable(applied.error().message));
            exitCode = 1;
            app.quit();
        } else if (next < pages.size()) {
            applyNext();
        } else {
            app.quit();
        }
    });
    QTimer::singleShot(0, [&] {
        total.start();
        sinceTick.start();
        tick.start();
        applyNext();
    });
    app.exec();
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    const qint64 events = replica.count(QStringLiteral("message")).value();
    replica.close();

    std::printf("replica apply: %lld events in %d pages: %.3f s (%.0f events/s); slowest page "
                "%.1f ms; longest owner-loop gap %.1f ms; %lld ids announced; cursor %lld\n",
                events, int(pages.size()), seconds, double(events) / seconds,
                double(slowestPageNs) / 1e6, double(longestGapNs) / 1e6, announcedIds,
                replica.cursor());
    return exitCode;
}
