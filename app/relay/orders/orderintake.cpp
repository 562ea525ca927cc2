// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/orders/orderintake.h"

#include "app/relay/orders/orderstore.h"
#include "app/relay/records/recordid.h"
#include "core/logging.h"

namespace Switchboard {

namespace {

PendingOrder pendingFrom(const StoredOrder &stored) {
    PendingOrder pending;
    pending.items = stored.order.items;
    pending.deliveryType = stored.order.deliveryType;
    pending.deliveryAddress = stored.order.deliveryAddress;
    pending.at = stored.updatedAt;
    return pending;
}

//! The extraction's lines, totals, delivery and review into `order`.
void fill(StoredOrder &stored, const Extraction &extraction) {
    Order &order = stored.order;
    order.items = extraction.items;
    order.subtotal = extraction.subtotal;
    order.total = extraction.total;
    if (!extraction.currency.isEmpty())
        order.currency = extraction.currency;
    if (extraction.deliveryType)
        order.deliveryType = extraction.deliveryType;
    if (!extraction.deliveryAddress.isEmpty())
        order.deliveryAddress = extraction.deliveryAddress;
    if (!extraction.notes.isEmpty())
        order.notes = extraction.notes;
    order.needsReview = order.needsReview || extraction.needsReview;
    for (const QString &reason : extraction.reviewReasons) {
        if (!stored.reviewReasons.contains(reason))
            stored.reviewReasons << reason;
    }
}

} // namespace

QString OrderIntake::languageOf(const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() >= 0x05D0 && c.unicode() <= 0x05EA)
            return QStringLiteral("he");
    }
    return QStringLiteral("en");
}

Result<bool> OrderIntake::take(Database &database, EventBatch *events, const QString &tenantId,
                               const Message &message, const QString &waId,
                               const QString &profileName, const QString &phoneNumberId) {
    const bool catalog = message.type == MessageType::Order;
    if (message.direction != MessageDirection::Inbound ||
        (message.type != MessageType::Text && !catalog) ||
        (!catalog && message.text.trimmed().isEmpty()))
        return false;
    auto extractor = m_menus.extractor(database, tenantId);
    if (!extractor)
        return extractor.error();
    OrderStore orders(database, tenantId, events);
    auto earlier = orders.fromMessage(message.id);
    if (!earlier)
        return earlier.error();
    if (earlier->has_value())
        return false;
    const QDateTime at =
        message.timestamp.isValid() ? message.timestamp : QDateTime::currentDateTimeUtc();
    std::optional<StoredOrder> pending;
    if (!catalog) {
        auto found =
            orders.pendingOf(message.customerId, at.addSecs(-OrderExtractor::amendWindowSeconds));
        if (!found)
            return found.error();
        pending = found.value();
    }
    const Extraction extraction =
        catalog
            ? extractor.value()->fromCatalog(message.order)
            : extractor.value()->extract(
                  message.text, pending ? std::optional(pendingFrom(*pending)) : std::nullopt, at);
    if (extraction.kind == Extraction::NotAnOrder || extraction.items.isEmpty())
        return false;
    const QString language = catalog ? QString() : languageOf(message.text);

    if (extraction.kind == Extraction::Amendment && pending) {
        StoredOrder amended = *pending;
        fill(amended, extraction);
        if (!language.isEmpty())
            amended.language = language;
        amended.order.timeline << Order::TimelineEntry{
            OrderStatus::Pending, QDateTime::currentDateTimeUtc(), QStringLiteral("system"),
            QStringLiteral("amended by the customer's message %1").arg(message.id)};
        if (Status written = orders.update(amended); !written)
            return written.error();
        qCInfo(Log::ingest) << "order" << amended.order.id << "amended by" << message.id;
        return true;
    }

    StoredOrder stored;
    stored.order.id = newId("ord_");
    stored.order.status = OrderStatus::Pending;
    stored.order.source = catalog ? OrderSource::Catalog : OrderSource::Whatsapp;
    stored.order.customer = {message.customerId, QStringLiteral("+") + waId, profileName};
    stored.order.currency = QStringLiteral("ILS");
    stored.order.sourceMessageId = message.id;
    stored.language = language.isEmpty() ? QStringLiteral("en") : language;
    stored.phoneNumberId = phoneNumberId;
    stored.waId = waId;
    fill(stored, extraction);
    stored.order.timeline << Order::TimelineEntry{
        OrderStatus::Pending, QDateTime::currentDateTimeUtc(), QStringLiteral("system"), QString()};
    if (Status written = orders.insert(stored); !written)
        return written.error();
    qCInfo(Log::ingest) << "order" << stored.order.id << "from message" << message.id;
    return true;
}

} // namespace Switchboard
