// SPDX-License-Identifier: GPL-3.0-or-later
// Orders end to end, on SQLite and PostgreSQL, against a real relay whose Meta is the in-process
// sandbox: a customer's Hebrew WhatsApp message becomes a priced pending order; staff move it
// through every status (409 for an illegal move) and the customer is told of each visible one
// exactly once, in Hebrew, as the sandbox's outbox shows (a repeated status sends nothing);
// a message that is no order makes none, a follow-up amends the pending order, a catalogue cart
// becomes an order, a redelivered webhook never makes a second one, and a manual order is
// priced from the menu at order time and keeps its prices when the menu changes later. Outside
// the 24-hour window the customer gets the order_update template instead of a text.
#include "app/relay/records/recordwriter.h"
#include "core/store/database.h"
#include "tests/relay/connections/sandboxedrelay.h"
#include "tests/relay/inbox/tenantcalls.h"
#include "tests/support/testdatabase.h"

#include <QTest>
#include <QTimeZone>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::SandboxedRelay;
using Switchboard::Test::TenantCalls;

namespace {

const QString dana = u"972500000001"_s;
const QString eli = u"972500000002"_s;

QJsonObject variantSize() {
    return {{u"name"_s, u"Size"_s},
            {u"required"_s, false},
            {u"options"_s, QJsonArray{QJsonObject{{u"label"_s, u"Small"_s},
                                                  {u"label_he"_s, u"קטנה"_s},
                                                  {u"price_delta"_s, 0}},
                                      QJsonObject{{u"label"_s, u"Large"_s},
                                                  {u"label_he"_s, u"גדולה"_s},
                                                  {u"price_delta"_s, 8}}}}};
}

} // namespace

class TestOrderEndpoints : public QObject {
    Q_OBJECT

    SandboxedRelay m_world;
    std::unique_ptr<TenantCalls> m_calls;
    SandboxedRelay::Account m_account;
    QString m_pat, m_sam, m_cleo;
    QString m_margheritaId;

    void setUp(const QString &backend) {
        QVERIFY2(m_world.start(backend), qPrintable(m_world.error()));
        m_account = m_world.connectRegistered(u"Pizzeria Napoli"_s, u"+1 555-010-0042"_s);
        QVERIFY(!m_account.phoneNumberId.isEmpty());
        m_calls = std::make_unique<TenantCalls>(*m_world.relay);
        m_pat = m_world.relay->login(u"pat"_s);
        m_sam = m_world.relay->login(u"sam"_s);
        m_cleo = m_world.relay->login(u"cleo"_s);
        QVERIFY(!m_pat.isEmpty() && !m_sam.isEmpty() && !m_cleo.isEmpty());
        auto margherita = m_calls->call("POST", u"/products"_s, m_pat,
                                        {{u"sku"_s, u"P1"_s},
                                         {u"name"_s, u"Margherita"_s},
                                         {u"name_he"_s, u"מרגריטה"_s},
                                         {u"category"_s, u"Pizza"_s},
                                         {u"price"_s, 42},
                                         {u"currency"_s, u"ILS"_s},
                                         {u"variants"_s, QJsonArray{variantSize()}}});
        QVERIFY2(margherita.status == 201, margherita.body.constData());
        m_margheritaId = margherita.json().value(u"id"_s).toString();
        auto cola = m_calls->call("POST", u"/products"_s, m_pat,
                                  {{u"sku"_s, u"D1"_s},
                                   {u"name"_s, u"Cola"_s},
                                   {u"name_he"_s, u"קולה"_s},
                                   {u"category"_s, u"Drinks"_s},
                                   {u"price"_s, 9},
                                   {u"currency"_s, u"ILS"_s}});
        QVERIFY2(cola.status == 201, cola.body.constData());
    }
    QString customerSends(const QString &waId, const QJsonObject &message) {
        QJsonObject body = message;
        body.insert(u"phone_number_id"_s, m_account.phoneNumberId);
        body.insert(u"name"_s, waId == dana ? u"Dana"_s : u"Eli"_s);
        return m_world.control(u"/_sandbox/customers/%1/messages"_s.arg(waId), body)
            .value(u"wamid"_s)
            .toString();
    }
    QString customerWrites(const QString &waId, const QString &text) {
        return customerSends(waId,
                             {{u"type"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"body"_s, text}}}});
    }
    //! The customer's message is in the inbox, ingested (with any order it made).
    bool messageStored(const QString &wamid) {
        return QTest::qWaitFor(
                   [&] {
                       return m_world.relay->count(
                                  u"SELECT COUNT(*) FROM messages WHERE wamid = ?"_s, {wamid}) == 1;
                   },
                   10000) &&
               m_world.relay->waitIngested();
    }
    QJsonArray orders(const QString &query = {}) {
        return m_calls->call("GET", u"/orders"_s + query, m_sam)
            .json()
            .value(u"orders"_s)
            .toArray();
    }
    RelayHarness::Reply setStatus(const QString &id, const QString &status,
                                  const QString &note = {}) {
        QJsonObject body{{u"status"_s, status}};
        if (!note.isEmpty())
            body.insert(u"note"_s, note);
        return m_calls->call("POST", u"/orders/%1/status"_s.arg(id), m_sam, body);
    }
    //! What the business sent to `waId`, through GET /_sandbox/outbox as a test script reads it.
    QList<QJsonObject> outboxTo(const QString &waId) {
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(
            QUrl(m_world.sandboxUrl +
                 u"/_sandbox/outbox?phone_number_id=%1"_s.arg(m_account.phoneNumberId)))));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(10000);
        QList<QJsonObject> sent;
        for (const QJsonValue &message :
             QJsonDocument::fromJson(reply->readAll()).object().value(u"messages"_s).toArray()) {
            if (message.toObject().value(u"to"_s).toString() == waId)
                sent << message.toObject();
        }
        return sent;
    }
    static QString textOf(const QJsonObject &sent) {
        return sent.value(u"request"_s)
            .toObject()
            .value(u"text"_s)
            .toObject()
            .value(u"body"_s)
            .toString();
    }

