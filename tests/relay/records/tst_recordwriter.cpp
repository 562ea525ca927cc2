// SPDX-License-Identifier: GPL-3.0-or-later
// RecordWriter as a console syncing a tenant's log sees it: every stored change arrives as one
// event, a repeat changes nothing, and one tenant's writer never touches another's records.
#include "app/relay/records/recordwriter.h"
#include "core/meta/webhookchange.h"
#include "core/store/database.h"
#include "tests/relay/relaydatabase.h"
#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Switchboard;

namespace {

const QString customerWaId = QStringLiteral("972500000001");
const QString numberA = QStringLiteral("PN-A");
const QString numberB = QStringLiteral("PN-B");

Message inbound(const QString &wamid, const QString &text,
                const QDateTime &at = QDateTime::currentDateTimeUtc()) {
    Message message;
    message.wamid = wamid;
    message.direction = MessageDirection::Inbound;
    message.type = MessageType::Text;
    message.text = text;
    message.status = MessageStatus::Received;
    message.timestamp = at;
    return message;
}

Message outbound(const QString &text) {
    Message message = inbound(QString(), text);
    message.direction = MessageDirection::Outbound;
    message.status = MessageStatus::Queued;
    return message;
}

StatusChange statusOf(const QString &wamid, MessageStatus status) {
    StatusChange change;
    change.wamid = wamid;
    change.recipientId = customerWaId;
    change.status = status;
    change.timestamp = QDateTime::currentDateTimeUtc();
    return change;
}

//! A migrated database with two tenants, A and B, on the backend of the current data row.
struct Store : Test::RelayDatabase {
    explicit Store(const QString &backend)
        : RelayDatabase(backend) {}

    int count(const QString &sql, const QVariantList &bindings) {
        auto q = database->query(sql, bindings);
        if (!q || !(*q)->next())
            return -1;
        return (*q)->value(0).toInt();
    }
    int events(const QString &tenant) {
        return count(QStringLiteral("SELECT COUNT(*) FROM events WHERE tenant_id = ?"), {tenant});
    }
    //! The types of the tenant's events after `after`, in seq order.
    QStringList eventTypes(const QString &tenant, qint64 after = 0) {
        QStringList types;
        auto q = database->query(QStringLiteral("SELECT type FROM events WHERE tenant_id = ? AND "
                                                "seq > ? ORDER BY seq"),
                                 {tenant, after});
        while (q && (*q)->next())
            types << (*q)->value(0).toString();
        return types;
    }
    //! The stored JSON of the record `id` in `table`, whatever its tenant.
    QString stored(const QString &table, const QString &id) {
        auto q =
            database->query(QStringLiteral("SELECT data FROM %1 WHERE id = ?").arg(table), {id});
        if (!q || !(*q)->next())
            return {};
        return (*q)->value(0).toString();
    }
};

} // namespace

class TestRecordWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstMessageCreatesCustomerConversationAndMessageWithOneEventEach_data() {
        Test::TestDatabase::addBackendRows();
    }
    void firstMessageCreatesCustomerConversationAndMessageWithOneEventEach() {
        QFETCH(QString, backend);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        RecordWriter writer(*store.database, store.tenantA);

        auto added = writer.addMessage(customerWaId, QStringLiteral("Dana"), numberA,
                                       inbound(QStringLiteral("wamid.1"), QStringLiteral("hi")));
        QVERIFY2(added, qPrintable(added.error().message));
        QVERIFY(*added);
        QCOMPARE(store.eventTypes(store.tenantA),
                 (QStringList{QStringLiteral("customer"), QStringLiteral("conversation"),
                              QStringLiteral("message")}));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE tenant_id = ?"),
                             {store.tenantA}),
                 1);
        QVERIFY(writer.appended());

        // The same customer writes again under the same profile name: the customer is unchanged
        // (no event), the conversation moves on, the message is new.
        added = writer.addMessage(customerWaId, QStringLiteral("Dana"), numberA,
                                  inbound(QStringLiteral("wamid.2"), QStringLiteral("again")));
        QVERIFY(added && *added);
        QCOMPARE(store.eventTypes(store.tenantA, 3),
                 (QStringList{QStringLiteral("conversation"), QStringLiteral("message")}));

        // A new profile name is a change of the customer: one customer event, no second customer.
        added = writer.addMessage(customerWaId, QStringLiteral("Dana Levi"), numberA,
                                  inbound(QStringLiteral("wamid.3"), QStringLiteral("renamed")));
        QVERIFY(added && *added);
        QCOMPARE(store.eventTypes(store.tenantA, 5),
                 (QStringList{QStringLiteral("customer"), QStringLiteral("conversation"),
                              QStringLiteral("message")}));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE tenant_id = ?"),
                             {store.tenantA}),
                 1);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE tenant_id "
                                            "= ?"),
                             {store.tenantA}),
                 1);

        auto conversation = writer.conversationWith(customerWaId, numberA);
        QVERIFY(conversation && conversation->has_value());
        QCOMPARE(conversation->value().unreadCount, 3);
        QCOMPARE(conversation->value().lastMessagePreview, QStringLiteral("renamed"));
        QVERIFY(conversation->value().lastInboundAt.isValid());
        // The other number of the tenant has no conversation with this customer.
        auto other = writer.conversationWith(customerWaId, numberB);
        QVERIFY(other && !other->has_value());
    }

    void repeatedChangeAppendsNoEvent_data() {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("change");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            for (const char *change :
                 {"inbound retry", "status repeated", "conversation read twice",
                  "customer saved unchanged", "outbound verdict repeated"})
                QTest::addRow("%s %s", qPrintable(backend), change)
                    << backend << QString::fromLatin1(change);
        }
    }
    //! Meta retries deliveries and consoles repeat commands: doing the same twice must not make
    //! every console apply (and show) the change twice.
    void repeatedChangeAppendsNoEvent() {
        QFETCH(QString, backend);
        QFETCH(QString, change);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        RecordWriter writer(*store.database, store.tenantA);
        QVERIFY(writer.addMessage(customerWaId, QStringLiteral("Dana"), numberA,
                                  inbound(QStringLiteral("wamid.in"), QStringLiteral("hello"))));
        auto sent = writer.addOutbound(customerWaId, numberA, outbound(QStringLiteral("hi Dana")));
        QVERIFY2(sent, qPrintable(sent.error().message));
        QVERIFY(writer.updateOutbound(sent->id, QStringLiteral("wamid.out"), MessageStatus::Queued,
                                      std::nullopt));
        auto conversation = writer.conversationWith(customerWaId, numberA);
        QVERIFY(conversation && conversation->has_value());

        const auto apply = [&]() -> bool {
            if (change == QLatin1String("inbound retry"))
                return bool(writer.addMessage(
                    customerWaId, QStringLiteral("Dana"), numberA,
                    inbound(QStringLiteral("wamid.in"), QStringLiteral("hello"))));
            if (change == QLatin1String("status repeated"))
                return bool(writer.applyStatus(
                    statusOf(QStringLiteral("wamid.out"), MessageStatus::Delivered)));
            if (change == QLatin1String("conversation read twice"))
                return bool(writer.markConversationRead(conversation->value().id));
            if (change == QLatin1String("customer saved unchanged")) {
                auto customer = writer.customer(conversation->value().customerId);
                return customer && customer->has_value() && writer.saveCustomer(customer->value());
            }
            return bool(writer.updateOutbound(sent->id, QStringLiteral("wamid.out"),
                                              MessageStatus::Queued, std::nullopt));
        };
        QVERIFY(apply());
        const int events = store.events(store.tenantA);
        const QString message = store.stored(QStringLiteral("messages"), sent->id);
        QVERIFY(apply());
        QCOMPARE(store.events(store.tenantA), events);
        QCOMPARE(store.stored(QStringLiteral("messages"), sent->id), message);
        if (change == QLatin1String("inbound retry"))
            QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ? "
                                                "AND wamid = ?"),
                                 {store.tenantA, QStringLiteral("wamid.in")}),
                     1);
    }

    void inboundMessageIsDedupedByWamid_data() { Test::TestDatabase::addBackendRows(); }
    void inboundMessageIsDedupedByWamid() {
        QFETCH(QString, backend);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        RecordWriter writer(*store.database, store.tenantA);
        auto first = writer.addMessage(customerWaId, QStringLiteral("Dana"), numberA,
                                       inbound(QStringLiteral("wamid.X"), QStringLiteral("one")));
        QVERIFY(first && *first);
        // Meta's retry, even with another text (a replayed or altered copy), is not stored.
        auto retry = writer.addMessage(customerWaId, QStringLiteral("Dana"), numberA,
                                       inbound(QStringLiteral("wamid.X"), QStringLiteral("two")));
        QVERIFY(retry);
        QCOMPARE(*retry, false);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ?"),
                             {store.tenantA}),
                 1);
        auto conversation = writer.conversationWith(customerWaId, numberA);
        QVERIFY(conversation && conversation->has_value());
        QCOMPARE(conversation->value().unreadCount, 1);
        QCOMPARE(conversation->value().lastMessagePreview, QStringLiteral("one"));

        // The same wamid in another tenant is that tenant's own message.
        RecordWriter other(*store.database, store.tenantB);
        auto elsewhere = other.addMessage(customerWaId, QStringLiteral("Dana"), numberB,
                                          inbound(QStringLiteral("wamid.X"), QStringLiteral("b")));
        QVERIFY(elsewhere);
        QCOMPARE(*elsewhere, true);
        QCOMPARE(store.events(store.tenantA), 3);
        QCOMPARE(store.events(store.tenantB), 3);
    }

    void writerOfOneTenantNeverReadsOrChangesAnother_data() {
        Test::TestDatabase::addBackendRows();
    }
    void writerOfOneTenantNeverReadsOrChangesAnother() {
        QFETCH(QString, backend);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        RecordWriter writerB(*store.database, store.tenantB);
        QVERIFY(writerB.addMessage(customerWaId, QStringLiteral("Bea"), numberB,
                                   inbound(QStringLiteral("wamid.b1"), QStringLiteral("to B"))));
        auto sentB = writerB.addOutbound(customerWaId, numberB, outbound(QStringLiteral("from B")));
        QVERIFY(sentB);
        QVERIFY(writerB.updateOutbound(sentB->id, QStringLiteral("wamid.b2"), MessageStatus::Failed,
                                       Message::MessageError{QStringLiteral("131026"),
                                                             QStringLiteral("Undeliverable"),
                                                             QStringLiteral("Undeliverable")}));
        auto conversationB = writerB.conversationWith(customerWaId, numberB);
        QVERIFY(conversationB && conversationB->has_value());
        const QString customerB = conversationB->value().customerId;
        const QString messageRow = store.stored(QStringLiteral("messages"), sentB->id);
        const QString conversationRow =
            store.stored(QStringLiteral("conversations"), conversationB->value().id);
        const QString customerRow = store.stored(QStringLiteral("customers"), customerB);
        const int eventsB = store.events(store.tenantB);

        RecordWriter writerA(*store.database, store.tenantA);
        // Reads: B's ids and numbers are unknown to A.
        auto message = writerA.message(sentB->id);
        QVERIFY(message && !message->has_value());
        auto conversation = writerA.conversation(conversationB->value().id);
        QVERIFY(conversation && !conversation->has_value());
        auto customer = writerA.customer(customerB);
        QVERIFY(customer && !customer->has_value());
        auto with = writerA.conversationWith(customerWaId, numberB);
        QVERIFY(with && !with->has_value());

        // Changes: refused or without effect on B.
        auto requeued = writerA.requeueOutbound(sentB->id);
        QVERIFY(!requeued);
        QCOMPARE(requeued.error().code, QStringLiteral("not_found"));
        auto updated = writerA.updateOutbound(sentB->id, QStringLiteral("wamid.stolen"),
                                              MessageStatus::Read, std::nullopt);
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, QStringLiteral("not_found"));
        auto status =
            writerA.applyStatus(statusOf(QStringLiteral("wamid.b2"), MessageStatus::Read));
        QVERIFY(status);
        QCOMPARE(*status, false);
        QVERIFY(writerA.markConversationRead(conversationB->value().id));

        QCOMPARE(store.stored(QStringLiteral("messages"), sentB->id), messageRow);
        QCOMPARE(store.stored(QStringLiteral("conversations"), conversationB->value().id),
                 conversationRow);
        QCOMPARE(store.events(store.tenantB), eventsB);
        QCOMPARE(store.events(store.tenantA), 0);

        // A customer record of B handed to A's writer does not overwrite B's row.
        auto bea = writerB.customer(customerB);
        QVERIFY(bea && bea->has_value());
        Customer renamed = bea->value();
        renamed.name = QStringLiteral("Taken over");
        const Status refused = writerA.saveCustomer(renamed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("not_found"));
        QCOMPARE(store.stored(QStringLiteral("customers"), customerB), customerRow);
        QCOMPARE(store.events(store.tenantA), 0); // and A's consoles never hear of B's customer
    }

    void statusTicksNeverGoBackwards_data() {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("events");
        const auto S = [](MessageStatus status) { return int(status); };
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            const QByteArray b = backend.toLatin1();
            QTest::addRow("%s sent, delivered, read", b.constData())
                << backend
                << QList<int>{S(MessageStatus::Sent), S(MessageStatus::Delivered),
                              S(MessageStatus::Read)}
                << S(MessageStatus::Read) << 3;
            QTest::addRow("%s read, then a late delivered", b.constData())
                << backend << QList<int>{S(MessageStatus::Read), S(MessageStatus::Delivered)}
                << S(MessageStatus::Read) << 1;
            QTest::addRow("%s delivered, then a late sent", b.constData())
                << backend << QList<int>{S(MessageStatus::Delivered), S(MessageStatus::Sent)}
                << S(MessageStatus::Delivered) << 1;
            QTest::addRow("%s delivered twice", b.constData())
                << backend << QList<int>{S(MessageStatus::Delivered), S(MessageStatus::Delivered)}
                << S(MessageStatus::Delivered) << 1;
            QTest::addRow("%s sent, failed", b.constData())
                << backend << QList<int>{S(MessageStatus::Sent), S(MessageStatus::Failed)}
                << S(MessageStatus::Failed) << 2;
        }
    }
    void statusTicksNeverGoBackwards() {
        QFETCH(QString, backend);
        QFETCH(QList<int>, statuses);
        QFETCH(int, expected);
        QFETCH(int, events);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        RecordWriter writer(*store.database, store.tenantA);
        auto sent = writer.addOutbound(customerWaId, numberA, outbound(QStringLiteral("ticks")));
        QVERIFY(sent);
        QVERIFY(writer.updateOutbound(sent->id, QStringLiteral("wamid.t"), MessageStatus::Queued,
                                      std::nullopt));
        const int before = store.events(store.tenantA);
        for (int status : statuses)
            QVERIFY(writer.applyStatus(statusOf(QStringLiteral("wamid.t"), MessageStatus(status))));
        auto message = writer.message(sent->id);
        QVERIFY(message && message->has_value());
        QCOMPARE(toString(message->value().status), toString(MessageStatus(expected)));
        QCOMPARE(store.events(store.tenantA) - before, events);

        // Meta's answer to the send arriving after a status webhook does not move it back either.
        auto late = writer.updateOutbound(sent->id, QStringLiteral("wamid.t"),
                                          MessageStatus::Queued, std::nullopt);
        QVERIFY(late);
        QCOMPARE(toString(late->status), toString(MessageStatus(expected)));

        // A status for a message this relay never stored changes nothing.
        auto unknown =
            writer.applyStatus(statusOf(QStringLiteral("wamid.none"), MessageStatus::Read));
        QVERIFY(unknown);
        QCOMPARE(*unknown, false);
    }

    void outboundIsQueuedThenUpdatedThenRequeuedOnlyWhenFailed_data() {
        Test::TestDatabase::addBackendRows();
    }
    void outboundIsQueuedThenUpdatedThenRequeuedOnlyWhenFailed() {
        QFETCH(QString, backend);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        RecordWriter writer(*store.database, store.tenantA);

        // To a customer who never wrote: customer and conversation are created with it; the
        // conversation has nothing unread and no service window.
        auto first = writer.addOutbound(customerWaId, numberA, outbound(QStringLiteral("one")));
        QVERIFY2(first, qPrintable(first.error().message));
        QVERIFY(first->id.startsWith(QStringLiteral("msg_")));
        QVERIFY(!first->conversationId.isEmpty() && !first->customerId.isEmpty());
        QCOMPARE(toString(first->status), toString(MessageStatus::Queued));
        QVERIFY(first->direction == MessageDirection::Outbound);
        QCOMPARE(store.eventTypes(store.tenantA),
                 (QStringList{QStringLiteral("customer"), QStringLiteral("conversation"),
                              QStringLiteral("message")}));
        auto conversation = writer.conversation(first->conversationId);
        QVERIFY(conversation && conversation->has_value());
        QCOMPARE(conversation->value().unreadCount, 0);
        QVERIFY(!conversation->value().lastInboundAt.isValid());

        // A second queued message, also without a wamid, is a message of its own.
        auto second = writer.addOutbound(customerWaId, numberA, outbound(QStringLiteral("two")));
        QVERIFY2(second, qPrintable(second.error().message));
        QVERIFY(second->id != first->id);
        QCOMPARE(second->conversationId, first->conversationId);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ?"),
                             {store.tenantA}),
                 2);

        // Requeue of a message that has not failed: not_failed, nothing written.
        int events = store.events(store.tenantA);
        auto notFailed = writer.requeueOutbound(first->id);
        QVERIFY(!notFailed);
        QCOMPARE(notFailed.error().code, QStringLiteral("not_failed"));
        QCOMPARE(store.events(store.tenantA), events);

        // Meta accepts the first: it gets its wamid, and status webhooks find it by it.
        auto accepted = writer.updateOutbound(first->id, QStringLiteral("wamid.first"),
                                              MessageStatus::Queued, std::nullopt);
        QVERIFY(accepted);
        QCOMPARE(accepted->wamid, QStringLiteral("wamid.first"));
        auto ticked =
            writer.applyStatus(statusOf(QStringLiteral("wamid.first"), MessageStatus::Sent));
        QVERIFY(ticked && *ticked);
        QCOMPARE(toString(writer.message(first->id)->value().status),
                 toString(MessageStatus::Sent));
        QCOMPARE(writer.requeueOutbound(first->id).error().code, QStringLiteral("not_failed"));

        // Meta refuses the second: failed with the reason; a requeue clears it and queues again.
        const Message::MessageError reason{QStringLiteral("131026"),
                                           QStringLiteral("Undeliverable"),
                                           QStringLiteral("Message undeliverable")};
        auto failed = writer.updateOutbound(second->id, QString(), MessageStatus::Failed, reason);
        QVERIFY(failed);
        QCOMPARE(toString(failed->status), toString(MessageStatus::Failed));
        QVERIFY(failed->error == std::optional<Message::MessageError>(reason));
        events = store.events(store.tenantA);
        auto requeued = writer.requeueOutbound(second->id);
        QVERIFY2(requeued, qPrintable(requeued.error().message));
        QCOMPARE(toString(requeued->status), toString(MessageStatus::Queued));
        QVERIFY(!requeued->error);
        QCOMPARE(store.eventTypes(store.tenantA, events), QStringList{QStringLiteral("message")});
        auto stored = writer.message(second->id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE(toString(stored->value().status), toString(MessageStatus::Queued));
        QVERIFY(!stored->value().error);

        // Unknown ids, and inbound messages, are not the business's to send again.
        QCOMPARE(writer.requeueOutbound(QStringLiteral("msg_none")).error().code,
                 QStringLiteral("not_found"));
        QCOMPARE(writer
                     .updateOutbound(QStringLiteral("msg_none"), QString(), MessageStatus::Sent,
                                     std::nullopt)
                     .error()
                     .code,
                 QStringLiteral("not_found"));
        QVERIFY(writer.addMessage(customerWaId, QString(), numberA,
                                  inbound(QStringLiteral("wamid.in"), QStringLiteral("reply"))));
        auto replyQuery = store.database->query(
            QStringLiteral("SELECT id FROM messages WHERE tenant_id = ? AND wamid = ?"),
            {store.tenantA, QStringLiteral("wamid.in")});
        QVERIFY(replyQuery && (*replyQuery)->next());
        const QString inboundId = (*replyQuery)->value(0).toString();
        (*replyQuery)->finish();
        QCOMPARE(writer.requeueOutbound(inboundId).error().code, QStringLiteral("not_found"));
    }

    void markConversationReadClearsUnreadWithOneEvent_data() {
        Test::TestDatabase::addBackendRows();
    }
    void markConversationReadClearsUnreadWithOneEvent() {
        QFETCH(QString, backend);
        Store store(backend);
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        RecordWriter writer(*store.database, store.tenantA);
        for (const char *wamid : {"wamid.r1", "wamid.r2"})
            QVERIFY(writer.addMessage(customerWaId, QStringLiteral("Dana"), numberA,
                                      inbound(QString::fromLatin1(wamid), QStringLiteral("hi"))));
        auto conversation = writer.conversationWith(customerWaId, numberA);
        QVERIFY(conversation && conversation->has_value());
        QCOMPARE(conversation->value().unreadCount, 2);
        const int events = store.events(store.tenantA);
        QVERIFY(writer.markConversationRead(conversation->value().id));
        QCOMPARE(store.eventTypes(store.tenantA, events),
                 QStringList{QStringLiteral("conversation")});
        QCOMPARE(writer.conversation(conversation->value().id)->value().unreadCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordWriter)
#include "tst_recordwriter.moc"
