// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"
#include "core/store/walcheckpointer.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <thread>

using namespace Switchboard;

//! A writer whose commits leave checkpoints to a WalCheckpointer, as the relay's ingest and
//! webhook inbox do.
class TestWalCheckpointer : public QObject {
    Q_OBJECT

    static constexpr int blobBytes = 12 * 1024; // three or four pages a transaction

    //! Commits `transactions` rows at about the pace of a busy ingest, reading between them as a
    //! stream client would, then calls `thenWhileOpen` (the last connection to close copies the
    //! whole log back and deletes it); false when any statement failed.
    static bool write(const DatabaseUrl &url, int transactions,
                      const std::function<void()> &thenWhileOpen) {
        auto writer = Database::open(url);
        auto reader = Database::open(url);
        if (!writer || !reader)
            return false;
        if (!(*writer)->deferCheckpoints() ||
            !(*writer)->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, "
                                            "data BLOB NOT NULL)")))
            return false;
        const QByteArray blob(blobBytes, 'x');
        for (int i = 0; i < transactions; ++i) {
            if (!(*writer)->begin() ||
                !(*writer)->query(QStringLiteral("INSERT INTO t (data) VALUES (?)"), {blob}) ||
                !(*writer)->commit())
                return false;
            if (!(*reader)->query(QStringLiteral("SELECT MAX(id) FROM t")))
                return false;
            std::this_thread::sleep_for(std::chrono::microseconds(300));
        }
        thenWhileOpen();
        return true;
    }

    static qint64 fileSize(const DatabaseUrl &url, const QString &suffix = {}) {
        return QFileInfo(url.sqlitePath + suffix).size();
    }

    static qint64 rows(const DatabaseUrl &url) {
        auto db = Database::open(url);
        if (!db)
            return -1;
        auto q = (*db)->query(QStringLiteral("SELECT COUNT(*) FROM t"));
        return q && (*q)->next() ? (*q)->value(0).toLongLong() : -1;
    }

    //! About 3.6 MB of rows, some 1,500 pages of log: more than SQLite's own checkpoint threshold
    //! (1,000 pages), less than the deferring writer's.
    static constexpr int underThreshold = 300;

private Q_SLOTS:
    //! The control: a deferring writer does not checkpoint at SQLite's 1,000 pages, so without a
    //! checkpointer its rows are still only in the log.
    void deferringWriterLeavesItsRowsInTheLog() {
        QTemporaryDir dir;
        const auto url = DatabaseUrl::parse(dir.filePath(QStringLiteral("w.sqlite"))).value();
        qint64 database = -1, log = -1;
        QVERIFY(write(url, underThreshold, [&] {
            database = fileSize(url);
            log = fileSize(url, QStringLiteral("-wal"));
        }));
        QVERIFY2(database < qint64(underThreshold) * blobBytes / 4,
                 qPrintable(QString::number(database)));
        QVERIFY2(log >= qint64(underThreshold) * blobBytes, qPrintable(QString::number(log)));
        QCOMPARE(rows(url), underThreshold);
    }

    //! With the checkpointer, committed rows reach the database file within moments, while the
    //! writer never checkpointed itself.
    void checkpointerCopiesCommitsBack() {
        QTemporaryDir dir;
        const auto url = DatabaseUrl::parse(dir.filePath(QStringLiteral("w.sqlite"))).value();
        WalCheckpointer checkpointer({url}, std::chrono::milliseconds(10));
        QVERIFY(checkpointer.start());
        bool copied = false;
        QVERIFY(write(url, underThreshold, [&] {
            QDeadlineTimer deadline(5000);
            while (!deadline.hasExpired() && !copied) {
                copied = fileSize(url) >= qint64(underThreshold) * blobBytes;
                QTest::qWait(10);
            }
        }));
        checkpointer.stop();
        QVERIFY(copied);
        QCOMPARE(rows(url), underThreshold);
    }

    //! Written far past the writer's threshold, the log still stays near it: the writer's own
    //! checkpoints, with little left to copy, start it again.
    void logStaysNearTheWritersThreshold() {
        QTemporaryDir dir;
        const auto url = DatabaseUrl::parse(dir.filePath(QStringLiteral("w.sqlite"))).value();
        WalCheckpointer checkpointer({url}, std::chrono::milliseconds(10));
        QVERIFY(checkpointer.start());
        constexpr int transactions = 2000; // about 24 MB
        qint64 log = -1;
        QVERIFY(write(url, transactions, [&] { log = fileSize(url, QStringLiteral("-wal")); }));
        checkpointer.stop();
        const qint64 threshold = qint64(Database::deferredCheckpointPages) * 4096;
        QVERIFY2(log > 0 && log < threshold * 3 / 2, qPrintable(QString::number(log)));
        QCOMPARE(rows(url), transactions);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
