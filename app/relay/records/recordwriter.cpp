// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/records/recordwriter.h"

#include "app/relay/connections/connectionstore.h"
#include "app/relay/events/eventbatch.h"
#include "app/relay/events/eventlog.h"
#include "app/relay/records/recordbatch.h"
#include "app/relay/records/recordid.h"
#include "app/relay/records/storedformat.h"
#include "core/meta/webhookchange.h"
#include "core/store/database.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Switchboard {

namespace {

//! The one record `sql` selects (its first column is the data), or none.
template <typename T>
Result<std::optional<T>> findRecord(Database &database, const QString &sql,
                                    const QVariantList &bindings,
                                    Result<T> (*fromJson)(const QJsonObject &)) {
    auto q = database.query(sql, bindings);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<T>();
    auto parsed = fromJson(storedObject((*q)->value(0).toString()));
    if (!parsed)
        return parsed.error();
    return std::optional<T>(parsed.value());
}

QString preview(const Message &message) {
    QString text = message.text;
    if (text.isEmpty() && message.media)
        text = message.media->caption;
    if (text.isEmpty())
        text = QLatin1Char('[') + toString(message.type) + QLatin1Char(']');
    return text.left(120);
}

} // namespace

RecordWriter::RecordWriter(Database &database, QString tenantId, EventBatch *events,
                           RecordBatch *records)
    : m_database(database)
    , m_tenantId(std::move(tenantId))
    , m_events(events)
    , m_ownRecords(records ? nullptr : std::make_unique<RecordBatch>(database))
    , m_records(records ? records : m_ownRecords.get()) {}

RecordWriter::~RecordWriter() = default;

Status RecordWriter::settle() {
    return m_ownRecords ? m_ownRecords->flush() : success();
}

Status RecordWriter::write(const Customer &customer) {
    const QString json = storedJson(toJson(customer));
    m_records->putCustomer(m_tenantId, customer, json);
    return appendEvent(int(EventType::Customer), json);
}

Status RecordWriter::write(const Conversation &conversation) {
    const QString json = storedJson(toJson(conversation));
    m_records->putConversation(m_tenantId, conversation, json);
    return appendEvent(int(EventType::Conversation), json);
}

Status RecordWriter::write(const Message &message) {
    const QString json = storedJson(toJson(message));
    m_records->putMessage(m_tenantId, message, json);
    return appendEvent(int(EventType::Message), json);
}

Status RecordWriter::appendEvent(int type, const QString &json) {
    auto event =
        m_events ? m_events->append(m_tenantId, EventType(type), EventOp::Upsert, json)
                 : EventLog(m_database).append(m_tenantId, EventType(type), EventOp::Upsert, json);
    if (!event)
        return event.error();
    m_appended = true;
    return success();
}

Result<Customer> RecordWriter::touchCustomer(const std::optional<Customer> &stored,
                                             const QString &waId, const QString &profileName) {
    Customer customer;
    const bool known = stored.has_value();
    if (known) {
        customer = *stored;
    } else {
        customer.id = newId("cu_");
        customer.waId = waId;
        customer.phone = QLatin1Char('+') + waId;
        customer.createdAt = QDateTime::currentDateTimeUtc();
    }
    const Customer before = customer;
    if (!profileName.isEmpty())
        customer.profileName = profileName;
    if (known && customer == before)
        return customer;
    if (Status written = write(customer); !written)
        return written.error();
    return customer;
}

