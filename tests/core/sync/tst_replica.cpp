// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"
#include "core/sync/replica.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Switchboard;

namespace {

const QUrl relayUrl(QStringLiteral("https://relay.example.com"));

QJsonObject relayEvent(qint64 seq, const QString &type, const QJsonObject &data,
                       const QString &op = QStringLiteral("upsert")) {
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("type"), type},
            {QStringLiteral("op"), op},
            {QStringLiteral("at"), QStringLiteral("2026-12-02T10:00:00Z")},
            {QStringLiteral("data"), data}};
}

QJsonObject message(const QString &id, const QString &text,
                    const QString &conversation = QStringLiteral("cv1")) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("wamid"), QString(QStringLiteral("wamid.") + id)},
            {QStringLiteral("conversation_id"), conversation},
            {QStringLiteral("customer_id"), QStringLiteral("c1")},
            {QStringLiteral("direction"), QStringLiteral("inbound")},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), text},
            {QStringLiteral("status"), QStringLiteral("received")},
            {QStringLiteral("timestamp"), QStringLiteral("2026-12-02T10:00:00Z")}};
}

QJsonObject customer(const QString &id, const QString &name, const QString &waId) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("wa_id"), waId},
            {QStringLiteral("phone"), QString(QLatin1Char('+') + waId)},
            {QStringLiteral("name"), name},
            {QStringLiteral("profile_name"), name}};
}

QJsonObject conversation(const QString &id) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("customer_id"), QStringLiteral("c1")},
            {QStringLiteral("phone_number_id"), QStringLiteral("pn1")},
            {QStringLiteral("status"), QStringLiteral("open")},
            {QStringLiteral("unread_count"), 1}};
}

//! One event of every kind of the contract, seq 1 to 7.
QList<QJsonObject> everyKind() {
    const QJsonObject order{
        {QStringLiteral("id"), QStringLiteral("o1")},
        {QStringLiteral("number"), QStringLiteral("1001")},
        {QStringLiteral("status"), QStringLiteral("pending")},
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")}}},
        {QStringLiteral("needs_review"), true},
        {QStringLiteral("items"), QJsonArray{}}};
    const QJsonObject product{{QStringLiteral("id"), QStringLiteral("p1")},
                              {QStringLiteral("sku"), QStringLiteral("PIZZA-L")},
                              {QStringLiteral("name"), QStringLiteral("Large pizza")},
                              {QStringLiteral("name_he"), QStringLiteral("פיצה גדולה")},
                              {QStringLiteral("price"), 52.5},
                              {QStringLiteral("available"), true}};
    const QJsonObject messageTemplate{{QStringLiteral("id"), QStringLiteral("t1")},
                                      {QStringLiteral("name"), QStringLiteral("order_ready")},
                                      {QStringLiteral("language"), QStringLiteral("he")},
                                      {QStringLiteral("status"), QStringLiteral("approved")}};
    const QJsonObject connection{{QStringLiteral("status"), QStringLiteral("connected")},
                                 {QStringLiteral("waba_id"), QStringLiteral("waba1")}};
    return {relayEvent(1, QStringLiteral("customer"),
                       customer(QStringLiteral("c1"), QStringLiteral("Dana"),
                                QStringLiteral("972501234567"))),
            relayEvent(2, QStringLiteral("conversation"), conversation(QStringLiteral("cv1"))),
            relayEvent(3, QStringLiteral("message"),
                       message(QStringLiteral("m1"), QStringLiteral("hello"))),
            relayEvent(4, QStringLiteral("order"), order),
            relayEvent(5, QStringLiteral("product"), product),
            relayEvent(6, QStringLiteral("template"), messageTemplate),
            relayEvent(7, QStringLiteral("connection"), connection)};
}

} // namespace

