// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/conversation.h"
#include "core/domain/customer.h"
#include "core/domain/message.h"
#include "core/result.h"

#include <QSet>
#include <QString>
#include <QVariantList>

#include <functional>
#include <map>
#include <optional>
#include <tuple>
#include <utility>

class QSqlQuery;

namespace Switchboard {

class Database;

//! The customers, conversations and messages of one transaction: read in multi-row statements,
//! changed in memory, and written once each, in multi-row upserts, by flush().
//!
//! Ingest used to spend four statements on an inbound message (look its wamid up, read the
//! customer with the conversation, write the conversation, insert the message); on PostgreSQL
//! each is a round trip, and ingest stalled at about 900 deliveries/s. Now a batch says which
//! keys it will need (want…), load() reads them in a few statements, and a conversation that
//! gets several messages in the batch is written once.
//!
//! A key nobody announced is read when it is first asked for (one statement), so a writer of a
//! single record (an API call) uses the same code and simply flushes after its change. The batch
//! trusts the caller's transaction: nobody else may write these records until flush() (SQLite has
//! one writer; PostgreSQL ingest locks the tenants first).
class RecordBatch {
public:
    explicit RecordBatch(Database &database);

    //! Keys load() reads in bulk: messages by wamid, customers (with all their conversations) by
    //! WhatsApp id.
    void wantMessage(const QString &tenantId, const QString &wamid);
    void wantCustomer(const QString &tenantId, const QString &waId);
    Status load();

    //! The message with this wamid (or pending key, see wamidKey()), as stored or as changed in
    //! the batch.
    Result<std::optional<Message>> message(const QString &tenantId, const QString &wamid);
    struct Known {
        std::optional<Customer> customer;
        std::optional<Conversation> conversation;
    };
    //! The customer of `waId` and their conversation with the number, where they exist.
    Result<Known> customer(const QString &tenantId, const QString &waId,
                           const QString &phoneNumberId);

    //! Records to write at flush(); `json` is the record as stored (storedJson()).
    void putCustomer(const QString &tenantId, const Customer &customer, const QString &json);
    void putConversation(const QString &tenantId, const Conversation &conversation,
                         const QString &json);
    void putMessage(const QString &tenantId, const Message &message, const QString &json);

    //! Writes what changed since the last flush.
    Status flush();

private:
    struct Row {
        QString id;
        QString json;
        QVariantList columns; // the row to write when it changed in the batch, else empty
    };
    using Key = std::pair<QString, QString>;                       // tenant, key
    using ConversationKey = std::tuple<QString, QString, QString>; // tenant, customer, number

    //! The same lookup in each dialect: SQLite's with %1 for an IN list, PostgreSQL's with an
    //! array of the keys; both take the keys, then the tenant.
    struct Dialects {
        QString sqlite;
        QString postgres;
    };
    //! Runs `sql` for `keys` of a tenant, handing each row to `take`.
    Status select(const QStringList &keys, const QString &tenantId, const Dialects &sql,
                  const std::function<void(QSqlQuery &)> &take);
    Status loadMessages(const QString &tenantId, const QStringList &wamids);
    Status loadCustomers(const QString &tenantId, const QStringList &waIds);

    Database &m_database;
    std::map<QString, QSet<QString>> m_wantedMessages;  // tenant → wamids
    std::map<QString, QSet<QString>> m_wantedCustomers; // tenant → WhatsApp ids
    // std::nullopt: read, and not stored. A customer read brings all their conversations.
    std::map<Key, std::optional<Row>> m_messages;
    std::map<Key, std::optional<Row>> m_customers;
    std::map<ConversationKey, Row> m_conversations;
};

//! The messages.wamid column, unique per tenant: Meta's id, or until Meta names an outbound
//! message (and for an internal note, which Meta never sees) a placeholder no wamid can equal.
QString wamidKey(const Message &message);

} // namespace Switchboard