Status RecordWriter::saveCustomer(const Customer &customer) {
    // Only this tenant's customers, and only a change: the same save twice appends one event.
    auto stored = this->customer(customer.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{QStringLiteral("not_found"),
                     QStringLiteral("No customer %1 in this tenant.").arg(customer.id)};
    if (stored->value() == customer)
        return success();
    if (Status written = write(customer); !written)
        return written;
    return settle();
}

Result<std::optional<Customer>> RecordWriter::customer(const QString &id) {
    return findRecord<Customer>(
        m_database, QStringLiteral("SELECT data FROM customers WHERE id = ? AND tenant_id = ?"),
        {id, m_tenantId}, customerFromJson);
}

Result<Conversation> RecordWriter::touchConversation(const Customer &customer,
                                                     const std::optional<Conversation> &stored,
                                                     const QString &phoneNumberId,
                                                     const Message &message) {
    Conversation conversation;
    const bool known = stored.has_value();
    if (known) {
        conversation = *stored;
    } else {
        conversation.id = newId("cv_");
        conversation.customerId = customer.id;
        conversation.phoneNumberId = phoneNumberId;
    }
    const bool inbound = message.direction == MessageDirection::Inbound;
    if (!conversation.lastMessageAt.isValid() || message.timestamp >= conversation.lastMessageAt) {
        conversation.lastMessageAt = message.timestamp;
        conversation.lastMessagePreview = preview(message);
    }
    if (inbound) {
        ++conversation.unreadCount;
        conversation.status = ConversationStatus::Open;
        if (!conversation.lastInboundAt.isValid() || message.timestamp > conversation.lastInboundAt)
            conversation.lastInboundAt = message.timestamp;
    }
    if (Status written = write(conversation); !written)
        return written.error();
    return conversation;
}

Result<bool> RecordWriter::addMessage(const QString &customerWaId, const QString &profileName,
                                      const QString &phoneNumberId, Message message) {
    auto existing = m_records->message(m_tenantId, message.wamid);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return false; // a retry of a delivery already ingested
    auto stored = insertMessage(customerWaId, profileName, phoneNumberId, std::move(message));
    if (!stored)
        return stored.error();
    if (Status written = settle(); !written)
        return written.error();
    return true;
}

Result<std::optional<Conversation>> RecordWriter::conversationWith(const QString &customerWaId,
                                                                   const QString &phoneNumberId) {
    return findRecord<Conversation>(
        m_database,
        QStringLiteral("SELECT cv.data FROM conversations cv JOIN customers cu ON cu.id = "
                       "cv.customer_id WHERE cv.tenant_id = ? AND cu.tenant_id = ? AND cu.wa_id = "
                       "? AND cv.phone_number_id = ?"),
        {m_tenantId, m_tenantId, customerWaId, phoneNumberId}, conversationFromJson);
}

Result<Message> RecordWriter::addOutbound(const QString &customerWaId, const QString &phoneNumberId,
                                          Message message) {
    auto stored = insertMessage(customerWaId, QString(), phoneNumberId, std::move(message));
    if (!stored)
        return stored;
    if (Status written = settle(); !written)
        return written.error();
    return stored;
}

Result<Message> RecordWriter::insertMessage(const QString &customerWaId, const QString &profileName,
                                            const QString &phoneNumberId, Message message) {
    auto known = m_records->customer(m_tenantId, customerWaId, phoneNumberId);
    if (!known)
        return known.error();
    auto customer = touchCustomer(known->customer, customerWaId, profileName);
    if (!customer)
        return customer.error();
    auto conversation = touchConversation(*customer, known->conversation, phoneNumberId, message);
    if (!conversation)
        return conversation.error();
    message.id = newId("msg_");
    message.customerId = customer->id;
    message.conversationId = conversation->id;
    if (Status written = write(message); !written)
        return written.error();
    return message;
}

Result<std::optional<Message>> RecordWriter::messageByWamid(const QString &wamid) {
    return m_records->message(m_tenantId, wamid);
}

Result<std::optional<Message>> RecordWriter::message(const QString &id) {
    return findRecord<Message>(
        m_database, QStringLiteral("SELECT data FROM messages WHERE id = ? AND tenant_id = ?"),
        {id, m_tenantId}, messageFromJson);
}

Result<std::optional<Conversation>> RecordWriter::conversation(const QString &id) {
    return findRecord<Conversation>(
        m_database, QStringLiteral("SELECT data FROM conversations WHERE id = ? AND tenant_id = ?"),
        {id, m_tenantId}, conversationFromJson);
}

Status RecordWriter::markConversationRead(const QString &conversationId) {
    auto found = conversation(conversationId);
    if (!found)
        return found.error();
    if (!found->has_value() || found->value().unreadCount == 0)
        return success();
    Conversation updated = found->value();
    updated.unreadCount = 0;
    if (Status written = write(updated); !written)
        return written;
    return settle();
}

Status RecordWriter::saveConversation(const Conversation &conversation) {
    auto stored = this->conversation(conversation.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{QStringLiteral("not_found"),
                     QStringLiteral("No conversation %1 in this tenant.").arg(conversation.id)};
    if (stored->value() == conversation)
        return success();
    if (Status written = write(conversation); !written)
        return written;
    return settle();
}

Result<Message> RecordWriter::addNote(const Conversation &conversation, Message note) {
    note.id = newId("msg_");
    note.wamid.clear();
    note.conversationId = conversation.id;
    note.customerId = conversation.customerId;
    note.direction = MessageDirection::Internal;
    note.type = MessageType::Note;
    note.status = MessageStatus::Saved;
    if (Status written = write(note); !written)
        return written.error();
    if (Status written = settle(); !written)
        return written.error();
    return note;
}

Result<Message> RecordWriter::requeueOutbound(const QString &messageId) {
    auto existing = message(messageId);
    if (!existing)
        return existing.error();
    if (!existing->has_value() || existing->value().direction != MessageDirection::Outbound)
        return Error{
            QStringLiteral("not_found"),
            QStringLiteral("No message sent by the business has the id %1.").arg(messageId)};
    Message retried = existing->value();
    if (retried.status != MessageStatus::Failed)
        return Error{QStringLiteral("not_failed"),
                     QStringLiteral("Only a failed message can be sent again.")};
    retried.status = MessageStatus::Queued;
    retried.error.reset();
    retried.timestamp = QDateTime::currentDateTimeUtc();
    if (Status written = write(retried); !written)
        return written.error();
    if (Status written = settle(); !written)
        return written.error();
    return retried;
}

Result<Message> RecordWriter::updateOutbound(const QString &messageId, const QString &wamid,
                                             MessageStatus status,
                                             const std::optional<Message::MessageError> &error) {
    auto existing = message(messageId);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error{QStringLiteral("not_found"),
                     QStringLiteral("Message %1 does not exist.").arg(messageId)};
    Message updated = existing->value();
    if (!wamid.isEmpty())
        updated.wamid = wamid;
    // A status webhook may have overtaken Meta's answer: ticks never move back.
    if (advancesStatus(updated.status, status))
        updated.status = status;
    if (error)
        updated.error = error;
    if (updated == existing->value())
        return updated; // Meta's verdict repeated: nothing new for the consoles
    if (Status written = write(updated); !written)
        return written.error();
    if (Status written = settle(); !written)
        return written.error();
    return updated;
}

Result<bool> RecordWriter::applyStatus(const StatusChange &status) {
    auto existing = m_records->message(m_tenantId, status.wamid);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return false; // a message this relay did not send or store
    Message message = existing->value();
    if (!advancesStatus(message.status, status.status))
        return false; // stale or repeated: ticks only move forward
    message.status = status.status;
    if (status.error)
        message.error = status.error;
    if (Status written = write(message); !written)
        return written.error();
    if (Status written = settle(); !written)
        return written.error();
    return true;
}

Result<bool> RecordWriter::applyTemplate(const TemplateChange &change) {
    if (change.name.isEmpty())
        return false;
    auto q = m_database.query(QStringLiteral("SELECT data FROM templates WHERE tenant_id = ? AND "
                                             "name = ? AND language = ?"),
                              {m_tenantId, change.name, change.language});
    if (!q)
        return q.error();
    Template record;
    bool known = false;
    if ((*q)->next()) {
        auto parsed = templateFromJson(storedObject((*q)->value(0).toString()));
        if (parsed) {
            record = parsed.value();
            known = true;
        }
    }
    (*q)->finish();
    if (!known) {
        record.name = change.name;
        record.language = change.language;
    }
    const Template before = record;
    if (!change.templateId.isEmpty())
        record.id = change.templateId;
    if (change.status)
        record.status = *change.status;
    if (record.status == TemplateStatus::Rejected && !change.reason.isEmpty())
        record.rejectedReason = change.reason;
    if (change.mappedCategory)
        record.category = *change.mappedCategory;
    if (!change.quality.isEmpty())
        record.quality = change.quality;
    if (change.components)
        record.components = *change.components;
    if (known && record == before)
        return false;
    const QString json = storedJson(toJson(record));
    auto written = m_database.query(
        known ? QStringLiteral("UPDATE templates SET data = ? WHERE tenant_id = ? AND name = ? AND "
                               "language = ?")
              : QStringLiteral("INSERT INTO templates (data, tenant_id, name, language) VALUES (?, "
                               "?, ?, ?)"),
        {json, m_tenantId, record.name, record.language});
    if (!written)
        return written.error();
    if (auto event = appendEvent(int(EventType::Template), json); !event)
        return event.error();
    return true;
}

Result<bool> RecordWriter::applyAccount(const QString &phoneNumberId, const QString &field,
                                        const AccountChange &change) {
    // Number-level facts (quality, tier, name decisions) update the number they name.
    auto numbers = m_database.query(
        QStringLiteral("SELECT id, data FROM phone_numbers WHERE tenant_id = ?"), {m_tenantId});
    if (!numbers)
        return numbers.error();
    bool changed = false;
    std::vector<std::pair<QString, QJsonObject>> updates;
    const QString digits =
        QString(change.displayPhoneNumber).remove(QRegularExpression(QStringLiteral("\\D")));
    while ((*numbers)->next()) {
        auto number = phoneNumberFromJson(storedObject((*numbers)->value(1).toString()));
        if (!number)
            continue;
        PhoneNumber updated = number.value();
        const QString numberDigits =
            QString(updated.displayPhoneNumber).remove(QRegularExpression(QStringLiteral("\\D")));
        const bool named = (!phoneNumberId.isEmpty() && updated.id == phoneNumberId) ||
                           (!digits.isEmpty() && digits == numberDigits);
        if (!named)
            continue;
        if (field == QLatin1String("phone_number_quality_update")) {
            // FLAGGED: quality fell to low (a tier downgrade may follow); UNFLAGGED: restored.
            if (change.event == QLatin1String("FLAGGED"))
                updated.qualityRating = QStringLiteral("RED");
            else if (change.event == QLatin1String("UNFLAGGED"))
                updated.qualityRating = QStringLiteral("GREEN");
            if (!change.messagingLimit.isEmpty())
                updated.messagingLimitTier = change.messagingLimit;
        } else if (field == QLatin1String("phone_number_name_update") &&
                   change.decision == QLatin1String("APPROVED") &&
                   !change.requestedVerifiedName.isEmpty()) {
            updated.verifiedName = change.requestedVerifiedName;
        }
        if (!(updated == number.value()))
            updates.emplace_back(updated.id, toJson(updated));
    }
    (*numbers)->finish();
    for (const auto &[id, json] : updates) {
        auto written =
            m_database.query(QStringLiteral("UPDATE phone_numbers SET data = ? WHERE id = ?"),
                             {storedJson(json), id});
        if (!written)
            return written.error();
        changed = true;
    }
    // Account-level events that take messaging away show on the connection. DISABLED_UPDATE also
    // reports a ban only scheduled (SCHEDULE_FOR_DISABLE) or lifted (REINSTATE): its ban state
    // decides.
    const bool disabled =
        change.banState == QLatin1String("DISABLE") ||
        (change.event == QLatin1String("DISABLED_UPDATE") && change.banState.isEmpty());
    if (disabled) {
        auto written = m_database.query(
            QStringLiteral("UPDATE connections SET status = ?, reason = ?, updated_at = ? WHERE "
                           "tenant_id = ?"),
            {toString(ConnectionStatus::Disconnected),
             QStringLiteral("Meta disabled the WhatsApp Business account (%1).")
                 .arg(change.event.isEmpty() ? change.banState : change.event),
             nowText(), m_tenantId});
        if (!written)
            return written.error();
        changed = true;
    }
    // A lifted ban gives messaging back to a connection Meta's ban took it from. One an
    // administrator disconnected has no token left and stays disconnected.
    if (change.banState == QLatin1String("REINSTATE")) {
        auto written = m_database.query(
            QStringLiteral("UPDATE connections SET status = ?, reason = NULL, updated_at = ? "
                           "WHERE tenant_id = ? AND status = ? AND access_token_sealed IS NOT "
                           "NULL"),
            {toString(ConnectionStatus::Connected), nowText(), m_tenantId,
             toString(ConnectionStatus::Disconnected)});
        if (!written)
            return written.error();
        changed = changed || (*written)->numRowsAffected() > 0;
    }
    if (!changed)
        return false;
    auto connection = ConnectionStore(m_database, nullptr).connection(m_tenantId);
    if (!connection)
        return connection.error();
    if (auto event =
            appendEvent(int(EventType::Connection), storedJson(toJson(connection.value())));
        !event)
        return event.error();
    return true;
}

} // namespace Switchboard
