// SPDX-License-Identifier: GPL-3.0-or-later
// From an acknowledged webhook delivery to records and events in the right tenant's log: what a
// console syncing the log would see after Meta posts messages, retries and statuses.
#include "app/relay/http/metrics.h"
#include "app/relay/webhook/inboxstore.h"
#include "tests/relay/relayharness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;

namespace {

const QString customerWaId = QStringLiteral("972500000001");

//! A message the business sent from the WhatsApp Business app (coexistence echo), shaped as in
//! shared/conformance/pywa/outgoing_message.json: the relay stores it as an outbound message.
QByteArray echoDelivery(const QString &phoneNumberId, const QString &wamid, const QString &to,
                        const QString &text) {
    const QJsonObject echo{
        {QStringLiteral("from"), QStringLiteral("15550001111")},
        {QStringLiteral("to"), to},
        {QStringLiteral("id"), wamid},
        {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001111")},
                     {QStringLiteral("phone_number_id"), phoneNumberId}}},
        {QStringLiteral("message_echoes"), QJsonArray{echo}}};
    const QJsonObject delivery{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("WABA-") + phoneNumberId)},
                         {QStringLiteral("changes"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("field"), QStringLiteral("smb_message_echoes")},
                              {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(delivery).toJson(QJsonDocument::Compact);
}

//! The stored JSON record the first column of `sql` holds (empty when there is no row).
QJsonObject storedRecord(Database &db, const QString &sql, const QVariantList &bindings) {
    auto q = db.query(sql, bindings);
    if (!q || !(*q)->next())
        return {};
    return QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
}

QJsonObject storedMessage(Database &db, const QString &tenant, const QString &wamid) {
    return storedRecord(
        db, QStringLiteral("SELECT data FROM messages WHERE tenant_id = ? AND wamid = ?"),
        {tenant, wamid});
}

//! Appends deliveries to the inbox as its writer does, while the relay is stopped: the next
//! start ingests them together, in one batch.
bool queueInInbox(RelayHarness &relay, const QList<QByteArray> &bodies) {
    auto main = relay.database().open();
    if (!main)
        return false;
    auto inbox = InboxStore::openInbox(main->url());
    if (!inbox) {
        qWarning() << inbox.error().message;
        return false;
    }
    for (const QByteArray &body : bodies) {
        auto inserted = (*inbox)->query(
            QStringLiteral("INSERT INTO webhook_inbox (received_at, body) VALUES (?, ?)"),
            {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), body});
        if (!inserted) {
            qWarning() << inserted.error().message;
            return false;
        }
    }
    return true;
}

//! Backdates the inbox rows `ids` to `when`, as if received then.
bool backdateInInbox(RelayHarness &relay, const QList<qint64> &ids, const QDateTime &when) {
    auto main = relay.database().open();
    if (!main)
        return false;
    auto inbox = InboxStore::openInbox(main->url());
    if (!inbox)
        return false;
    for (qint64 id : ids) {
        auto updated =
            (*inbox)->query(QStringLiteral("UPDATE webhook_inbox SET received_at = ? WHERE id = ?"),
                            {when.toUTC().toString(Qt::ISODateWithMs), id});
        if (!updated || (*updated)->numRowsAffected() != 1)
            return false;
    }
    return true;
}

QStringList eventTypes(const QList<QJsonObject> &events) {
    QStringList types;
    for (const QJsonObject &event : events)
        types << event.value(QStringLiteral("type")).toString();
    return types;
}

QJsonObject data(const QJsonObject &event) {
    return event.value(QStringLiteral("data")).toObject();
}

//! The message events of `wamid` in a tenant's log.
QList<QJsonObject> messageEvents(const QList<QJsonObject> &events, const QString &wamid) {
    QList<QJsonObject> result;
    for (const QJsonObject &event : events) {
        if (event.value(QStringLiteral("type")).toString() == QLatin1String("message") &&
            data(event).value(QStringLiteral("wamid")).toString() == wamid)
            result << event;
    }
    return result;
}