private Q_SLOTS:
    void cleanup() {
        m_calls.reset();
        m_world.relay.reset();
        m_world.sandbox.reset();
    }

    void hebrewMessageThroughEveryStatus_data() { Test::TestDatabase::addBackendRows(); }
    void hebrewMessageThroughEveryStatus() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const qint64 before = m_calls->lastSeq(m_pat);
        const QString wamid = customerWrites(dana, u"שלום, אפשר 2 מרגריטה גדולה וקולה?"_s);
        QVERIFY(messageStored(wamid));
        QTRY_COMPARE_WITH_TIMEOUT(orders().size(), 1, 10000);
        QJsonObject order = orders().first().toObject();
        const QString id = order.value(u"id"_s).toString();
        QCOMPARE(order.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(order.value(u"source"_s).toString(), u"whatsapp"_s);
        QCOMPARE(order.value(u"number"_s).toInt(), 1);
        QCOMPARE(order.value(u"language"_s).toString(), u"he"_s);
        QCOMPARE(order.value(u"customer"_s).toObject().value(u"phone"_s).toString(), u"+"_s + dana);
        QVERIFY(!order.value(u"source_message_id"_s).toString().isEmpty());
        const QJsonArray items = order.value(u"items"_s).toArray();
        QVERIFY2(items.size() == 2, QJsonDocument(order).toJson().constData());
        const QJsonObject pizza = items.at(0).toObject();
        QCOMPARE(pizza.value(u"sku"_s).toString(), u"P1"_s);
        QCOMPARE(pizza.value(u"quantity"_s).toInt(), 2);
        QCOMPARE(pizza.value(u"variants"_s).toArray(), QJsonArray{u"Large"_s});
        QCOMPARE(pizza.value(u"unit_price"_s).toDouble(), 50.0);
        QCOMPARE(pizza.value(u"subtotal"_s).toDouble(), 100.0);
        QCOMPARE(items.at(1).toObject().value(u"sku"_s).toString(), u"D1"_s);
        QCOMPARE(order.value(u"total"_s).toDouble(), 109.0);
        QCOMPARE(m_calls->call("GET", u"/orders/"_s + id, m_sam).json(), order);
        QCOMPARE(m_calls->eventsOf(m_pat, u"order"_s, before).size(), 1);

        // Later menu changes never re-price it.
        QCOMPARE(m_calls->call("PATCH", u"/products/"_s + m_margheritaId, m_pat, {{u"price"_s, 60}})
                     .status,
                 200);
        QCOMPARE(
            m_calls->call("GET", u"/orders/"_s + id, m_sam).json().value(u"total"_s).toDouble(),
            109.0);

        // A delivery, as staff learn on the phone; then every status in turn.
        auto edited = m_calls->call(
            "PATCH", u"/orders/"_s + id, m_sam,
            {{u"delivery_type"_s, u"delivery"_s}, {u"delivery_address"_s, u"הרצל 1, תל אביב"_s}});
        QVERIFY2(edited.status == 200, edited.body.constData());
        QCOMPARE(setStatus(id, u"ready"_s).status, 409); // not yet
        QCOMPARE(TenantCalls::errorCode(setStatus(id, u"delivered"_s)), u"conflict"_s);
        const QStringList flow{u"confirmed"_s, u"preparing"_s, u"ready"_s, u"out_for_delivery"_s,
                               u"delivered"_s};
        for (const QString &status : flow) {
            auto moved = setStatus(id, status, u"by phone"_s);
            QVERIFY2(moved.status == 200, moved.body.constData());
            QCOMPARE(moved.json().value(u"status"_s).toString(), status);
            QCOMPARE(moved.json()
                         .value(u"timeline"_s)
                         .toArray()
                         .last()
                         .toObject()
                         .value(u"by"_s)
                         .toString(),
                     u"sam"_s);
            if (status == u"confirmed"_s) {
                // A repeat answers the order unchanged, and messages nobody.
                auto again = setStatus(id, status);
                QCOMPARE(again.status, 200);
                QCOMPARE(again.json().value(u"timeline"_s).toArray().size(),
                         moved.json().value(u"timeline"_s).toArray().size());
                // Items may still change while confirmed.
                QCOMPARE(m_calls
                             ->call("PATCH", u"/orders/"_s + id, m_sam,
                                    {{u"items"_s, order.value(u"items"_s).toArray()}})
                             .status,
                         200);
            }
        }
        QCOMPARE(setStatus(id, u"cancelled"_s, u"too late"_s).status, 409);
        QCOMPARE(setStatus(id, u"preparing"_s).status, 409);
        QCOMPARE(setStatus(id, u"delivered"_s).status, 200); // a repeat
        QCOMPARE(m_calls->call("PATCH", u"/orders/"_s + id, m_sam, {{u"notes"_s, u"x"_s}}).status,
                 409);
        const QJsonArray timeline =
            m_calls->call("GET", u"/orders/"_s + id, m_sam).json().value(u"timeline"_s).toArray();
        QCOMPARE(timeline.first().toObject().value(u"by"_s).toString(), u"system"_s);
        QCOMPARE(timeline.last().toObject().value(u"status"_s).toString(), u"delivered"_s);

        // Dana was told four times (confirmed, ready, on its way, delivered), in Hebrew, once each.
        // The send queue keeps Meta's pair rate (one message to a customer every few seconds).
        QTRY_COMPARE_WITH_TIMEOUT(outboxTo(dana).size(), 4, 40000);
        QTest::qWait(300);
        const QList<QJsonObject> sent = outboxTo(dana);
        QCOMPARE(sent.size(), 4);
        QVERIFY2(textOf(sent.at(0)).contains(u"אושרה"_s), qPrintable(textOf(sent.at(0))));
        QVERIFY(textOf(sent.at(0)).contains(u"109.00 ILS"_s));
        QVERIFY(textOf(sent.at(1)).contains(u"מוכנה"_s));
        QVERIFY(textOf(sent.at(2)).contains(u"בדרך"_s));
        QVERIFY(textOf(sent.at(3)).contains(u"נמסרה"_s));
        for (const QJsonObject &message : sent)
            QVERIFY(textOf(message).contains(u"1"_s));

        // A manual order for Dana is hers: she is told in Hebrew, as she writes.
        auto forDana = m_calls->call(
            "POST", u"/orders"_s, m_sam,
            {{u"customer_id"_s, order.value(u"customer"_s).toObject().value(u"id"_s).toString()},
             {u"items"_s, QJsonArray{QJsonObject{{u"sku"_s, u"D1"_s}}}}});
        QVERIFY2(forDana.status == 201, forDana.body.constData());
        QCOMPARE(forDana.json().value(u"language"_s).toString(), u"he"_s);
        QCOMPARE(forDana.json().value(u"wa_id"_s).toString(), dana);
        QCOMPARE(forDana.json().value(u"number"_s).toInt(), 2);

        // Another tenant sees none of it.
        QCOMPARE(m_calls->call("GET", u"/orders/"_s + id, m_cleo).status, 403);
        QCOMPARE(m_calls->call("GET", u"/orders/"_s + id, m_cleo, {}, m_world.relay->otherTenantId)
                     .status,
                 404);
        QCOMPARE(setStatus(id, u"cancelled"_s).status, 409);
    }

    void cancelAndAmend_data() { Test::TestDatabase::addBackendRows(); }
    void cancelAndAmend() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        // Not an order: no order.
        QVERIFY(messageStored(customerWrites(eli, u"Are you open tonight?"_s)));
        QCOMPARE(orders().size(), 0);
        QVERIFY(messageStored(customerWrites(eli, u"I'd like one margherita please"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(orders().size(), 1, 10000);
        QVERIFY(messageStored(customerWrites(eli, u"and also add a cola"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(orders().first().toObject().value(u"items"_s).toArray().size(), 2,
                                  10000);
        QCOMPARE(orders().size(), 1);
        QJsonObject order = orders().first().toObject();
        QCOMPARE(order.value(u"language"_s).toString(), u"en"_s);
        QCOMPARE(order.value(u"total"_s).toDouble(), 51.0);
        QVERIFY(order.value(u"needs_review"_s).toBool()); // an amendment is always reviewed
        QCOMPARE(orders(u"?status=pending"_s).size(), 1);
        QCOMPARE(orders(u"?status=delivered"_s).size(), 0);
        QCOMPARE(orders(u"?q=margherita"_s).size(), 1);
        QCOMPARE(orders(u"?q=pepperoni"_s).size(), 0);
        QCOMPARE(orders(u"?customer="_s +
                        order.value(u"customer"_s).toObject().value(u"id"_s).toString())
                     .size(),
                 1);
        QCOMPARE(orders(u"?status=lost"_s).size(), 0);

        const QString id = order.value(u"id"_s).toString();
        QCOMPARE(TenantCalls::errorCode(setStatus(id, u"cancelled"_s)), u"invalid_field"_s);
        auto cancelled = setStatus(id, u"cancelled"_s, u"out of dough"_s);
        QVERIFY2(cancelled.status == 200, cancelled.body.constData());
        QCOMPARE(setStatus(id, u"confirmed"_s).status, 409);
        QTRY_COMPARE_WITH_TIMEOUT(outboxTo(eli).size(), 1, 10000);
        QVERIFY2(textOf(outboxTo(eli).first()).contains(u"cancelled: out of dough"_s),
                 qPrintable(textOf(outboxTo(eli).first())));

        // A cancelled order is not amended: the next order-like message starts a new one.
        QVERIFY(messageStored(customerWrites(eli, u"ok then 2 colas"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(orders().size(), 2, 10000);
        QCOMPARE(orders().first().toObject().value(u"number"_s).toInt(), 2);

        // A product added now is on the menu the next message is read against.
        QCOMPARE(m_calls
                     ->call("POST", u"/products"_s, m_pat,
                            {{u"sku"_s, u"T1"_s},
                             {u"name"_s, u"Tiramisu"_s},
                             {u"price"_s, 30},
                             {u"currency"_s, u"ILS"_s}})
                     .status,
                 201);
        QVERIFY(messageStored(customerWrites(eli, u"and also add a tiramisu"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(QJsonDocument(orders().first().toObject()).toJson().contains("T1"),
                                 10000);
        QCOMPARE(orders().size(), 2);
    }

    void catalogCartAndRedelivery_data() { Test::TestDatabase::addBackendRows(); }
    void catalogCartAndRedelivery() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const QString wamid = customerSends(
            dana,
            {{u"type"_s, u"order"_s},
             {u"order"_s, QJsonObject{{u"catalog_id"_s, u"cat1"_s},
                                      {u"text"_s, u"for 8pm"_s},
                                      {u"product_items"_s,
                                       QJsonArray{QJsonObject{{u"product_retailer_id"_s, u"P1"_s},
                                                              {u"quantity"_s, 2},
                                                              {u"item_price"_s, 42},
                                                              {u"currency"_s, u"ILS"_s}},
                                                  QJsonObject{{u"product_retailer_id"_s, u"D1"_s},
                                                              {u"quantity"_s, 1},
                                                              {u"item_price"_s, 9},
                                                              {u"currency"_s, u"ILS"_s}}}}}}});
        QVERIFY(!wamid.isEmpty());
        QVERIFY(messageStored(wamid));
        QTRY_COMPARE_WITH_TIMEOUT(orders().size(), 1, 10000);
        const QJsonObject order = orders().first().toObject();
        QCOMPARE(order.value(u"source"_s).toString(), u"catalog"_s);
        QCOMPARE(order.value(u"total"_s).toDouble(), 93.0);
        QCOMPARE(order.value(u"items"_s).toArray().size(), 2);

        // Meta redelivering one webhook makes one order, however often it comes.
        const QByteArray delivery =
            RelayHarness::textDelivery(m_account.phoneNumberId, u"wamid.redelivered"_s, eli,
                                       u"2 large margherita"_s, u"Eli"_s);
        QCOMPARE(m_world.relay->postWebhook(delivery).status, 200);
        QCOMPARE(m_world.relay->postWebhook(delivery).status, 200);
        QVERIFY(m_world.relay->waitIngested());
        QCOMPARE(m_world.relay->postWebhook(delivery).status, 200);
        QVERIFY(m_world.relay->waitIngested());
        QCOMPARE(orders().size(), 2);
    }

    void manualOrder_data() { Test::TestDatabase::addBackendRows(); }
    void manualOrder() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        auto created = m_calls->call(
            "POST", u"/orders"_s, m_sam,
            {{u"customer"_s,
              QJsonObject{{u"phone"_s, u"+972500000009"_s}, {u"name"_s, u"Walk-in"_s}}},
             {u"items"_s,
              QJsonArray{QJsonObject{{u"sku"_s, u"P1"_s},
                                     {u"quantity"_s, 2},
                                     {u"variants"_s, QJsonArray{u"גדולה"_s}}},
                         QJsonObject{{u"name"_s, u"Birthday candle"_s}, {u"unit_price"_s, 1.5}}}},
             {u"delivery_type"_s, u"pickup"_s}});
        QVERIFY2(created.status == 201, created.body.constData());
        QJsonObject order = created.json();
        QCOMPARE(order.value(u"source"_s).toString(), u"manual"_s);
        QCOMPARE(order.value(u"total"_s).toDouble(), 101.5);
        QCOMPARE(
            order.value(u"items"_s).toArray().first().toObject().value(u"variants"_s).toArray(),
            QJsonArray{u"Large"_s});
        QCOMPARE(order.value(u"timeline"_s).toArray().first().toObject().value(u"by"_s).toString(),
                 u"sam"_s);
        const QString id = order.value(u"id"_s).toString();

        // An item edit while pending keeps the price of the lines it keeps.
        QCOMPARE(m_calls->call("PATCH", u"/products/"_s + m_margheritaId, m_pat, {{u"price"_s, 60}})
                     .status,
                 200);
        auto edited = m_calls->call(
            "PATCH", u"/orders/"_s + id, m_sam,
            {{u"items"_s, QJsonArray{QJsonObject{{u"product_id"_s, m_margheritaId},
                                                 {u"quantity"_s, 3},
                                                 {u"variants"_s, QJsonArray{u"Large"_s}}}}}});
        QVERIFY2(edited.status == 200, edited.body.constData());
        QCOMPARE(edited.json().value(u"total"_s).toDouble(), 150.0);
        QCOMPARE(edited.json().value(u"timeline"_s).toArray().size(), 2);

        auto refused =
            m_calls->call("POST", u"/orders"_s, m_sam,
                          {{u"items"_s, QJsonArray{QJsonObject{{u"sku"_s, u"NOPE"_s}}}}});
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.body.contains("items[0].sku"), refused.body.constData());
        QCOMPARE(m_calls->call("POST", u"/orders"_s, m_sam, {{u"items"_s, QJsonArray()}}).status,
                 422);
        QCOMPARE(m_calls
                     ->call("POST", u"/orders"_s, m_cleo,
                            {{u"items"_s, QJsonArray{QJsonObject{{u"sku"_s, u"P1"_s}}}}})
                     .status,
                 403);

        // Walk-ins are not messaged; items freeze once preparing.
        QCOMPARE(setStatus(id, u"confirmed"_s).status, 200);
        QCOMPARE(setStatus(id, u"preparing"_s).status, 200);
        QCOMPARE(m_calls
                     ->call("PATCH", u"/orders/"_s + id, m_sam,
                            {{u"items"_s, QJsonArray{QJsonObject{{u"sku"_s, u"D1"_s}}}}})
                     .status,
                 409);
        QCOMPARE(setStatus(id, u"out_for_delivery"_s).status, 409); // a pickup
        QCOMPARE(setStatus(id, u"ready"_s).status, 200);
        QCOMPARE(setStatus(id, u"delivered"_s).status, 200);
        QCOMPARE(outboxTo(u"972500000009"_s).size(), 0);

        // Numbers start again at #1 each day, the day of the tenant's time zone.
        const QJsonObject one{{u"items"_s, QJsonArray{QJsonObject{{u"sku"_s, u"D1"_s}}}}};
        QCOMPARE(m_calls->call("POST", u"/orders"_s, m_sam, one).json().value(u"number"_s).toInt(),
                 2);
        QVERIFY(m_world.relay->execute(u"UPDATE orders SET day = '2000-01-01'"_s));
        QVERIFY(m_world.relay->execute(u"UPDATE tenants SET time_zone = 'Pacific/Kiritimati'"_s));
        QCOMPARE(m_calls->call("POST", u"/orders"_s, m_sam, one).json().value(u"number"_s).toInt(),
                 1);
        const QString kiritimati = QDateTime::currentDateTimeUtc()
                                       .toTimeZone(QTimeZone("Pacific/Kiritimati"))
                                       .date()
                                       .toString(Qt::ISODate);
        QCOMPARE(m_world.relay->count(u"SELECT COUNT(*) FROM orders WHERE day = ?"_s, {kiritimati}),
                 1);
    }

    void outsideWindowUsesTemplate_data() { Test::TestDatabase::addBackendRows(); }
    void outsideWindowUsesTemplate() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        Sandbox::MessageTemplate update;
        update.wabaId = m_account.wabaId;
        update.name = u"order_update"_s;
        update.language = u"he"_s;
        update.category = u"UTILITY"_s;
        update.status = u"APPROVED"_s;
        update.components = QJsonArray{
            QJsonObject{{u"type"_s, u"BODY"_s}, {u"text"_s, u"ההזמנה שלך מספר {{1}} {{2}}."_s}}};
        m_world.sandbox->state().templates().add(update);
        QVERIFY(messageStored(customerWrites(dana, u"אפשר מרגריטה אחת?"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(orders().size(), 1, 10000);
        const QString id = orders().first().toObject().value(u"id"_s).toString();

        // A day passes: Dana's last message is 25 hours old.
        {
            auto db = m_world.relay->database().open();
            QVERIFY(db);
            RecordWriter writer(*db, m_world.relay->tenantId);
            auto conversation = writer.conversationWith(dana, m_account.phoneNumberId);
            QVERIFY(conversation && conversation->has_value());
            Conversation old = conversation->value();
            old.lastInboundAt = QDateTime::currentDateTimeUtc().addSecs(-25 * 3600);
            QVERIFY(db->begin());
            QVERIFY(writer.saveConversation(old));
            QVERIFY(db->commit());
        }
        QCOMPARE(setStatus(id, u"confirmed"_s).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(outboxTo(dana).size(), 1, 10000);
        const QJsonObject sent = outboxTo(dana).first();
        QCOMPARE(sent.value(u"type"_s).toString(), u"template"_s);
        const QJsonObject used =
            sent.value(u"request"_s).toObject().value(u"template"_s).toObject();
        QCOMPARE(used.value(u"name"_s).toString(), u"order_update"_s);
        QCOMPARE(used.value(u"language"_s).toObject().value(u"code"_s).toString(), u"he"_s);
        const QJsonArray parameters = used.value(u"components"_s)
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(u"parameters"_s)
                                          .toArray();
        QCOMPARE(parameters.at(0).toObject().value(u"text"_s).toString(), u"1"_s);
        QCOMPARE(parameters.at(1).toObject().value(u"text"_s).toString(), u"אושרה"_s);
        QCOMPARE(sent.value(u"status"_s).toString() == u"failed"_s, false);
    }
};

QTEST_GUILESS_MAIN(TestOrderEndpoints)
#include "tst_orderendpoints.moc"
