// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/event.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

class Database;

//! A table of small records a tenant's admins keep by hand (labels, quick replies): an id, a
//! key unique per tenant (a label's name, a reply's shortcut) and the record as JSON, each change
//! written with its event inside the caller's transaction (TenantTransaction).
class NamedRecords {
public:
    struct Table {
        const char *name;      //!< "labels"
        const char *keyColumn; //!< "name"
        EventType event;       //!< EventType::Label
        const char *what;      //!< "label", for messages to people
        const char *keyName;   //!< "name", for messages to people
    };
    NamedRecords(Database &database, QString tenantId, const Table &table);

    //! Every record of the tenant, by key.
    Result<QList<QJsonObject>> list();
    Result<std::optional<QJsonObject>> find(const QString &id);
    //! Stores a new record, or overwrites the one of the same id; either way with an upsert
    //! event. Errors: "conflict" when another record of the tenant has the key already.
    Status save(const QString &id, const QString &key, const QJsonObject &record, bool isNew);
    //! Removes a record with a delete event (data: its id). False when the tenant has none.
    Result<bool> remove(const QString &id);

    //! Whether any event was appended (for the stream's wake-up).
    bool appended() const { return m_appended; }

private:
    Database &m_database;
    QString m_tenantId;
    Table m_table;
    bool m_appended = false;
};

} // namespace Switchboard
