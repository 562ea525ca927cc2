// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/walcheckpointer.h"

#include "core/logging.h"
#include "core/store/database.h"

#include <QSqlQuery>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Switchboard {

//! Lives on the checkpointer's thread with one connection per file.
class CheckpointWorker : public QObject {
public:
    Status open(const QList<DatabaseUrl> &files, std::chrono::milliseconds interval,
                int restartFrames) {
        m_restartFrames = restartFrames;
        for (const DatabaseUrl &file : files) {
            auto db = Database::open(file);
            if (!db)
                return db.error();
            m_databases.push_back(std::move(db).value());
        }
        m_timer.setTimerType(Qt::CoarseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] { checkpointAll(); });
        m_timer.start(interval);
        return success();
    }

    void close() {
        m_timer.stop();
        checkpointAll();
        m_databases.clear();
    }

    void checkpointAll() {
        for (const auto &db : m_databases)
            checkpoint(*db, m_restartFrames);
    }

private:
    //! Frames still to copy after a passive checkpoint, below which it is run again at once, or
    //! restarts the log.
    static constexpr int fewFrames = 512;
    static constexpr int maxPasses = 3;

    static void checkpoint(Database &db, int restartFrames) {
        for (int pass = 0; pass < maxPasses; ++pass) {
            const auto passive = run(db, "PASSIVE");
            if (!passive)
                return;
            const auto [logged, copied] = *passive;
            const int left = logged - copied;
            if (left > fewFrames)
                return; // the next round copies more
            if (logged >= restartFrames) {
                run(db, "RESTART");
                return;
            }
            if (left == 0)
                return;
        }
    }

    //! Frames in the log and frames copied back, after a checkpoint in `mode`.
    static std::optional<std::pair<int, int>> run(Database &db, const char *mode) {
        auto done = db.query(QStringLiteral("PRAGMA wal_checkpoint(%1)").arg(QLatin1String(mode)));
        if (!done) {
            qCWarning(Log::store) << "checkpoint failed:" << done.error().message;
            return std::nullopt;
        }
        if (!(*done)->next())
            return std::nullopt;
        return std::pair((*done)->value(1).toInt(), (*done)->value(2).toInt());
    }

    std::vector<std::unique_ptr<Database>> m_databases;
    QTimer m_timer{this};
    int m_restartFrames = WalCheckpointer::defaultRestartFrames;
};

WalCheckpointer::WalCheckpointer(QList<DatabaseUrl> files, std::chrono::milliseconds interval,
                                 int restartFrames, QObject *parent)
    : QObject(parent)
    , m_files(std::move(files))
    , m_interval(interval)
    , m_restartFrames(restartFrames) {
    m_thread.setObjectName(QStringLiteral("checkpoint"));
}

WalCheckpointer::~WalCheckpointer() {
    stop();
}

Status WalCheckpointer::start() {
    m_worker = new CheckpointWorker;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    Status opened = success();
    QMetaObject::invokeMethod(
        m_worker,
        [this, &opened] { opened = m_worker->open(m_files, m_interval, m_restartFrames); },
        Qt::BlockingQueuedConnection);
    return opened;
}

void WalCheckpointer::stop() {
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
}

} // namespace Switchboard
