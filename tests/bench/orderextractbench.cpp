// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard-orderextract-bench: the order extractor's cost per message (issue 15, section 2:
// at most 1 ms). Extracts every case of the corpus in tests/core/orders/data/ (tuned and held
// out, both businesses, text and catalogue carts) many rounds over, timing each message alone,
// and prints the mean and the 99th percentile in microseconds.
#include "../core/orders/corpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Switchboard;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the order extractor over its corpus, per message."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Passes over the corpus (default 200)."),
                                          QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"), QStringLiteral("The corpus folder."), QStringLiteral("dir"),
        QStringLiteral(SWITCHBOARD_SOURCE_DIR "/tests/core/orders/data"));
    parser.addOptions({roundsOption, dataOption});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const QString data = parser.value(dataOption);

    const Corpus::Businesses businesses(data);
    QList<Corpus::Case> cases = Corpus::load(data, QStringLiteral("tuned.json"), businesses);
    cases += Corpus::load(data, QStringLiteral("held_out.json"), businesses);

    std::vector<qint64> nanoseconds;
    nanoseconds.reserve(size_t(rounds) * size_t(cases.size()));
    qsizetype items = 0; // keeps the work observable
    QElapsedTimer total;
    total.start();
    for (int round = 0; round < rounds; ++round) {
        for (const Corpus::Case &c : std::as_const(cases)) {
            QElapsedTimer timer;
            timer.start();
            const Extraction x = Corpus::run(businesses, c);
            nanoseconds.push_back(timer.nsecsElapsed());
            items += x.items.size();
        }
    }
    const qint64 wall = total.nsecsElapsed();
    std::sort(nanoseconds.begin(), nanoseconds.end());
    double sum = 0;
    for (qint64 ns : nanoseconds)
        sum += double(ns);
    const double mean = sum / double(nanoseconds.size()) / 1000.0;
    const double p50 = double(nanoseconds[nanoseconds.size() / 2]) / 1000.0;
    const double p99 = double(nanoseconds[nanoseconds.size() * 99 / 100]) / 1000.0;
    const double max = double(nanoseconds.back()) / 1000.0;
    std::printf("order extraction: %lld messages (%lld cases x %d rounds), %lld items, %.2f s\n",
                qlonglong(nanoseconds.size()), qlonglong(cases.size()), rounds, qlonglong(items),
                double(wall) / 1e9);
    std::printf("per message: mean %.1f us, p50 %.1f us, p99 %.1f us, max %.1f us (target <= "
                "1000 us)\n",
                mean, p50, p99, max);
    return p99 <= 1000.0 ? 0 : 1;
}