//! Meta's account_update for a ban decision (shape of pywa's account_disabled case).
QByteArray banUpdate(const QString &state) {
    const QJsonObject value{
        {QStringLiteral("event"), QStringLiteral("DISABLED_UPDATE")},
        {QStringLiteral("ban_info"),
         QJsonObject{{QStringLiteral("waba_ban_state"), state},
                     {QStringLiteral("waba_ban_date"), QStringLiteral("April 17, 2025")}}}};
    const QJsonObject change{{QStringLiteral("field"), QStringLiteral("account_update")},
                             {QStringLiteral("value"), value}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("WABA-PN1")},
                            {QStringLiteral("time"), QDateTime::currentSecsSinceEpoch()},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestIngest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inboundTextBecomesCustomerConversationAndMessage_data() {
        Test::TestDatabase::addBackendRows();
    }
    void inboundTextBecomesCustomerConversationAndMessage() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QList<QJsonObject> before = relay.events(relay.tenantId);
        const QList<QJsonObject> otherBefore = relay.events(relay.otherTenantId);
        QVERIFY(!before.isEmpty()); // the connection event of the seeded number

        const QString text = QStringLiteral(
            "שלום! אפשר פיצה משפחתית עם זיתים? 🍕👍🏽");
        const QString name = QStringLiteral("דנה 🌸");
        QCOMPARE(relay
                     .postWebhook(RelayHarness::textDelivery(QStringLiteral("PN1"),
                                                             QStringLiteral("wamid.in1"),
                                                             customerWaId, text, name))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());

        const QList<QJsonObject> after = relay.events(relay.tenantId);
        const QList<QJsonObject> added = after.mid(before.size());
        QCOMPARE(eventTypes(added),
                 (QStringList{QStringLiteral("customer"), QStringLiteral("conversation"),
                              QStringLiteral("message")}));
        qint64 seq = before.last().value(QStringLiteral("seq")).toInteger();
        for (const QJsonObject &event : added) {
            QCOMPARE(event.value(QStringLiteral("seq")).toInteger(), ++seq); // no gaps
            QCOMPARE(event.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
            QVERIFY(QDateTime::fromString(event.value(QStringLiteral("at")).toString(),
                                          Qt::ISODateWithMs)
                        .isValid());
        }

        const QJsonObject customer = data(added[0]);
        QCOMPARE(customer.value(QStringLiteral("wa_id")).toString(), customerWaId);
        QCOMPARE(customer.value(QStringLiteral("profile_name")).toString(), name);
        QCOMPARE(customer.value(QStringLiteral("phone")).toString(),
                 QString(QLatin1Char('+') + customerWaId));
        const QString customerId = customer.value(QStringLiteral("id")).toString();
        QVERIFY(!customerId.isEmpty());

        const QJsonObject message = data(added[2]);
        QCOMPARE(message.value(QStringLiteral("wamid")).toString(), QStringLiteral("wamid.in1"));
        QCOMPARE(message.value(QStringLiteral("direction")).toString(), QStringLiteral("inbound"));
        QCOMPARE(message.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QCOMPARE(message.value(QStringLiteral("text")).toString(), text);
        QCOMPARE(message.value(QStringLiteral("customer_id")).toString(), customerId);

        const QJsonObject conversation = data(added[1]);
        QCOMPARE(conversation.value(QStringLiteral("id")).toString(),
                 message.value(QStringLiteral("conversation_id")).toString());
        QCOMPARE(conversation.value(QStringLiteral("customer_id")).toString(), customerId);
        QCOMPARE(conversation.value(QStringLiteral("phone_number_id")).toString(),
                 QStringLiteral("PN1"));
        QCOMPARE(conversation.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(conversation.value(QStringLiteral("unread_count")).toInt(), 1);
        QCOMPARE(conversation.value(QStringLiteral("last_message_preview")).toString(), text);
        // The service window starts at the customer's message.
        const QDateTime lastInbound = QDateTime::fromString(
            conversation.value(QStringLiteral("last_inbound_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(lastInbound.isValid());
        QCOMPARE(lastInbound,
                 QDateTime::fromString(message.value(QStringLiteral("timestamp")).toString(),
                                       Qt::ISODateWithMs));

        // A console reading the log over HTTP gets the same text, byte for byte.
        const QString token = relay.login(QStringLiteral("pat"));
        QVERIFY(!token.isEmpty());
        const auto page =
            relay.get(QStringLiteral("/api/v1/tenants/%1/events?after=%2")
                          .arg(relay.tenantId)
                          .arg(before.last().value(QStringLiteral("seq")).toInteger()),
                      token);
        QCOMPARE(page.status, 200);
        const QJsonArray served = page.json().value(QStringLiteral("events")).toArray();
        QCOMPARE(served.size(), 3);
        QCOMPARE(served[2][QStringLiteral("data")][QStringLiteral("text")].toString(), text);

        // Nothing of it in the other tenant.
        QCOMPARE(relay.events(relay.otherTenantId).size(), otherBefore.size());
        for (const char *table : {"messages", "customers", "conversations"})
            QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE tenant_id = ?")
                                     .arg(QLatin1String(table)),
                                 {relay.otherTenantId}),
                     0);
    }

    void metaRetryChangesNothing_data() { Test::TestDatabase::addBackendRows(); }
    void metaRetryChangesNothing() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QByteArray body =
            RelayHarness::textDelivery(QStringLiteral("PN1"), QStringLiteral("wamid.retry"),
                                       customerWaId, QStringLiteral("one pizza please"));
        QCOMPARE(relay.postWebhook(body).status, 200);
        QVERIFY(relay.waitIngested());
        const QList<QJsonObject> once = relay.events(relay.tenantId);

        // Meta did not see our 200 in time and sends the very same delivery again.
        QCOMPARE(relay.postWebhook(body).status, 200);
        QVERIFY(relay.waitIngested());
        QCOMPARE(relay.storedDeliveries(), 2);
        const QList<QJsonObject> twice = relay.events(relay.tenantId);
        QCOMPARE(twice.size(), once.size());
        QCOMPARE(twice.last(), once.last());
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ?"),
                             {relay.tenantId}),
                 1);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 0);
        auto db = relay.database().open();
        QVERIFY(db);
        const QJsonObject conversation =
            storedRecord(*db, QStringLiteral("SELECT data FROM conversations WHERE tenant_id = ?"),
                         {relay.tenantId});
        QCOMPARE(conversation.value(QStringLiteral("unread_count")).toInt(), 1);
    }

    //! PostgreSQL restarted or the network dropped every connection of the relay: webhooks are
    //! still acknowledged only once stored, ingest resumes without waiting for another webhook,
    //! and the API answers again, all on new connections.
    void survivesLostDatabaseConnections() {
        RelayHarness relay(QStringLiteral("postgresql"));
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        QCOMPARE(relay
                     .postWebhook(RelayHarness::textDelivery(QStringLiteral("PN1"),
                                                             QStringLiteral("wamid.before"),
                                                             customerWaId, QStringLiteral("one")))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        const QString token = relay.login(QStringLiteral("pat"));

        auto db = relay.database().open();
        QVERIFY(db);
        auto killed = db->query(
            QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                           "datname = current_database() AND pid <> pg_backend_pid()"));
        QVERIFY2(killed, qPrintable(killed.error().message));
        QVERIFY((*killed)->next());
        QVERIFY2((*killed)->value(0).toInt() >= 3, "the relay's connections were not found");

        for (int i = 0; i < 3; ++i)
            QCOMPARE(relay
                         .postWebhook(RelayHarness::textDelivery(
                             QStringLiteral("PN1"), QStringLiteral("wamid.after%1").arg(i),
                             customerWaId, QStringLiteral("after %1").arg(i)))
                         .status,
                     200);
        QTRY_COMPARE_WITH_TIMEOUT(
            relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ?"),
                        {relay.tenantId}),
            4, 15000);
        const auto conversations = relay.get(
            QStringLiteral("/api/v1/tenants/%1/conversations").arg(relay.tenantId), token);
        QCOMPARE(conversations.status, 200);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 0);
    }

    void statusesMoveTicksForwardOnly_data() { Test::TestDatabase::addBackendRows(); }
    void statusesMoveTicksForwardOnly() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        auto db = relay.database().open();
        QVERIFY(db);
        const QString pn1 = QStringLiteral("PN1");
        const QString out = QStringLiteral("wamid.out1");
        const QString failing = QStringLiteral("wamid.out2");
        QCOMPARE(relay.postWebhook(echoDelivery(pn1, out, customerWaId, QStringLiteral("Ready!")))
                     .status,
                 200);
        QCOMPARE(relay
                     .postWebhook(echoDelivery(pn1, failing, customerWaId,
                                               QStringLiteral("Your order is on its way")))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        QJsonObject stored = storedMessage(*db, relay.tenantId, out);
        QCOMPARE(stored.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
        QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        QCOMPARE(messageEvents(relay.events(relay.tenantId), out).size(), 1);

        // Each status that moves the ticks forward is stored and appended to the log.
        for (const QString &status : {QStringLiteral("delivered"), QStringLiteral("read")}) {
            QCOMPARE(relay.postWebhook(RelayHarness::statusDelivery(pn1, out, status)).status, 200);
            QVERIFY(relay.waitIngested());
            QCOMPARE(storedMessage(*db, relay.tenantId, out).value(QStringLiteral("status")),
                     QJsonValue(status));
            const QList<QJsonObject> events = messageEvents(relay.events(relay.tenantId), out);
            QCOMPARE(data(events.last()).value(QStringLiteral("status")).toString(), status);
        }
        const int eventsAfterRead = int(relay.events(relay.tenantId).size());
        QCOMPARE(messageEvents(relay.events(relay.tenantId), out).size(), 3);

        // A late "sent", a repeated "read", and a status for this wamid on another tenant's
        // number: none of them changes the message or the log.
        QCOMPARE(relay.postWebhook(RelayHarness::statusDelivery(pn1, out, QStringLiteral("sent")))
                     .status,
                 200);
        QCOMPARE(relay.postWebhook(RelayHarness::statusDelivery(pn1, out, QStringLiteral("read")))
                     .status,
                 200);
        QCOMPARE(relay
                     .postWebhook(RelayHarness::statusDelivery(QStringLiteral("PN2"), out,
                                                               QStringLiteral("failed"),
                                                               QStringLiteral("131047")))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        stored = storedMessage(*db, relay.tenantId, out);
        QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("read"));
        QVERIFY(stored.value(QStringLiteral("error")).isNull());
        QCOMPARE(relay.events(relay.tenantId).size(), eventsAfterRead);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ?"),
                             {relay.otherTenantId}),
                 0);

        // A failure keeps Meta's code and title for the person reading why.
        QCOMPARE(relay
                     .postWebhook(RelayHarness::statusDelivery(
                         pn1, failing, QStringLiteral("failed"), QStringLiteral("131047")))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        stored = storedMessage(*db, relay.tenantId, failing);
        QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QJsonObject error = stored.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("131047"));
        QCOMPARE(error.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Re-engagement message"));
        const QList<QJsonObject> failedEvents =
            messageEvents(relay.events(relay.tenantId), failing);
        QCOMPARE(failedEvents.size(), 2);
        QCOMPARE(data(failedEvents.last()).value(QStringLiteral("error")).toObject(), error);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 0);
    }

    void numberNoTenantOwnsIsAcknowledgedAndCounted() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const auto before = relay.events(relay.tenantId).size();
        const auto otherBefore = relay.events(relay.otherTenantId).size();
        QVERIFY(
            relay.relay()->metrics()->render().contains("switchboard_unrouted_changes_total 0\n"));
        // Meta keeps retrying what is not acknowledged: a number that is not ours still gets 200.
        QCOMPARE(relay
                     .postWebhook(RelayHarness::textDelivery(
                         QStringLiteral("PN9"), QStringLiteral("wamid.stray"), customerWaId,
                         QStringLiteral("hello?")))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        for (const char *table : {"messages", "customers", "conversations", "dead_letters"})
            QCOMPARE(
                relay.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                0);
        QCOMPARE(relay.events(relay.tenantId).size(), before);
        QCOMPARE(relay.events(relay.otherTenantId).size(), otherBefore);
        QVERIFY(
            relay.relay()->metrics()->render().contains("switchboard_unrouted_changes_total 1\n"));
    }

    // The inbox keeps each delivery for a day after it arrived, then purges it, a chunk at a
    // time. A delivery acknowledged but not yet ingested is never purged, however old (a relay
    // that was down for three days): it is ingested when the relay comes back.
    void purgeSparesWhatIsNotIngested_data() { Test::TestDatabase::addBackendRows(); }
    void purgeSparesWhatIsNotIngested() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString pn1 = QStringLiteral("PN1");
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(relay
                         .postWebhook(RelayHarness::textDelivery(
                             pn1, QStringLiteral("wamid.p%1").arg(i), customerWaId,
                             QStringLiteral("order %1").arg(i)))
                         .status,
                     200);
        QVERIFY(relay.waitIngested());
        relay.stop();
        // Inbox rows 1-3 are ingested; 4 and 5 arrive while the relay is down.
        QVERIFY(queueInInbox(
            relay, {RelayHarness::textDelivery(pn1, QStringLiteral("wamid.p4"), customerWaId,
                                               QStringLiteral("order 4")),
                    RelayHarness::textDelivery(pn1, QStringLiteral("wamid.p5"), customerWaId,
                                               QStringLiteral("order 5"))}));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(backdateInInbox(relay, {1, 2, 4, 5}, now.addDays(-3)));
        {
            auto main = relay.database().open();
            QVERIFY(main);
            auto opened = InboxStore::open(*main);
            QVERIFY(opened);
            InboxStore &inbox = opened.value();
            // Only 1 and 2 go: 3 is recent, 4 and 5 are not ingested.
            QCOMPARE(*inbox.purge(now.addDays(-1), 1), 1);
            QCOMPARE(*inbox.purge(now.addDays(-1), 1), 1);
            QCOMPARE(*inbox.purge(now.addDays(-1), 1), 0);
            QCOMPARE(*inbox.stored(), 3);
            QCOMPARE(*inbox.pending(), 2);
        }
        QVERIFY2(relay.start(), qPrintable(relay.error()));
        QVERIFY(relay.waitIngested());
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ?"),
                             {relay.tenantId}),
                 5);
        QCOMPARE(relay.pendingDeliveries(), 0);
    }

    void unparseableDeliveryIsDeadLetteredAndOthersFlow_data() {
        Test::TestDatabase::addBackendRows();
    }
    void unparseableDeliveryIsDeadLetteredAndOthersFlow() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        // Signed and valid JSON, so it is acknowledged; but it is not a WhatsApp delivery.
        const QByteArray page("{\"object\":\"page\",\"entry\":[]}");
        QCOMPARE(relay.postWebhook(page).status, 200);
        // Posted right behind it, likely in the same ingest batch.
        QCOMPARE(relay
                     .postWebhook(RelayHarness::textDelivery(
                         QStringLiteral("PN1"), QStringLiteral("wamid.after"), customerWaId,
                         QStringLiteral("still here")))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 1);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters WHERE reason LIKE "
                                            "'%\"page\"%'")),
                 1);
        auto db = relay.database().open();
        QVERIFY(db);
        auto q = db->query(QStringLiteral("SELECT body FROM dead_letters"));
        QVERIFY(q && (*q)->next());
        QCOMPARE((*q)->value(0).toByteArray(), page);
        (*q)->finish();
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ? "
                                            "AND wamid = 'wamid.after'"),
                             {relay.tenantId}),
                 1);
        QCOMPARE(messageEvents(relay.events(relay.tenantId), QStringLiteral("wamid.after")).size(),
                 1);

        // And one posted afterwards, in a batch of its own.
        QCOMPARE(relay
                     .postWebhook(RelayHarness::textDelivery(
                         QStringLiteral("PN1"), QStringLiteral("wamid.later"), customerWaId,
                         QStringLiteral("and later")))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        QCOMPARE(messageEvents(relay.events(relay.tenantId), QStringLiteral("wamid.later")).size(),
                 1);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 1);
    }

    //! Ingest reads and writes a batch's records together; within the batch, each change must
    //! still see the ones before it, and the stored records must end as the last events say.
    void changesInOneBatchBuildOnEachOther_data() { Test::TestDatabase::addBackendRows(); }
    void changesInOneBatchBuildOnEachOther() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("dead-lettered")));
        const QString pn1 = QStringLiteral("PN1");
        const QString newcomer = QStringLiteral("972500000333");
        // A customer known before the batch, with a business message awaiting its ticks.
        QCOMPARE(relay
                     .postWebhook(RelayHarness::textDelivery(pn1, QStringLiteral("wamid.k0"),
                                                             customerWaId, QStringLiteral("hi")))
                     .status,
                 200);
        QCOMPARE(relay
                     .postWebhook(echoDelivery(pn1, QStringLiteral("wamid.e0"), customerWaId,
                                               QStringLiteral("Welcome!")))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        relay.stop();
        QVERIFY(queueInInbox(
            relay,
            {RelayHarness::textDelivery(pn1, QStringLiteral("wamid.k1"), customerWaId,
                                        QStringLiteral("one pizza"), QStringLiteral("Dana K")),
             RelayHarness::textDelivery(pn1, QStringLiteral("wamid.n1"), newcomer,
                                        QStringLiteral("first"), QStringLiteral("Noa")),
             RelayHarness::statusDelivery(pn1, QStringLiteral("wamid.e0"),
                                          QStringLiteral("delivered")),
             echoDelivery(pn1, QStringLiteral("wamid.e1"), newcomer, QStringLiteral("Hello Noa")),
             RelayHarness::textDelivery(pn1, QStringLiteral("wamid.k2"), customerWaId,
                                        QStringLiteral("make it two")),
             RelayHarness::statusDelivery(pn1, QStringLiteral("wamid.e1"), QStringLiteral("read")),
             RelayHarness::statusDelivery(pn1, QStringLiteral("wamid.e0"), QStringLiteral("read")),
             RelayHarness::statusDelivery(pn1, QStringLiteral("wamid.e0"),
                                          QStringLiteral("sent")), // late: changes nothing
             RelayHarness::textDelivery(pn1, QStringLiteral("wamid.k1"), customerWaId,
                                        QStringLiteral("one pizza"),
                                        QStringLiteral("Dana K")), // Meta's retry
             RelayHarness::textDelivery(pn1, QStringLiteral("wamid.n2"), newcomer,
                                        QStringLiteral("second"), QStringLiteral("Noa"))}));
        QVERIFY2(relay.start(), qPrintable(relay.error()));
        QVERIFY(relay.waitIngested());

        auto db = relay.database().open();
        QVERIFY(db);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE tenant_id = ?"),
                             {relay.tenantId}),
                 2);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE "
                                            "tenant_id = ?"),
                             {relay.tenantId}),
                 2);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ?"),
                             {relay.tenantId}),
                 7);
        QCOMPARE(storedMessage(*db, relay.tenantId, QStringLiteral("wamid.e0"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("read"));
        QCOMPARE(storedMessage(*db, relay.tenantId, QStringLiteral("wamid.e1"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("read"));

        const QList<QJsonObject> events = relay.events(relay.tenantId);
        for (qsizetype i = 0; i < events.size(); ++i)
            QCOMPARE(events[i].value(QStringLiteral("seq")).toInteger(), i + 1);
        QCOMPARE(messageEvents(events, QStringLiteral("wamid.k1")).size(), 1);
        QCOMPARE(messageEvents(events, QStringLiteral("wamid.e0")).size(),
                 3); // sent, delivered, read
        QCOMPARE(messageEvents(events, QStringLiteral("wamid.e1")).size(), 2);
        // What a console holds after applying the log is what the relay stores: the last event
        // of each record equals its row.
        QHash<QString, QJsonObject> last;
        for (const QJsonObject &event : events)
            last.insert(event.value(QStringLiteral("type")).toString() + QLatin1Char('/') +
                            data(event).value(QStringLiteral("id")).toString(),
                        data(event));
        int compared = 0;
        for (const char *table : {"customers", "conversations", "messages"}) {
            auto rows = db->query(QStringLiteral("SELECT id, data FROM %1 WHERE tenant_id = ?")
                                      .arg(QLatin1String(table)),
                                  {relay.tenantId});
            QVERIFY(rows);
            const QString type = QString::fromLatin1(table).chopped(1);
            while ((*rows)->next()) {
                const QString key = type + QLatin1Char('/') + (*rows)->value(0).toString();
                QVERIFY2(last.contains(key), qPrintable(key));
                QCOMPARE(QJsonDocument::fromJson((*rows)->value(1).toString().toUtf8()).object(),
                         last.value(key));
                ++compared;
            }
        }
        QCOMPARE(compared, 2 + 2 + 7);
        // Dana's conversation counted both new messages once, and shows the latest.
        const QJsonObject dana = storedRecord(
            *db,
            QStringLiteral("SELECT cv.data FROM conversations cv JOIN customers cu ON cu.id = "
                           "cv.customer_id WHERE cu.wa_id = ?"),
            {customerWaId});
        QCOMPARE(dana.value(QStringLiteral("unread_count")).toInt(), 3);
        QCOMPARE(dana.value(QStringLiteral("last_message_preview")).toString(),
                 QStringLiteral("make it two"));
        const QJsonObject danaCustomer = storedRecord(
            *db, QStringLiteral("SELECT data FROM customers WHERE wa_id = ?"), {customerWaId});
        // Renamed by one message of the batch, and back by a later one.
        QCOMPARE(danaCustomer.value(QStringLiteral("profile_name")).toString(),
                 QStringLiteral("Dana"));
    }

    // A delivery whose records cannot be written fails in the middle of a batch: its first
    // message (from a healthy customer) is written and its events numbered, then the stored
    // conversation of its second message's customer turns out corrupt. Ingest runs that batch
    // again with a savepoint per delivery: the failing delivery is dead-lettered whole, the
    // others are ingested, and the events its first message had numbered are taken back, so seq
    // stays gap-free.
    void recordFailureDeadLettersOnlyItsDelivery_data() { Test::TestDatabase::addBackendRows(); }
    void recordFailureDeadLettersOnlyItsDelivery() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString broken = QStringLiteral("972500000111");
        const QString healthy = QStringLiteral("972500000222");
        QCOMPARE(relay
                     .postWebhook(RelayHarness::textDelivery(QStringLiteral("PN1"),
                                                             QStringLiteral("wamid.first"), broken,
                                                             QStringLiteral("hello")))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        relay.stop();

        const auto text = [](const QString &wamid, const QString &from) {
            return RelayHarness::textDelivery(QStringLiteral("PN1"), wamid, from,
                                              QStringLiteral("text of ") + wamid);
        };
        // One delivery with two changes: healthy's message first, then broken's.
        QJsonObject twoChanges =
            QJsonDocument::fromJson(text(QStringLiteral("wamid.a0"), healthy)).object();
        {
            QJsonArray entries = twoChanges.value(QStringLiteral("entry")).toArray();
            QJsonObject entry = entries.first().toObject();
            QJsonArray changes = entry.value(QStringLiteral("changes")).toArray();
            changes.append(QJsonDocument::fromJson(text(QStringLiteral("wamid.a1"), broken))
                               .object()
                               .value(QStringLiteral("entry"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("changes"))
                               .toArray()
                               .first());
            entry.insert(QStringLiteral("changes"), changes);
            entries.replace(0, entry);
            twoChanges.insert(QStringLiteral("entry"), entries);
        }
        {
            auto db = relay.database().open();
            QVERIFY(db);
            auto corrupted = db->query(
                QStringLiteral("UPDATE conversations SET data = '{\"broken\":true}' WHERE "
                               "customer_id = (SELECT id FROM customers WHERE wa_id = ?)"),
                {broken});
            QVERIFY2(corrupted, qPrintable(corrupted.error().message));
        }
        QVERIFY(queueInInbox(relay, {text(QStringLiteral("wamid.b1"), healthy),
                                     QJsonDocument(twoChanges).toJson(),
                                     text(QStringLiteral("wamid.b2"), healthy)}));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("dead-lettered delivery")));
        QVERIFY2(relay.start(), qPrintable(relay.error()));
        QVERIFY(relay.waitIngested());

        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 1);
        {
            auto db = relay.database().open();
            QVERIFY(db);
            auto dead = db->query(QStringLiteral("SELECT body, reason FROM dead_letters"));
            QVERIFY(dead && (*dead)->next());
            QVERIFY2((*dead)->value(0).toByteArray().contains("wamid.a1"),
                     qPrintable((*dead)->value(1).toString()));
        }
        const QList<QJsonObject> events = relay.events(relay.tenantId);
        QCOMPARE(messageEvents(events, QStringLiteral("wamid.b1")).size(), 1);
        QCOMPARE(messageEvents(events, QStringLiteral("wamid.b2")).size(), 1);
        QCOMPARE(messageEvents(events, QStringLiteral("wamid.a0")).size(), 0);
        QCOMPARE(messageEvents(events, QStringLiteral("wamid.a1")).size(), 0);
        QCOMPARE(
            relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid = 'wamid.a0'")),
            0);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events[0].value(QStringLiteral("seq")).toInteger(), 1);
        for (qsizetype i = 0; i < events.size(); ++i)
            QCOMPARE(events[i].value(QStringLiteral("seq")).toInteger(), i + 1);
        // The log goes on from there.
        QCOMPARE(relay.postWebhook(text(QStringLiteral("wamid.b3"), healthy)).status, 200);
        QVERIFY(relay.waitIngested());
        const QList<QJsonObject> after = relay.events(relay.tenantId);
        QCOMPARE(after.size(), events.size() + 2); // the message and its conversation
        QCOMPARE(after.last().value(QStringLiteral("seq")).toInteger(), events.size() + 2);
    }

    void accountBanStateShowsOnTheConnection_data() {
        QTest::addColumn<QString>("banState");
        QTest::addColumn<QString>("connection");
        QTest::newRow("disabled") << QStringLiteral("DISABLE") << QStringLiteral("disconnected");
        QTest::newRow("scheduled")
            << QStringLiteral("SCHEDULE_FOR_DISABLE") << QStringLiteral("connected");
        QTest::newRow("reinstated") << QStringLiteral("REINSTATE") << QStringLiteral("connected");
    }
    void accountBanStateShowsOnTheConnection() {
        QFETCH(QString, banState);
        QFETCH(QString, connection);
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        QCOMPARE(relay.postWebhook(banUpdate(banState)).status, 200);
        QVERIFY(relay.waitIngested());
        const auto reply =
            relay.get(QStringLiteral("/api/v1/tenants/%1/connection").arg(relay.tenantId),
                      relay.login(QStringLiteral("pat")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), connection);
        // The other business's connection is not touched either way.
        QCOMPARE(relay
                     .get(QStringLiteral("/api/v1/tenants/%1/connection").arg(relay.otherTenantId),
                          relay.login(QStringLiteral("cleo")))
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("connected"));
    }

    void liftedBanReconnects() {
        RelayHarness relay;
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        const QString token = relay.login(QStringLiteral("pat"));
        const QString path = QStringLiteral("/api/v1/tenants/%1/connection").arg(relay.tenantId);
        QCOMPARE(relay.postWebhook(banUpdate(QStringLiteral("DISABLE"))).status, 200);
        QVERIFY(relay.waitIngested());
        QCOMPARE(relay.get(path, token).json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("disconnected"));
        // Meta lifts the ban: the business can message its customers again, without signing up
        // anew, and its consoles hear of it.
        const auto before = relay.events(relay.tenantId).size();
        QCOMPARE(relay.postWebhook(banUpdate(QStringLiteral("REINSTATE"))).status, 200);
        QVERIFY(relay.waitIngested());
        const QJsonObject connection = relay.get(path, token).json();
        QCOMPARE(connection.value(QStringLiteral("status")).toString(),
                 QStringLiteral("connected"));
        const QList<QJsonObject> after = relay.events(relay.tenantId);
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.last().value(QStringLiteral("type")).toString(),
                 QStringLiteral("connection"));
    }

    void concurrentBurstIsIngestedWhole_data() { Test::TestDatabase::addBackendRows(); }
    void concurrentBurstIsIngestedWhole() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        // Meta posts on several connections at once: inbox commits and ingest transactions
        // interleave. Every delivery must become its message, and none may be reported to the
        // operator as dead-lettered (a lost write race once did, then redid the batch).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("dead-lettered")));
        const int deliveries = 240;
        QNetworkAccessManager network;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < deliveries; ++i) {
            const QByteArray body = RelayHarness::textDelivery(
                QStringLiteral("PN%1").arg(1 + i % 2), QStringLiteral("wamid.b%1").arg(i),
                QStringLiteral("9725000%1").arg(10000 + i % 7), QStringLiteral("burst %1").arg(i));
            QNetworkRequest request(QUrl(relay.baseUrl() + QStringLiteral("/webhook")));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("X-Hub-Signature-256", RelayHarness::sign(body));
            replies.emplace_back(network.post(request, body));
        }
        const auto finished = [&replies] {
            return std::all_of(replies.cbegin(), replies.cend(),
                               [](const auto &reply) { return reply->isFinished(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(finished(), 15000);
        for (const auto &reply : replies)
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(relay.waitIngested(5000));
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 0);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages")), deliveries);
        // Each ingested once: no transaction was given up and redone (which also over-counts the
        // operator's metric).
        const QByteArray metrics = relay.relay()->metrics()->render();
        const QByteArray ingested =
            "switchboard_ingested_changes_total{kind=\"inbound_message\"} " +
            QByteArray::number(deliveries) + '\n';
        QVERIFY2(metrics.contains(ingested), metrics.constData());
        for (const QString &tenant : {relay.tenantId, relay.otherTenantId}) {
            const QList<QJsonObject> events = relay.events(tenant);
            int messages = 0;
            for (qsizetype i = 0; i < events.size(); ++i) {
                QCOMPARE(events[i].value(QStringLiteral("seq")).toInteger(), i + 1); // no gaps
                messages += eventTypes({events[i]}).first() == QLatin1String("message") ? 1 : 0;
            }
            QCOMPARE(messages, deliveries / 2);
        }
    }

    void restartIngestsEveryAcknowledgedDeliveryOnce_data() {
        Test::TestDatabase::addBackendRows();
    }
    void restartIngestsEveryAcknowledgedDeliveryOnce() {
        QFETCH(QString, backend);
        RelayHarness relay(backend);
        QVERIFY2(relay.error().isEmpty() && relay.start(), qPrintable(relay.error()));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("dead-lettered")));
        const int posted = 30, leftPending = 5;
        QStringList wamids;
        for (int i = 0; i < posted; ++i) {
            wamids << QStringLiteral("wamid.r%1").arg(i);
            QCOMPARE(relay
                         .postWebhook(RelayHarness::textDelivery(
                             QStringLiteral("PN1"), wamids.last(),
                             QStringLiteral("97250000%1").arg(1000 + i % 3),
                             QStringLiteral("order %1").arg(i)))
                         .status,
                     200);
        }
        relay.stop(); // right after the last acknowledgement
        // A crash between acknowledgement and ingest leaves inbox rows not ingested: add some
        // the way the inbox writes them, so the next start has work whatever the timing was.
        QList<QByteArray> pending;
        for (int i = 0; i < leftPending; ++i) {
            wamids << QStringLiteral("wamid.p%1").arg(i);
            pending << RelayHarness::textDelivery(QStringLiteral("PN1"), wamids.last(),
                                                  customerWaId,
                                                  QStringLiteral("pending %1").arg(i));
        }
        QVERIFY(queueInInbox(relay, pending));
        QVERIFY(relay.pendingDeliveries() >= leftPending);

        QVERIFY2(relay.start(), qPrintable(relay.error()));
        QVERIFY(relay.waitIngested());
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ?"),
                             {relay.tenantId}),
                 posted + leftPending);
        const QList<QJsonObject> events = relay.events(relay.tenantId);
        for (const QString &wamid : std::as_const(wamids))
            QVERIFY2(messageEvents(events, wamid).size() == 1, qPrintable(wamid));
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM customers")), 4);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 0);
        // The restarted relay keeps taking deliveries.
        QCOMPARE(relay
                     .postWebhook(RelayHarness::textDelivery(
                         QStringLiteral("PN1"), QStringLiteral("wamid.new"), customerWaId,
                         QStringLiteral("after the restart")))
                     .status,
                 200);
        QVERIFY(relay.waitIngested());
        QCOMPARE(messageEvents(relay.events(relay.tenantId), QStringLiteral("wamid.new")).size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingestor.moc"
