// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/connections/connectionhistory.h"

#include "app/relay/records/storedformat.h"
#include "core/domain/event.h"
#include "core/store/database.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <array>

namespace Switchboard {

namespace {

//! The tracked fields of each number of one connection event, by number id.
using NumberStates = QHash<QString, QJsonObject>;

constexpr std::array<const char *, 3> trackedFields = {"quality_rating", "messaging_limit_tier",
                                                       "status"};

NumberStates numbersOf(const QJsonObject &connection) {
    NumberStates numbers;
    for (const QJsonValue &value : connection.value(QLatin1String("numbers")).toArray()) {
        const QJsonObject number = value.toObject();
        const QString id = number.value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            numbers.insert(id, number);
    }
    return numbers;
}

QJsonValue valueOrNull(const QJsonObject &number, const char *field) {
    const QString text = number.value(QLatin1String(field)).toString();
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

ConnectionHistory::ConnectionHistory(Database &database)
    : m_database(database) {}

Result<QJsonArray> ConnectionHistory::changes(const QString &tenantId, int limit) {
    // Newest first: each event is compared with the one before it, and reading stops as soon
    // as `limit` changes are found, however long the log.
    auto q = m_database.query(QStringLiteral("SELECT at, data FROM events WHERE tenant_id = ? AND "
                                             "type = ? ORDER BY seq DESC"),
                              {tenantId, toString(EventType::Connection)});
    if (!q)
        return q.error();
    QJsonArray changes;
    bool haveNewer = false;
    QString newerAt;
    NumberStates newer;
    while (changes.size() < limit && (*q)->next()) {
        const QString at = (*q)->value(0).toString();
        const NumberStates older = numbersOf(storedObject((*q)->value(1).toString()));
        if (haveNewer) {
            QStringList ids = newer.keys();
            ids.sort();
            for (const QString &id : std::as_const(ids)) {
                const auto before = older.constFind(id);
                if (before == older.cend())
                    continue;
                const QJsonObject &after = newer[id];
                for (const char *field : trackedFields) {
                    const QJsonValue from = valueOrNull(*before, field);
                    const QJsonValue to = valueOrNull(after, field);
                    if (from == to || changes.size() >= limit)
                        continue;
                    changes.append(QJsonObject{{QStringLiteral("at"), newerAt},
                                               {QStringLiteral("phone_number_id"), id},
                                               {QStringLiteral("field"), QLatin1String(field)},
                                               {QStringLiteral("from"), from},
                                               {QStringLiteral("to"), to}});
                }
            }
        }
        haveNewer = true;
        newerAt = at;
        newer = older;
    }
    (*q)->finish();
    return changes;
}

} // namespace Switchboard
