// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/walcheckpointer.h"

#include "core/logging.h"
#include "core/store/database.h"

#include <QTimer>

#include <memory>
#include <vector>

namespace Switchboard {

//! Lives on the checkpointer's thread with one connection per file.
class CheckpointWorker : public QObject {
public:
    Status open(const QList<DatabaseUrl> &files, std::chrono::milliseconds interval) {
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

private:
    void checkpointAll() {
        for (const auto &db : m_databases) {
            if (auto done = db->query(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); !done)
                qCWarning(Log::store) << "checkpoint failed:" << done.error().message;
        }
    }

    std::vector<std::unique_ptr<Database>> m_databases;
    QTimer m_timer{this};
};

WalCheckpointer::WalCheckpointer(QList<DatabaseUrl> files, std::chrono::milliseconds interval,
                                 QObject *parent)
    : QObject(parent)
    , m_files(std::move(files))
    , m_interval(interval)
    , m_worker(QStringLiteral("checkpoint")) {}

WalCheckpointer::~WalCheckpointer() {
    stop();
}

Status WalCheckpointer::start() {
    return m_worker.start(std::make_unique<CheckpointWorker>(), [this](CheckpointWorker &worker) {
        return worker.open(m_files, m_interval);
    });
}

void WalCheckpointer::stop() {
    m_worker.stop([](CheckpointWorker &worker) { worker.close(); });
}

} // namespace Switchboard
