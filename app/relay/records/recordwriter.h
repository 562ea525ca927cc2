// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/connection.h"
#include "core/domain/conversation.h"
#include "core/domain/customer.h"
#include "core/domain/message.h"
#include "core/domain/template.h"
#include "core/result.h"

#include <QSet>

#include <memory>

#include <optional>

namespace Switchboard {

class Database;
class EventBatch;
class RecordBatch;
struct AccountChange;
struct StatusChange;
struct TemplateChange;

//! Writes records of one tenant and appends the matching events, inside the caller's
//! transaction. Every method is idempotent: applying the same change twice leaves the records
//! and the log as after the first time (Meta retries deliveries).
class RecordWriter {
public:
    //! With `events`, events are numbered in that batch and written when it is flushed (ingest);
    //! without, each is appended to the log at once. Likewise with `records`, customers,
    //! conversations and messages are read from and written to that batch, flushed by its owner;
    //! without, the writer keeps a batch of its own and flushes it after each change.
    RecordWriter(Database &database, QString tenantId, EventBatch *events = nullptr,
                 RecordBatch *records = nullptr);
    ~RecordWriter();
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    //! Stores an inbound or echoed message with its conversation; nothing when its wamid is
    //! already stored. Returns true when it was new.
    Result<bool> addMessage(const QString &customerWaId, const QString &profileName,
                            const QString &phoneNumberId, Message message);
    //! Moves a message's ticks forward only; unknown wamids and stale statuses change nothing.
    Result<bool> applyStatus(const StatusChange &status);
    Result<bool> applyTemplate(const TemplateChange &change);
    Result<bool> applyAccount(const QString &phoneNumberId, const QString &field,
                              const AccountChange &change);

    //! The conversation of a customer with one of the tenant's numbers, if they ever wrote.
    Result<std::optional<Conversation>> conversationWith(const QString &customerWaId,
                                                         const QString &phoneNumberId);
    //! Stores a message staff are sending, status queued and no wamid yet (creating the customer
    //! and conversation when new), with its events. Returns it with its ids filled in.
    Result<Message> addOutbound(const QString &customerWaId, const QString &phoneNumberId,
                                Message message);
    //! Meta's verdict on a queued message: its wamid once accepted, or failed with the reason.
    Result<Message> updateOutbound(const QString &messageId, const QString &wamid,
                                   MessageStatus status,
                                   const std::optional<Message::MessageError> &error);
    Result<std::optional<Message>> message(const QString &id);
    //! The message Meta knows by `wamid`, as stored or as staged in the writer's batch.
    Result<std::optional<Message>> messageByWamid(const QString &wamid);
    //! A failed outbound message goes back to queued for another attempt (its error cleared).
    Result<Message> requeueOutbound(const QString &messageId);
    Result<std::optional<Conversation>> conversation(const QString &id);
    //! Staff read the conversation: its unread count goes to zero (with an event when it was not).
    Status markConversationRead(const QString &conversationId);

    //! Writes a conversation staff changed (closed, assigned, labelled, read) with its event; an
    //! unchanged one appends nothing. Errors: "not_found" for one that is not this tenant's.
    Status saveConversation(const Conversation &conversation);
    //! Stores an internal note of the team in `conversation` with its event. Meta never sees it,
    //! and the conversation does not move: no unread count, no service window, no new preview.
    Result<Message> addNote(const Conversation &conversation, Message note);

    Result<std::optional<Customer>> customer(const QString &id);
    //! Writes a customer changed by staff (PATCH) and appends its event; an unchanged customer
    //! appends nothing. Errors: "not_found" for a customer that is not this tenant's.
    Status saveCustomer(const Customer &customer);

    //! Tenants whose logs this writer appended to (for the stream's wake-up).
    bool appended() const { return m_appended; }

private:
    //! Stores a new message with its customer and conversation (created or touched) and their
    //! events; a message without a wamid (outbound, not yet accepted) gets a placeholder key.
    Result<Message> insertMessage(const QString &customerWaId, const QString &profileName,
                                  const QString &phoneNumberId, Message message);
    //! The customer of `waId` (`stored`, or a new one), with the profile name refreshed; written
    //! with an event when something changed.
    Result<Customer> touchCustomer(const std::optional<Customer> &stored, const QString &waId,
                                   const QString &profileName);
    //! The conversation (`stored`, or a new one) moved on by `message`, written with its event.
    Result<Conversation> touchConversation(const Customer &customer,
                                           const std::optional<Conversation> &stored,
                                           const QString &phoneNumberId, const Message &message);
    //! Stages the record in the batch and appends its event, both from one serialisation.
    Status write(const Customer &customer);
    Status write(const Conversation &conversation);
    Status write(const Message &message);
    //! `json` is the record as stored: serialised once for its row and its event.
    Status appendEvent(int type, const QString &json);
    //! Writes the records of a change now, unless they belong to the caller's batch.
    Status settle();

    Database &m_database;
    QString m_tenantId;
    EventBatch *m_events;
    std::unique_ptr<RecordBatch> m_ownRecords;
    RecordBatch *m_records;
    bool m_appended = false;
};

} // namespace Switchboard
