// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/records/recordbatch.h"

#include "app/relay/records/storedformat.h"
#include "core/store/database.h"
#include "core/store/multirow.h"

#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <vector>

namespace Switchboard {

namespace {

//! The indexed name column (NOT NULL): staff's name, else the profile name, else '' (a customer
//! known only from an echo or a system message has neither, and a null QString binds as NULL).
QString nameColumn(const Customer &customer) {
    const QString name = customer.name.isEmpty() ? customer.profileName : customer.name;
    return name.isNull() ? QStringLiteral("") : name;
}

QVariant timestampColumn(const QDateTime &at) {
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

//! For each tenant of `wanted`, the keys `known` has not read yet, handed to `load`.
template <typename Known, typename Load>
Status loadUnread(const std::map<QString, QSet<QString>> &wanted, const Known &known, Load load) {
    for (const auto &[tenantId, values] : wanted) {
        QStringList keys;
        for (const QString &value : values) {
            if (known.find(std::pair(tenantId, value)) == known.end())
                keys << value;
        }
        if (Status loaded = load(tenantId, keys); !loaded)
            return loaded;
    }
    return success();
}

//! One table's share of a flush: `insert` … rows … `onConflict`, each row `columns` values.
struct Upsert {
    QString insert;
    int columns;
    QString onConflict;
    std::vector<const QVariantList *> rows;
};

//! SQLite: multi-row VALUES statements, table after table.
Status upsertRows(Database &database, const Upsert &table) {
    for (size_t done = 0; done < table.rows.size();) {
        const size_t count = rowsPerStatement(table.rows.size() - done);
        QVariantList bindings;
        bindings.reserve(qsizetype(count) * table.columns);
        for (size_t i = done; i < done + count; ++i)
            bindings << *table.rows[i];
        auto written =
            database.query(table.insert + QLatin1String(" VALUES ") +
                               valuesPlaceholders(table.columns, count) + table.onConflict,
                           bindings);
        if (!written)
            return written.error();
        done += count;
    }
    return success();
}

//! PostgreSQL: every table in one statement, and so one round trip, whatever the row counts:
//! each table's rows come as one array a column (unnest), and all but the last table are
//! data-modifying WITH clauses, which run to completion whether read or not.
Status upsertInOneStatement(Database &database, const std::vector<Upsert> &tables) {
    QString sql;
    QVariantList bindings;
    for (size_t i = 0; i < tables.size(); ++i) {
        const Upsert &table = tables[i];
        const QString statement =
            table.insert + QLatin1Char(' ') +
            unnestColumns(QStringList(table.columns, QStringLiteral("TEXT"))) + table.onConflict;
        if (i + 1 < tables.size())
            sql += (i == 0 ? QLatin1String("WITH ") : QLatin1String(", ")) +
                   QStringLiteral("t%1 AS (").arg(i) + statement + QLatin1Char(')');
        else
            sql += QLatin1Char(' ') + statement;
        bindings << postgresColumns(table.rows, table.columns);
    }
    auto written = database.query(sql, bindings);
    if (!written)
        return written.error();
    return success();
}

} // namespace

QString wamidKey(const Message &message) {
    if (message.type == MessageType::Note)
        return QStringLiteral("note:") + message.id; // never sent, so never named by Meta
    return message.wamid.isEmpty() ? QString(QStringLiteral("pending:") + message.id)
                                   : message.wamid;
}

RecordBatch::RecordBatch(Database &database)
    : m_database(database) {}

void RecordBatch::wantMessage(const QString &tenantId, const QString &wamid) {
    if (!wamid.isEmpty())
        m_wantedMessages[tenantId].insert(wamid);
}

void RecordBatch::wantCustomer(const QString &tenantId, const QString &waId) {
    if (!waId.isEmpty())
        m_wantedCustomers[tenantId].insert(waId);
}

Status RecordBatch::load() {
    Status loaded = loadUnread(m_wantedMessages, m_messages,
                               [this](const QString &tenantId, const QStringList &wamids) {
                                   return loadMessages(tenantId, wamids);
                               });
    if (loaded)
        loaded = loadUnread(m_wantedCustomers, m_customers,
                            [this](const QString &tenantId, const QStringList &waIds) {
                                return loadCustomers(tenantId, waIds);
                            });
    m_wantedMessages.clear();
    m_wantedCustomers.clear();
    return loaded;
}

Status RecordBatch::select(const QStringList &keys, const QString &tenantId, const Dialects &sql,
                           const std::function<void(QSqlQuery &)> &take) {
    if (keys.isEmpty())
        return success();
    if (m_database.backend() == Database::Backend::Postgres) {
        auto q = m_database.query(sql.postgres, {postgresArray(keys), tenantId});
        if (!q)
            return q.error();
        while ((*q)->next())
            take(**q);
        return success();
    }
    for (qsizetype done = 0; done < keys.size();) {
        const auto count = qsizetype(rowsPerStatement(size_t(keys.size() - done)));
        QVariantList bindings;
        for (qsizetype i = done; i < done + count; ++i)
            bindings << keys[i];
        bindings << tenantId;
        auto q = m_database.query(sql.sqlite.arg(valuesPlaceholders(int(count), 1)), bindings);
        if (!q)
            return q.error();
        while ((*q)->next())
            take(**q);
        done += count;
    }
    return success();
}

// PostgreSQL keeps one generic plan per prepared statement, made from the statistics of its
// time. With `tenant_id = ? AND wamid IN (…)` on a young table (a new relay, a new tenant), that
// plan read all the tenant's rows through the tenant_id prefix of an index and filtered the
// keys: each load grew to 35 ms within a minute of a load test, until autovacuum analysed the
// table. A lateral subquery per key (kept apart by OFFSET 0) can only be planned as a probe of
// the unique index, whatever the statistics say.

Status RecordBatch::loadMessages(const QString &tenantId, const QStringList &wamids) {
    for (const QString &wamid : wamids)
        m_messages.emplace(Key(tenantId, wamid), std::nullopt);
    static const Dialects sql{
        QStringLiteral("SELECT wamid, id, data FROM messages WHERE wamid IN %1 AND tenant_id = ?"),
        QStringLiteral("SELECT m.wamid, m.id, m.data FROM unnest(CAST(? AS TEXT[])) AS k(wamid) "
                       "CROSS JOIN LATERAL (SELECT wamid, id, data FROM messages WHERE tenant_id "
                       "= ? AND wamid = k.wamid OFFSET 0) m")};
    return select(wamids, tenantId, sql, [&](QSqlQuery &row) {
        m_messages[Key(tenantId, row.value(0).toString())] =
            Row{row.value(1).toString(), row.value(2).toString(), {}};
    });
}

Status RecordBatch::loadCustomers(const QString &tenantId, const QStringList &waIds) {
    for (const QString &waId : waIds)
        m_customers.emplace(Key(tenantId, waId), std::nullopt);
    // A row per conversation of each customer (one with nulls for a customer without).
    static const Dialects sql{
        QStringLiteral("SELECT cu.wa_id, cu.id, cu.data, cv.id, cv.phone_number_id, cv.data "
                       "FROM customers cu LEFT JOIN conversations cv ON cv.tenant_id = "
                       "cu.tenant_id AND cv.customer_id = cu.id WHERE cu.wa_id IN %1 AND "
                       "cu.tenant_id = ?"),
        QStringLiteral("SELECT cu.wa_id, cu.id, cu.data, cv.id, cv.phone_number_id, cv.data "
                       "FROM unnest(CAST(? AS TEXT[])) AS k(wa_id) CROSS JOIN LATERAL (SELECT "
                       "wa_id, id, tenant_id, data FROM customers WHERE tenant_id = ? AND wa_id "
                       "= k.wa_id OFFSET 0) cu LEFT JOIN LATERAL (SELECT id, phone_number_id, "
                       "data FROM conversations WHERE tenant_id = cu.tenant_id AND customer_id = "
                       "cu.id OFFSET 0) cv ON true")};
    return select(waIds, tenantId, sql, [&](QSqlQuery &row) {
        const QString customerId = row.value(1).toString();
        m_customers[Key(tenantId, row.value(0).toString())] =
            Row{customerId, row.value(2).toString(), {}};
        if (!row.isNull(3))
            m_conversations.try_emplace(
                ConversationKey(tenantId, customerId, row.value(4).toString()),
                Row{row.value(3).toString(), row.value(5).toString(), {}});
    });
}

Result<std::optional<Message>> RecordBatch::message(const QString &tenantId, const QString &wamid) {
    auto found = m_messages.find(Key(tenantId, wamid));
    if (found == m_messages.end()) {
        if (Status loaded = loadMessages(tenantId, {wamid}); !loaded)
            return loaded.error();
        found = m_messages.find(Key(tenantId, wamid));
    }
    if (!found->second)
        return std::optional<Message>();
    auto parsed = messageFromJson(storedObject(found->second->json));
    if (!parsed)
        return parsed.error();
    return std::optional<Message>(parsed.value());
}

Result<RecordBatch::Known> RecordBatch::customer(const QString &tenantId, const QString &waId,
                                                 const QString &phoneNumberId) {
    auto found = m_customers.find(Key(tenantId, waId));
    if (found == m_customers.end()) {
        if (Status loaded = loadCustomers(tenantId, {waId}); !loaded)
            return loaded.error();
        found = m_customers.find(Key(tenantId, waId));
    }
    Known known;
    if (!found->second)
        return known;
    auto customer = customerFromJson(storedObject(found->second->json));
    if (!customer)
        return customer.error();
    known.customer = customer.value();
    const auto conversation =
        m_conversations.find(ConversationKey(tenantId, found->second->id, phoneNumberId));
    if (conversation != m_conversations.end()) {
        auto parsed = conversationFromJson(storedObject(conversation->second.json));
        if (!parsed)
            return parsed.error();
        known.conversation = parsed.value();
    }
    return known;
}

void RecordBatch::putCustomer(const QString &tenantId, const Customer &customer,
                              const QString &json) {
    m_customers[Key(tenantId, customer.waId)] =
        Row{customer.id, json, {customer.id, tenantId, customer.waId, nameColumn(customer), json}};
}

void RecordBatch::putConversation(const QString &tenantId, const Conversation &conversation,
                                  const QString &json) {
    m_conversations[ConversationKey(tenantId, conversation.customerId,
                                    conversation.phoneNumberId)] =
        Row{conversation.id,
            json,
            {conversation.id, tenantId, conversation.customerId, conversation.phoneNumberId,
             timestampColumn(conversation.lastMessageAt), json}};
}

void RecordBatch::putMessage(const QString &tenantId, const Message &message, const QString &json) {
    const QString key = wamidKey(message);
    m_messages[Key(tenantId, key)] =
        Row{message.id,
            json,
            {message.id, tenantId, key, message.conversationId, timestampColumn(message.timestamp),
             json, message.media ? message.media->id : QStringLiteral("")}};
}

Status RecordBatch::flush() {
    std::vector<const QVariantList *> customers, conversations, messages;
    for (const auto &[key, row] : m_customers) {
        if (row && !row->columns.isEmpty())
            customers.push_back(&row->columns);
    }
    for (const auto &[key, row] : m_conversations) {
        if (!row.columns.isEmpty())
            conversations.push_back(&row.columns);
    }
    for (const auto &[key, row] : m_messages) {
        if (row && !row->columns.isEmpty())
            messages.push_back(&row->columns);
    }
    // Upserts: a new record is inserted, a changed one overwritten, but never across tenants
    // (ids are unguessable, and the WHERE makes sure).
    const std::vector<Upsert> tables{
        {QStringLiteral("INSERT INTO customers (id, tenant_id, wa_id, name, data)"), 5,
         QStringLiteral(" ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                        "data = excluded.data WHERE customers.tenant_id = "
                        "excluded.tenant_id"),
         std::move(customers)},
        {QStringLiteral("INSERT INTO conversations (id, tenant_id, customer_id, "
                        "phone_number_id, last_message_at, data)"),
         6,
         QStringLiteral(" ON CONFLICT (id) DO UPDATE SET last_message_at = "
                        "excluded.last_message_at, data = excluded.data WHERE "
                        "conversations.tenant_id = excluded.tenant_id"),
         std::move(conversations)},
        {QStringLiteral("INSERT INTO messages (id, tenant_id, wamid, "
                        "conversation_id, timestamp, data, media_id)"),
         7,
         QStringLiteral(" ON CONFLICT (id) DO UPDATE SET wamid = excluded.wamid, "
                        "data = excluded.data, media_id = excluded.media_id WHERE "
                        "messages.tenant_id = "
                        "excluded.tenant_id"),
         std::move(messages)}};
    const bool changed = std::any_of(tables.begin(), tables.end(),
                                     [](const Upsert &table) { return !table.rows.empty(); });
    if (changed && m_database.backend() == Database::Backend::Postgres) {
        if (Status written = upsertInOneStatement(m_database, tables); !written)
            return written;
    } else {
        for (const Upsert &table : tables) {
            if (Status written = upsertRows(m_database, table); !written)
                return written;
        }
    }
    for (auto &[key, row] : m_customers) {
        if (row)
            row->columns.clear();
    }
    for (auto &[key, row] : m_conversations)
        row.columns.clear();
    for (auto &[key, row] : m_messages) {
        if (row)
            row->columns.clear();
    }
    return success();
}

} // namespace Switchboard