class TestReplica : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    std::unique_ptr<Replica> openReplica(const QString &tenant = {}) {
        const QString id = tenant.isEmpty() ? QStringLiteral("t%1").arg(++m_case) : tenant;
        auto replica = std::make_unique<Replica>(Replica::location(m_dir.path(), relayUrl, id));
        const Status opened = replica->open();
        if (!opened)
            qWarning("%s", qPrintable(opened.error().message));
        return opened ? std::move(replica) : nullptr;
    }

    //! Applies and waits for the commit and for the announcement it queued, as the console's
    //! event loop would deliver it.
    static Status applied(Replica &replica, const QList<QJsonObject> &events) {
        QFuture<Status> future = replica.apply(events);
        future.waitForFinished();
        QCoreApplication::processEvents();
        return future.result();
    }

    static qint64 total(Replica &replica) {
        qint64 sum = 0;
        for (const QString &kind : Replica::kinds())
            sum += replica.count(kind).value();
        return sum;
    }

    //! FTS5's own check that an external-content index holds exactly what its table does.
    static bool searchIndexesMatchRecords(Replica &replica) {
        auto db = Database::open(replica.url());
        if (!db)
            return false;
        for (const char *table : {"message_search", "customer_search"}) {
            const QString name = QString::fromLatin1(table);
            const Status checked = (*db)->exec(
                QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                    .arg(name));
            if (!checked) {
                qWarning("%s: %s", table, qPrintable(checked.error().message));
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void aPhotoWithoutCaptionAndANamelessCustomerAreStored() {
        // Media without a caption has no text; a customer may have no name yet.
        auto replica = openReplica();
        QVERIFY(replica);
        QJsonObject photo = message(QStringLiteral("m1"), {});
        photo.remove(QStringLiteral("text"));
        photo.insert(QStringLiteral("type"), QStringLiteral("image"));
        QJsonObject nameless = customer(QStringLiteral("c1"), {}, QStringLiteral("972500000001"));
        nameless.remove(QStringLiteral("name"));
        nameless.remove(QStringLiteral("profile_name"));
        const Status stored =
            applied(*replica, {relayEvent(1, QStringLiteral("message"), photo),
                               relayEvent(2, QStringLiteral("customer"), nameless)});
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QCOMPARE(replica->count(QStringLiteral("message")).value(), 1);
        QCOMPARE(replica->count(QStringLiteral("customer")).value(), 1);
        QCOMPARE(replica->searchCustomers(QStringLiteral("972500000001")).value(),
                 QStringList{QStringLiteral("c1")});
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void locationIsOneReadableFilePerRelayAndTenant() {
        const DatabaseUrl a = Replica::location(m_dir.path(), relayUrl, QStringLiteral("tenant-a"));
        const DatabaseUrl b = Replica::location(m_dir.path(), relayUrl, QStringLiteral("tenant-b"));
        const DatabaseUrl other =
            Replica::location(m_dir.path(), QUrl(QStringLiteral("https://other.example.com")),
                              QStringLiteral("tenant-a"));
        const QRegularExpression name(QStringLiteral("^replica-tenant-a-[0-9a-f]{8}\\.sqlite$"));
        QVERIFY2(name.match(QFileInfo(a.sqlitePath).fileName()).hasMatch(),
                 qPrintable(a.sqlitePath));
        QCOMPARE(QFileInfo(a.sqlitePath).absolutePath(),
                 QFileInfo(m_dir.path()).absoluteFilePath());
        QVERIFY(a.sqlitePath != b.sqlitePath);
        QVERIFY(a.sqlitePath != other.sqlitePath);
        // The same relay written with a trailing slash is the same replica.
        QCOMPARE(Replica::location(m_dir.path(), QUrl(QStringLiteral("https://relay.example.com/")),
                                   QStringLiteral("tenant-a"))
                     .sqlitePath,
                 a.sqlitePath);
    }

    void batchBecomesTheRecords() {
        auto replica = openReplica();
        QVERIFY(replica);
        QCOMPARE(replica->cursor(), 0);
        QVERIFY(applied(*replica, everyKind()).ok());
        QCOMPARE(replica->cursor(), 7);
        for (const QJsonObject &e : everyKind()) {
            const QString kind = e.value(QStringLiteral("type")).toString();
            QCOMPARE(replica->count(kind).value(), 1);
            const QString id =
                kind == QLatin1String("connection")
                    ? QStringLiteral("connection")
                    : e.value(QStringLiteral("data"))[QStringLiteral("id")].toString();
            const auto stored = replica->record(kind, id);
            QVERIFY2(stored.ok(), qPrintable(stored.error().message));
            QVERIFY2(stored->has_value(), qPrintable(kind));
            QCOMPARE(stored->value(), e.value(QStringLiteral("data")).toObject());
        }
    }

    void sameBatchAgainChangesNothing() {
        auto replica = openReplica();
        QVERIFY(replica);
        QVERIFY(applied(*replica, everyKind()).ok());
        QSignalSpy spy(replica.get(), &Replica::changed);
        const auto before =
            replica->record(QStringLiteral("message"), QStringLiteral("m1")).value();

        QVERIFY(applied(*replica, everyKind()).ok());
        QCOMPARE(replica->cursor(), 7);
        QCOMPARE(total(*replica), 7);
        QCOMPARE(replica->record(QStringLiteral("message"), QStringLiteral("m1")).value(), before);
        QCOMPARE(spy.count(), 0);

        // A later event that repeats the stored state moves the cursor but announces nothing.
        QVERIFY(
            applied(*replica, {relayEvent(8, QStringLiteral("message"),
                                          message(QStringLiteral("m1"), QStringLiteral("hello")))})
                .ok());
        QCOMPARE(replica->cursor(), 8);
        QCOMPARE(spy.count(), 0);
    }

    void eventsAtOrBelowTheCursorAreSkipped() {
        auto replica = openReplica();
        QVERIFY(replica);
        QVERIFY(
            applied(*replica, {relayEvent(1, QStringLiteral("message"),
                                          message(QStringLiteral("m1"), QStringLiteral("one"))),
                               relayEvent(2, QStringLiteral("message"),
                                          message(QStringLiteral("m2"), QStringLiteral("two")))})
                .ok());
        QSignalSpy spy(replica.get(), &Replica::changed);
        // seq 2 again with other content (a page overlapping what was applied), then seq 3.
        QVERIFY(
            applied(*replica, {relayEvent(2, QStringLiteral("message"),
                                          message(QStringLiteral("m2"), QStringLiteral("changed"))),
                               relayEvent(3, QStringLiteral("message"),
                                          message(QStringLiteral("m3"), QStringLiteral("three")))})
                .ok());
        QCOMPARE(replica->cursor(), 3);
        const auto m2 = replica->record(QStringLiteral("message"), QStringLiteral("m2")).value();
        QCOMPARE(m2->value(QStringLiteral("text")).toString(), QStringLiteral("two"));
        QVERIFY(replica->record(QStringLiteral("message"), QStringLiteral("m3")).value());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<ReplicaChange>().upserted.value(QStringLiteral("message")),
                 QStringList{QStringLiteral("m3")});
    }

    void deleteRemovesTheRecordAndItsSearchRows() {
        auto replica = openReplica();
        QVERIFY(replica);
        QVERIFY(
            applied(*replica, {relayEvent(1, QStringLiteral("message"),
                                          message(QStringLiteral("m1"), QStringLiteral("שלום רב"))),
                               relayEvent(2, QStringLiteral("customer"),
                                          customer(QStringLiteral("c1"), QStringLiteral("יוסי לוי"),
                                                   QStringLiteral("972521112222")))})
                .ok());
        QCOMPARE(replica->searchMessages(QStringLiteral("שלום")).value(),
                 QStringList{QStringLiteral("m1")});
        QCOMPARE(replica->searchCustomers(QStringLiteral("יוסי")).value(),
                 QStringList{QStringLiteral("c1")});

        QVERIFY(
            applied(*replica, {relayEvent(3, QStringLiteral("message"),
                                          QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")}},
                                          QStringLiteral("delete")),
                               relayEvent(4, QStringLiteral("customer"),
                                          QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")}},
                                          QStringLiteral("delete"))})
                .ok());
        QCOMPARE(replica->record(QStringLiteral("message"), QStringLiteral("m1")).value(),
                 std::nullopt);
        QCOMPARE(replica->count(QStringLiteral("customer")).value(), 0);
        QVERIFY(replica->searchMessages(QStringLiteral("שלום")).value().isEmpty());
        QVERIFY(replica->searchCustomers(QStringLiteral("972521112222")).value().isEmpty());

        // Nothing stale is left in the index itself (an external-content table answers a match
        // from its own rows).
        auto db = Database::open(replica->url()).value();
        auto rows = db->query(QStringLiteral("SELECT COUNT(*) FROM message_search WHERE "
                                             "message_search MATCH ?"),
                              {QStringLiteral("שלום")});
        QVERIFY(rows.ok());
        QVERIFY((*rows)->next());
        QCOMPARE((*rows)->value(0).toInt(), 0);
        QVERIFY(searchIndexesMatchRecords(*replica));
    }

    void updateReplacesTheSearchRows() {
        auto replica = openReplica();
        QVERIFY(replica);
        QVERIFY(
            applied(*replica, {relayEvent(1, QStringLiteral("message"),
                                          message(QStringLiteral("m1"), QStringLiteral("פיצה")))})
                .ok());
        QVERIFY(
            applied(*replica, {relayEvent(2, QStringLiteral("message"),
                                          message(QStringLiteral("m1"), QStringLiteral("סלט")))})
                .ok());
        QVERIFY(replica->searchMessages(QStringLiteral("פיצה")).value().isEmpty());
        QCOMPARE(replica->searchMessages(QStringLiteral("סלט")).value(),
                 QStringList{QStringLiteral("m1")});
        QVERIFY(searchIndexesMatchRecords(*replica));
    }

    void editsKeepSearchInStepWithinAndAcrossBatches() {
        auto replica = openReplica();
        QVERIFY(replica);
        // A record new in a batch and edited later in it, then edits of records that exist.
        QVERIFY(
            applied(*replica, {relayEvent(1, QStringLiteral("message"),
                                          message(QStringLiteral("m1"), QStringLiteral("פיצה"))),
                               relayEvent(2, QStringLiteral("message"),
                                          message(QStringLiteral("m1"), QStringLiteral("סלט"))),
                               relayEvent(3, QStringLiteral("conversation"),
                                          conversation(QStringLiteral("cv1"))),
                               relayEvent(4, QStringLiteral("customer"),
                                          customer(QStringLiteral("c1"), QStringLiteral("Dana"),
                                                   QStringLiteral("972501234567")))})
                .ok());
        QVERIFY(replica->searchMessages(QStringLiteral("פיצה")).value().isEmpty());
        QCOMPARE(replica->searchMessages(QStringLiteral("סלט")).value(),
                 QStringList{QStringLiteral("m1")});

        QSignalSpy spy(replica.get(), &Replica::changed);
        QJsonObject read = conversation(QStringLiteral("cv1"));
        read[QStringLiteral("unread_count")] = 0;
        QJsonObject delivered = message(QStringLiteral("m1"), QStringLiteral("סלט"));
        delivered[QStringLiteral("status")] = QStringLiteral("delivered");
        QVERIFY(applied(*replica, {relayEvent(5, QStringLiteral("customer"),
                                              customer(QStringLiteral("c1"), QStringLiteral("Avi"),
                                                       QStringLiteral("972501234567"))),
                                   relayEvent(6, QStringLiteral("conversation"), read),
                                   relayEvent(7, QStringLiteral("message"), delivered),
                                   relayEvent(8, QStringLiteral("message"), delivered)})
                    .ok());
        QCOMPARE(spy.count(), 1);
        const auto change = spy.at(0).at(0).value<ReplicaChange>();
        const QMap<QString, QStringList> upserted{
            {QStringLiteral("conversation"), {QStringLiteral("cv1")}},
            {QStringLiteral("customer"), {QStringLiteral("c1")}},
            {QStringLiteral("message"), {QStringLiteral("m1")}}};
        QCOMPARE(change.upserted, upserted);
        QCOMPARE(replica->record(QStringLiteral("conversation"), QStringLiteral("cv1"))
                     .value()
                     ->value(QStringLiteral("unread_count")),
                 0);
        QCOMPARE(replica->unreadConversationCount().value(), 0);
        QVERIFY(replica->searchCustomers(QStringLiteral("Dana")).value().isEmpty());
        QCOMPARE(replica->searchCustomers(QStringLiteral("Avi")).value(),
                 QStringList{QStringLiteral("c1")});
        QCOMPARE(replica->searchMessages(QStringLiteral("סלט")).value(),
                 QStringList{QStringLiteral("m1")});
        QVERIFY(searchIndexesMatchRecords(*replica));

        // The same edits again: nothing changes, nothing is announced.
        QVERIFY(applied(*replica, {relayEvent(9, QStringLiteral("conversation"), read),
                                   relayEvent(10, QStringLiteral("message"), delivered)})
                    .ok());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(replica->cursor(), 10);
    }

    void failedBatchLeavesNothingApplied_data() {
        QTest::addColumn<QJsonObject>("bad");
        QTest::addColumn<QString>("why");
        QJsonObject noId = message(QStringLiteral("m5"), QStringLiteral("x"));
        noId.remove(QStringLiteral("id"));
        QTest::newRow("missing data.id")
            << relayEvent(5, QStringLiteral("message"), noId) << QStringLiteral("data.id");
        QTest::newRow("unknown type")
            << relayEvent(5, QStringLiteral("invoice"), message(QStringLiteral("m5"), {}))
            << QStringLiteral("invoice");
        QTest::newRow("unknown op")
            << relayEvent(5, QStringLiteral("message"), message(QStringLiteral("m5"), {}),
                          QStringLiteral("merge"))
            << QStringLiteral("merge");
    }

    void failedBatchLeavesNothingApplied() {
        QFETCH(QJsonObject, bad);
        QFETCH(QString, why);
        auto replica = openReplica();
        QVERIFY(replica);
        QVERIFY(
            applied(*replica, {relayEvent(1, QStringLiteral("message"),
                                          message(QStringLiteral("m1"), QStringLiteral("kept")))})
                .ok());
        QSignalSpy spy(replica.get(), &Replica::changed);

        const Status failed =
            applied(*replica, {relayEvent(2, QStringLiteral("message"),
                                          message(QStringLiteral("m1"), QStringLiteral("lost"))),
                               relayEvent(3, QStringLiteral("message"),
                                          message(QStringLiteral("m3"), QStringLiteral("x"))),
                               relayEvent(4, QStringLiteral("customer"),
                                          customer(QStringLiteral("c1"), QStringLiteral("Dana"),
                                                   QStringLiteral("9725"))),
                               bad,
                               relayEvent(6, QStringLiteral("message"),
                                          message(QStringLiteral("m6"), QStringLiteral("x")))});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("invalid_event"));
        QVERIFY2(failed.error().message.contains(QStringLiteral("Event 5 ")),
                 qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(why), qPrintable(failed.error().message));
        QCOMPARE(replica->cursor(), 1);
        QCOMPARE(total(*replica), 1);
        QCOMPARE(replica->record(QStringLiteral("message"), QStringLiteral("m1"))
                     .value()
                     ->value(QStringLiteral("text")),
                 QStringLiteral("kept"));
        QVERIFY(replica->searchMessages(QStringLiteral("lost")).value().isEmpty());
        QCOMPARE(spy.count(), 0);

        // The engine retries from the cursor it reads: the good part of the page applies then.
        QVERIFY(
            applied(*replica, {relayEvent(2, QStringLiteral("message"),
                                          message(QStringLiteral("m1"), QStringLiteral("lost")))})
                .ok());
        QCOMPARE(replica->cursor(), 2);
    }

    void reopenResumesFromTheCursor() {
        const QString tenant = QStringLiteral("restart");
        {
            auto replica = openReplica(tenant);
            QVERIFY(replica);
            QVERIFY(applied(*replica, everyKind()).ok());
        }
        auto replica = openReplica(tenant);
        QVERIFY(replica);
        QCOMPARE(replica->cursor(), 7);
        QCOMPARE(total(*replica), 7);
        QVERIFY(replica->record(QStringLiteral("order"), QStringLiteral("o1")).value());
        QSignalSpy spy(replica.get(), &Replica::changed);
        QVERIFY(applied(*replica, everyKind()).ok());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(replica->cursor(), 7);
    }

    void searchFindsHebrewWordsAndCustomersByNumber() {
        auto replica = openReplica();
        QVERIFY(replica);
        QVERIFY(
            applied(*replica,
                    {relayEvent(1, QStringLiteral("message"),
                                message(QStringLiteral("m1"),
                                        QStringLiteral("שלום, אני רוצה להזמין פיצה גדולה"))),
                     relayEvent(2, QStringLiteral("message"),
                                message(QStringLiteral("m2"), QStringLiteral("One large pizza"))),
                     relayEvent(3, QStringLiteral("customer"),
                                customer(QStringLiteral("c1"), QStringLiteral("דנה כהן"),
                                         QStringLiteral("972501234567"))),
                     relayEvent(4, QStringLiteral("customer"),
                                customer(QStringLiteral("c2"), QStringLiteral("Avi Levi"),
                                         QStringLiteral("972549876543")))})
                .ok());
        QCOMPARE(replica->searchMessages(QStringLiteral("פיצה")).value(),
                 QStringList{QStringLiteral("m1")});
        QCOMPARE(replica->searchMessages(QStringLiteral("להזמין פיצה")).value(),
                 QStringList{QStringLiteral("m1")});
        QCOMPARE(replica->searchMessages(QStringLiteral("pizza")).value(),
                 QStringList{QStringLiteral("m2")});
        QVERIFY(replica->searchMessages(QStringLiteral("סלט")).value().isEmpty());
        // Input is words, never FTS5 syntax.
        QVERIFY(replica->searchMessages(QStringLiteral("\" OR NEAR(")).ok());
        QCOMPARE(replica->searchCustomers(QStringLiteral("972501234567")).value(),
                 QStringList{QStringLiteral("c1")});
        QCOMPARE(replica->searchCustomers(QStringLiteral("97254")).value(),
                 QStringList{QStringLiteral("c2")});
        QCOMPARE(replica->searchCustomers(QStringLiteral("כהן")).value(),
                 QStringList{QStringLiteral("c1")});
    }

    void changedNamesExactlyTheBatch() {
        auto replica = openReplica();
        QVERIFY(replica);
        QVERIFY(applied(*replica, everyKind()).ok());
        QSignalSpy spy(replica.get(), &Replica::changed);
        QThread *announcedOn = nullptr;
        connect(replica.get(), &Replica::changed, this,
                [&announcedOn] { announcedOn = QThread::currentThread(); });

        QVERIFY(applied(*replica,
                        {relayEvent(8, QStringLiteral("message"),
                                    message(QStringLiteral("m2"), QStringLiteral("two"))),
                         relayEvent(9, QStringLiteral("message"),
                                    message(QStringLiteral("m3"), QStringLiteral("three"))),
                         relayEvent(10, QStringLiteral("message"),
                                    message(QStringLiteral("m2"), QStringLiteral("two, edited"))),
                         relayEvent(11, QStringLiteral("customer"),
                                    customer(QStringLiteral("c1"), QStringLiteral("Dana K"),
                                             QStringLiteral("972501234567"))),
                         relayEvent(12, QStringLiteral("conversation"),
                                    QJsonObject{{QStringLiteral("id"), QStringLiteral("cv1")}},
                                    QStringLiteral("delete")),
                         relayEvent(13, QStringLiteral("order"),
                                    QJsonObject{{QStringLiteral("id"), QStringLiteral("missing")}},
                                    QStringLiteral("delete"))})
                    .ok());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(announcedOn, QThread::currentThread());
        const auto change = spy.at(0).at(0).value<ReplicaChange>();
        QCOMPARE(change.cursor, 13);
        const QMap<QString, QStringList> upserted{
            {QStringLiteral("message"), {QStringLiteral("m2"), QStringLiteral("m3")}},
            {QStringLiteral("customer"), {QStringLiteral("c1")}}};
        const QMap<QString, QStringList> deleted{
            {QStringLiteral("conversation"), {QStringLiteral("cv1")}}};
        QCOMPARE(change.upserted, upserted);
        QCOMPARE(change.deleted, deleted);
        QCOMPARE(change.kinds(),
                 (QStringList{QStringLiteral("conversation"), QStringLiteral("customer"),
                              QStringLiteral("message")}));
    }

    void twoTenantsAreSeparateFiles() {
        auto a = openReplica(QStringLiteral("pizzeria"));
        auto b = openReplica(QStringLiteral("bakery"));
        QVERIFY(a && b);
        QVERIFY(a->url().sqlitePath != b->url().sqlitePath);
        QVERIFY(applied(*a, everyKind()).ok());
        QCOMPARE(a->cursor(), 7);
        QCOMPARE(b->cursor(), 0);
        QCOMPARE(total(*b), 0);
        QVERIFY(QFileInfo::exists(a->url().sqlitePath));
        QVERIFY(QFileInfo::exists(b->url().sqlitePath));
    }

    void batchesQueuedBackToBackApplyInOrder() {
        auto replica = openReplica();
        QVERIFY(replica);
        QList<QFuture<Status>> futures;
        for (int page = 0; page < 5; ++page) {
            QList<QJsonObject> events;
            for (int i = 1; i <= 10; ++i) {
                const int seq = page * 10 + i;
                events << relayEvent(seq, QStringLiteral("message"),
                                     message(QStringLiteral("m%1").arg(seq), QStringLiteral("x")));
            }
            futures << replica->apply(events);
        }
        for (QFuture<Status> &f : futures) {
            f.waitForFinished();
            QVERIFY(f.result().ok());
        }
        QCOMPARE(replica->cursor(), 50);
        QCOMPARE(replica->count(QStringLiteral("message")).value(), 50);
    }
};

QTEST_GUILESS_MAIN(TestReplica)
#include "tst_replica.moc"
