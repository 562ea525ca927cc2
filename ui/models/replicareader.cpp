// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/replicareader.h"

#include "core/domain/timestamp.h"
#include "core/store/database.h"
#include "core/sync/replica.h"

namespace Switchboard::ReplicaReader {

std::unique_ptr<Database> open(const Replica &replica) {
    auto db = Database::open(replica.url());
    if (!db)
        return nullptr;
    std::unique_ptr<Database> reader = std::move(db).value();
    (void)reader->exec(QStringLiteral("PRAGMA cache_size = -512"));
    return reader;
}

QString placeholders(qsizetype count) {
    QString list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        list += i ? QStringLiteral(",?") : QStringLiteral("?");
    return list;
}

QDateTime timestamp(const QJsonObject &record, const QString &key) {
    const auto parsed = parseTimestamp(record.value(key).toString());
    return parsed ? *parsed : QDateTime();
}

} // namespace Switchboard::ReplicaReader
