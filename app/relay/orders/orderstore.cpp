// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/orders/orderstore.h"

#include "app/relay/events/eventbatch.h"
#include "app/relay/events/eventlog.h"
#include "app/relay/records/storedformat.h"
#include "core/domain/timestamp.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

namespace Switchboard {

QJsonObject toJson(const StoredOrder &stored) {
    QJsonObject json = toJson(stored.order);
    json.insert(QStringLiteral("review_reasons"), QJsonArray::fromStringList(stored.reviewReasons));
    json.insert(QStringLiteral("language"), stored.language);
    json.insert(QStringLiteral("phone_number_id"), stored.phoneNumberId);
    json.insert(QStringLiteral("wa_id"), stored.waId);
    json.insert(QStringLiteral("created_at"), timestampToJson(stored.createdAt));
    json.insert(QStringLiteral("updated_at"), timestampToJson(stored.updatedAt));
    return json;
}

Result<StoredOrder> storedOrderFromJson(const QJsonObject &json) {
    auto order = orderFromJson(json);
    if (!order)
        return order.error();
    StoredOrder stored;
    stored.order = order.value();
    for (const QJsonValue &reason : json.value(QLatin1String("review_reasons")).toArray())
        stored.reviewReasons << reason.toString();
    stored.language = json.value(QLatin1String("language")).toString();
    stored.phoneNumberId = json.value(QLatin1String("phone_number_id")).toString();
    stored.waId = json.value(QLatin1String("wa_id")).toString();
    stored.createdAt =
        parseTimestamp(json.value(QLatin1String("created_at")).toString()).value_or(QDateTime());
    stored.updatedAt =
        parseTimestamp(json.value(QLatin1String("updated_at")).toString()).value_or(QDateTime());
    return stored;
}

namespace {

//! A time for the table's columns: always with milliseconds, so the text sorts as the time does.
QString columnTime(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

//! An empty string rather than NULL for the NOT NULL text columns.
QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

bool matches(const StoredOrder &stored, const QString &text) {
    if (text.isEmpty())
        return true;
    const Order &order = stored.order;
    QStringList haystack{QString::number(order.number), order.customer.name, order.customer.phone,
                         order.notes, order.deliveryAddress};
    for (const Order::OrderItem &item : order.items)
        haystack << item.name << item.notes << item.variants;
    return std::any_of(haystack.cbegin(), haystack.cend(), [&](const QString &field) {
        return field.contains(text, Qt::CaseInsensitive);
    });
}

} // namespace

OrderStore::OrderStore(Database &database, QString tenantId, EventBatch *events)
    : m_database(database)
    , m_tenantId(std::move(tenantId))
    , m_events(events) {}

Result<QList<StoredOrder>> OrderStore::list(const Filter &filter, int limit) {
    QString sql = QStringLiteral("SELECT data FROM orders WHERE tenant_id = ?");
    QVariantList bindings{m_tenantId};
    if (filter.status) {
        sql += QStringLiteral(" AND status = ?");
        bindings << toString(*filter.status);
    }
    if (!filter.customerId.isEmpty()) {
        sql += QStringLiteral(" AND customer_id = ?");
        bindings << filter.customerId;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC");
    auto q = m_database.query(sql, bindings);
    if (!q)
        return q.error();
    QList<StoredOrder> orders;
    while ((*q)->next() && orders.size() < limit) {
        auto order = storedOrderFromJson(storedObject((*q)->value(0).toString()));
        if (order && matches(order.value(), filter.text))
            orders << order.value();
    }
    return orders;
}

Result<std::optional<StoredOrder>> OrderStore::find(const QString &id) {
    auto q = m_database.query(
        QStringLiteral("SELECT data FROM orders WHERE id = ? AND tenant_id = ?"), {id, m_tenantId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<StoredOrder>();
    auto order = storedOrderFromJson(storedObject((*q)->value(0).toString()));
    if (!order)
        return order.error();
    return std::optional<StoredOrder>(order.value());
}

Result<std::optional<StoredOrder>> OrderStore::fromMessage(const QString &messageId) {
    auto q = m_database.query(
        QStringLiteral("SELECT id FROM orders WHERE tenant_id = ? AND source_message_id = ?"),
        {m_tenantId, messageId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<StoredOrder>();
    const QString id = (*q)->value(0).toString();
    (*q)->finish();
    return find(id);
}

Result<std::optional<StoredOrder>> OrderStore::pendingOf(const QString &customerId,
                                                         const QDateTime &since) {
    auto q = m_database.query(
        QStringLiteral("SELECT data FROM orders WHERE tenant_id = ? AND customer_id = ? AND "
                       "status = ? AND updated_at >= ? ORDER BY updated_at DESC"),
        {m_tenantId, customerId, toString(OrderStatus::Pending), columnTime(since)});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<StoredOrder>();
    auto order = storedOrderFromJson(storedObject((*q)->value(0).toString()));
    if (!order)
        return order.error();
    return std::optional<StoredOrder>(order.value());
}

Result<QString> OrderStore::dayOf(const QDateTime &at) {
    auto q = m_database.query(QStringLiteral("SELECT time_zone FROM tenants WHERE id = ?"),
                              {m_tenantId});
    if (!q)
        return q.error();
    const QByteArray zoneId = (*q)->next() ? (*q)->value(0).toString().toUtf8() : QByteArray();
    const QTimeZone zone = zoneId.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneId);
    return at.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date().toString(Qt::ISODate);
}

Status OrderStore::insert(StoredOrder &stored) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.createdAt.isValid())
        stored.createdAt = now;
    stored.updatedAt = now;
    auto day = dayOf(stored.createdAt);
    if (!day)
        return day.error();
    if (!stored.order.sourceMessageId.isEmpty()) {
        auto earlier = fromMessage(stored.order.sourceMessageId);
        if (!earlier)
            return earlier.error();
        if (earlier->has_value())
            return Error{QStringLiteral("conflict"),
                         QStringLiteral("The message already made order #%1.")
                             .arg(earlier->value().order.number)};
    }
    auto last = m_database.query(
        QStringLiteral("SELECT MAX(number) FROM orders WHERE tenant_id = ? AND day = ?"),
        {m_tenantId, day.value()});
    if (!last)
        return last.error();
    stored.order.number = ((*last)->next() ? (*last)->value(0).toLongLong() : 0) + 1;
    (*last)->finish();
    const QString json = storedJson(toJson(stored));
    auto written = m_database.query(
        QStringLiteral("INSERT INTO orders (id, tenant_id, day, number, status, customer_id, "
                       "source_message_id, created_at, updated_at, data) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)"),
        {stored.order.id, m_tenantId, day.value(), stored.order.number,
         toString(stored.order.status), notNull(stored.order.customer.id),
         notNull(stored.order.sourceMessageId), columnTime(stored.createdAt),
         columnTime(stored.updatedAt), json});
    if (!written)
        return written.error();
    return appendEvent(json);
}

Status OrderStore::update(StoredOrder &stored) {
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    const QString json = storedJson(toJson(stored));
    auto written = m_database.query(
        QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, data = ? WHERE id = ? AND "
                       "tenant_id = ?"),
        {toString(stored.order.status), columnTime(stored.updatedAt), json, stored.order.id,
         m_tenantId});
    if (!written)
        return written.error();
    if ((*written)->numRowsAffected() < 1)
        return Error{QStringLiteral("not_found"), QStringLiteral("No such order.")};
    (*written)->finish();
    return appendEvent(json);
}

Status OrderStore::appendEvent(const QString &json) {
    auto event =
        m_events ? m_events->append(m_tenantId, EventType::Order, EventOp::Upsert, json)
                 : EventLog(m_database).append(m_tenantId, EventType::Order, EventOp::Upsert, json);
    if (!event)
        return event.error();
    m_appended = true;
    return success();
}

} // namespace Switchboard
