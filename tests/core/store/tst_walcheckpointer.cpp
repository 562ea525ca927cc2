// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"
#include "core/store/walcheckpointer.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Switchboard;

//! A writer whose commits leave checkpoints to a WalCheckpointer, as the relay's ingest and
//! webhook inbox do.
class TestWalCheckpointer : public QObject {
    Q_OBJECT

    static constexpr int transactions = 1200;
    static constexpr int blobBytes = 12 * 1024; // three or four pages a transaction

    //! Writes `transactions` commits at about the pace of a busy ingest, reading between them as
    //! a stream client would; returns the size of the log file at the end.
    static qint64 writeAndMeasureLog(const DatabaseUrl &url) {
        auto writer = Database::open(url);
        auto reader = Database::open(url);
        if (!writer || !reader)
            return -1;
        if (!(*writer)->deferCheckpoints() ||
            !(*writer)->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, "
                                            "data BLOB NOT NULL)")))
            return -1;
        const QByteArray blob(blobBytes, 'x');
        for (int i = 0; i < transactions; ++i) {
            if (!(*writer)->begin() ||
                !(*writer)->query(QStringLiteral("INSERT INTO t (data) VALUES (?)"), {blob}) ||
                !(*writer)->commit())
                return -1;
            if (!(*reader)->query(QStringLiteral("SELECT MAX(id) FROM t")))
                return -1;
            std::this_thread::sleep_for(std::chrono::microseconds(300));
        }
        const qint64 log = QFileInfo(url.sqlitePath + QStringLiteral("-wal")).size();
        qInfo() << "log file:" << log << "bytes, after" << qint64(transactions) * blobBytes
                << "bytes of rows";
        return log;
    }

    static qint64 rows(const DatabaseUrl &url) {
        auto db = Database::open(url);
        if (!db)
            return -1;
        auto q = (*db)->query(QStringLiteral("SELECT COUNT(*) FROM t"));
        return q && (*q)->next() ? (*q)->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    //! The control: a deferring writer does not checkpoint at SQLite's 1,000 pages, so without
    //! a checkpointer its log holds everything written.
    void deferringWriterLeavesTheLogToGrow() {
        QTemporaryDir dir;
        const DatabaseUrl url =
            DatabaseUrl::parse(dir.filePath(QStringLiteral("w.sqlite"))).value();
        const qint64 log = writeAndMeasureLog(url);
        QVERIFY(log > 0);
        QVERIFY2(log >= qint64(transactions) * blobBytes, qPrintable(QString::number(log)));
        QCOMPARE(rows(url), transactions);
    }

    //! With the checkpointer, the log is copied back and started again while the writer goes on:
    //! it stays near the restart threshold, a fraction of what was written, and every commit
    //! succeeded although restarting checkpoints held the writer back now and then.
    void checkpointerKeepsTheLogSmall() {
        QTemporaryDir dir;
        const DatabaseUrl url =
            DatabaseUrl::parse(dir.filePath(QStringLiteral("w.sqlite"))).value();
        constexpr int restartFrames = 256;
        WalCheckpointer checkpointer({url}, std::chrono::milliseconds(10), restartFrames);
        QVERIFY(checkpointer.start());
        const qint64 log = writeAndMeasureLog(url);
        checkpointer.stop();
        QVERIFY(log > 0);
        QVERIFY2(log < qint64(transactions) * blobBytes / 3, qPrintable(QString::number(log)));
        QCOMPARE(rows(url), transactions);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
