// SPDX-License-Identifier: GPL-3.0-or-later
// EventLog as a console paging through it sees it: seq counts 1, 2, 3… per tenant with no gap,
// pages end exactly where they say, and two tenants writing in turn never share a number.
#include "app/relay/events/eventlog.h"
#include "core/store/database.h"
#include "tests/relay/relaydatabase.h"
#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Switchboard;

namespace {

//! A migrated database with tenants A and B, each with its event sequence.
struct Log : Test::RelayDatabase {
    explicit Log(const QString &backend)
        : RelayDatabase(backend) {}

    //! Appends `count` events to `tenant`, each naming its tenant and its index; false on error.
    bool append(const QString &tenant, int count, int first = 1) {
        EventLog log(*database);
        for (int i = first; i < first + count; ++i) {
            const QJsonObject data{{QStringLiteral("tenant"), tenant}, {QStringLiteral("n"), i}};
            auto seq =
                log.append(tenant, EventType::Message, EventOp::Upsert,
                           QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
            if (!seq) {
                qWarning() << seq.error().message;
                return false;
            }
            seqs[tenant] << *seq;
        }
        return true;
    }

    QMap<QString, QList<qint64>> seqs; //!< what append() returned, per tenant
};

QList<qint64> oneTo(qint64 n) {
    QList<qint64> list;
    for (qint64 i = 1; i <= n; ++i)
        list << i;
    return list;
}

QJsonObject parsed(const QByteArray &event) {
    return QJsonDocument::fromJson(event).object();
}

} // namespace

class TestEventLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seqCountsUpWithoutGapsPerTenant_data() { Test::TestDatabase::addBackendRows(); }
    void seqCountsUpWithoutGapsPerTenant() {
        QFETCH(QString, backend);
        Log log(backend);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        // Two tenants writing in turn, in uneven bursts.
        for (int round = 0; round < 4; ++round) {
            QVERIFY(log.append(log.tenantA, round + 1, log.seqs[log.tenantA].size() + 1));
            QVERIFY(log.append(log.tenantB, 3 - round % 3, log.seqs[log.tenantB].size() + 1));
        }
        QCOMPARE(log.seqs[log.tenantA], oneTo(10));
        QCOMPARE(log.seqs[log.tenantB], oneTo(9));
        EventLog reader(*log.database);
        QCOMPARE(reader.storedLastSeq(log.tenantA).value(), 10);
        QCOMPARE(reader.storedLastSeq(log.tenantB).value(), 9);

        // Each tenant's log holds its own events only, in the order they were appended.
        for (const QString &tenant : {log.tenantA, log.tenantB}) {
            auto page = reader.page(tenant, 0, 5000);
            QVERIFY2(page, qPrintable(page.error().message));
            QCOMPARE(QList<qint64>(page->seqs.begin(), page->seqs.end()), log.seqs[tenant]);
            for (size_t i = 0; i < page->events.size(); ++i) {
                const QJsonObject event = parsed(page->events[i]);
                QCOMPARE(event.value(QStringLiteral("seq")).toInteger(), qint64(i + 1));
                QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
                QCOMPARE(event.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
                const QJsonObject data = event.value(QStringLiteral("data")).toObject();
                QCOMPARE(data.value(QStringLiteral("tenant")).toString(), tenant);
                QCOMPARE(data.value(QStringLiteral("n")).toInt(), int(i + 1));
                const QDateTime at = QDateTime::fromString(
                    event.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
                QVERIFY(at.isValid());
                QCOMPARE(at.timeSpec(), Qt::UTC);
            }
        }
    }

    void appendToUnknownTenantIsRefused_data() { Test::TestDatabase::addBackendRows(); }
    void appendToUnknownTenantIsRefused() {
        QFETCH(QString, backend);
        Log log(backend);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        EventLog writer(*log.database);
        auto seq = writer.append(QStringLiteral("tn_nobody"), EventType::Customer, EventOp::Upsert,
                                 QStringLiteral("{}"));
        QVERIFY(!seq);
        QCOMPARE(seq.error().code, QStringLiteral("unknown_tenant"));
        QCOMPARE(writer.storedLastSeq(QStringLiteral("tn_nobody")).error().code,
                 QStringLiteral("unknown_tenant"));
        auto page = writer.page(QStringLiteral("tn_nobody"), 0, 10);
        QVERIFY(page);
        QVERIFY(page->events.empty());
        QVERIFY(!page->more);
    }

    void pagesEndWhereTheySay_data() {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("stored");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<int>("limit");
        QTest::addColumn<qint64>("firstSeq"); // 0: an empty page
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("nextAfter");
        QTest::addColumn<bool>("more");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            const QByteArray b = backend.toLatin1();
            QTest::addRow("%s empty log", b.constData())
                << backend << 0 << qint64(0) << 10 << qint64(0) << 0 << qint64(0) << false;
            QTest::addRow("%s first page of several", b.constData())
                << backend << 25 << qint64(0) << 10 << qint64(1) << 10 << qint64(10) << true;
            QTest::addRow("%s middle page", b.constData())
                << backend << 25 << qint64(10) << 10 << qint64(11) << 10 << qint64(20) << true;
            QTest::addRow("%s short last page", b.constData())
                << backend << 25 << qint64(20) << 10 << qint64(21) << 5 << qint64(25) << false;
            QTest::addRow("%s page exactly to the end", b.constData())
                << backend << 20 << qint64(10) << 10 << qint64(11) << 10 << qint64(20) << false;
            QTest::addRow("%s one short of the end", b.constData())
                << backend << 21 << qint64(10) << 10 << qint64(11) << 10 << qint64(20) << true;
            QTest::addRow("%s at the end", b.constData())
                << backend << 25 << qint64(25) << 10 << qint64(0) << 0 << qint64(25) << false;
            QTest::addRow("%s past the end", b.constData())
                << backend << 25 << qint64(40) << 10 << qint64(0) << 0 << qint64(40) << false;
            QTest::addRow("%s limit one", b.constData())
                << backend << 3 << qint64(1) << 1 << qint64(2) << 1 << qint64(2) << true;
            QTest::addRow("%s limit 5000 over a small log", b.constData())
                << backend << 7 << qint64(0) << 5000 << qint64(1) << 7 << qint64(7) << false;
        }
    }
    void pagesEndWhereTheySay() {
        QFETCH(QString, backend);
        QFETCH(int, stored);
        QFETCH(qint64, after);
        QFETCH(int, limit);
        QFETCH(qint64, firstSeq);
        QFETCH(int, count);
        QFETCH(qint64, nextAfter);
        QFETCH(bool, more);
        Log log(backend);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QVERIFY(log.append(log.tenantA, stored));
        QVERIFY(log.append(log.tenantB, 30)); // another tenant's events never fill a page
        auto page = EventLog(*log.database).page(log.tenantA, after, limit);
        QVERIFY2(page, qPrintable(page.error().message));
        QCOMPARE(int(page->events.size()), count);
        QCOMPARE(int(page->seqs.size()), count);
        if (count > 0) {
            QCOMPARE(page->seqs.front(), firstSeq);
            QCOMPARE(page->seqs.back(), firstSeq + count - 1);
        }
        QCOMPARE(page->nextAfter, nextAfter);
        QCOMPARE(page->more, more);
    }

    void pagingFromZeroReadsEveryEventOnce_data() { Test::TestDatabase::addBackendRows(); }
    //! What a console catching up does: follow next_after while more is true.
    void pagingFromZeroReadsEveryEventOnce() {
        QFETCH(QString, backend);
        Log log(backend);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QVERIFY(log.append(log.tenantA, 23));
        QVERIFY(log.append(log.tenantB, 4));
        QVERIFY(log.append(log.tenantA, 4, 24));
        EventLog reader(*log.database);
        QList<qint64> seen;
        qint64 after = 0;
        for (int pages = 0; pages < 20; ++pages) {
            auto page = reader.page(log.tenantA, after, 4);
            QVERIFY(page);
            for (size_t i = 0; i < page->events.size(); ++i)
                QCOMPARE(parsed(page->events[i])
                             .value(QStringLiteral("data"))
                             .toObject()
                             .value(QStringLiteral("tenant"))
                             .toString(),
                         log.tenantA);
            seen += QList<qint64>(page->seqs.begin(), page->seqs.end());
            after = page->nextAfter;
            if (!page->more)
                break;
        }
        QCOMPARE(seen, oneTo(27));
        QCOMPARE(after, 27);
    }

    void writeOfNumberedEventsMovesEachSequence_data() { Test::TestDatabase::addBackendRows(); }
    //! EventBatch's path: events numbered by their writer, for two tenants at once; appends
    //! afterwards go on from there.
    void writeOfNumberedEventsMovesEachSequence() {
        QFETCH(QString, backend);
        Log log(backend);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QVERIFY(log.append(log.tenantA, 2));
        EventLog writer(*log.database);
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        std::vector<EventLog::Numbered> events;
        for (qint64 seq = 3; seq <= 5; ++seq)
            events.push_back(
                {log.tenantA, seq, EventType::Customer, EventOp::Upsert, at, QStringLiteral("{}")});
        events.push_back(
            {log.tenantB, 1, EventType::Order, EventOp::Upsert, at, QStringLiteral("{}")});
        QVERIFY(log.database->begin());
        QVERIFY(writer.write(events));
        QVERIFY(log.database->commit());
        QCOMPARE(writer.storedLastSeq(log.tenantA).value(), 5);
        QCOMPARE(writer.storedLastSeq(log.tenantB).value(), 1);
        QVERIFY(log.append(log.tenantA, 1));
        QVERIFY(log.append(log.tenantB, 1));
        QCOMPARE(log.seqs[log.tenantA], (QList<qint64>{1, 2, 6}));
        QCOMPARE(log.seqs[log.tenantB], (QList<qint64>{2}));
        auto page = writer.page(log.tenantA, 0, 100);
        QVERIFY(page);
        QCOMPARE(QList<qint64>(page->seqs.begin(), page->seqs.end()),
                 (QList<qint64>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(parsed(page->events[2]).value(QStringLiteral("type")).toString(),
                 QStringLiteral("customer"));
    }

    void rolledBackAppendLeavesNoGap_data() { Test::TestDatabase::addBackendRows(); }
    //! An append whose transaction fails leaves neither the event nor a hole in the numbering.
    void rolledBackAppendLeavesNoGap() {
        QFETCH(QString, backend);
        Log log(backend);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QVERIFY(log.append(log.tenantA, 2));
        QVERIFY(log.database->begin());
        QVERIFY(log.append(log.tenantA, 1));
        log.database->rollback();
        QVERIFY(log.append(log.tenantA, 1));
        QCOMPARE(log.seqs[log.tenantA], (QList<qint64>{1, 2, 3, 3}));
        auto page = EventLog(*log.database).page(log.tenantA, 0, 10);
        QVERIFY(page);
        QCOMPARE(QList<qint64>(page->seqs.begin(), page->seqs.end()), (QList<qint64>{1, 2, 3}));
        QCOMPARE(parsed(page->events[2])
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("n"))
                     .toInt(),
                 1); // the append that committed, not the one rolled back
    }

    void lockTenantHoldsTheSequenceUntilCommit_data() { Test::TestDatabase::addBackendRows(); }
    //! PostgreSQL: the lock tells the last seq, and it stays put for the holder; a second
    //! writer of the same tenant waits (seen from a second connection). SQLite: nothing to lock.
    void lockTenantHoldsTheSequenceUntilCommit() {
        QFETCH(QString, backend);
        Log log(backend);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QVERIFY(log.append(log.tenantA, 4));
        EventLog holder(*log.database);
        QVERIFY(log.database->begin());
        auto locked = holder.lockTenant(log.tenantA);
        QVERIFY2(locked, qPrintable(locked.error().message));
        if (backend == QLatin1String("sqlite")) {
            QVERIFY(!locked->has_value());
            log.database->rollback();
            return;
        }
        QCOMPARE(locked->value_or(-1), 4);
        auto none = holder.lockTenant(QStringLiteral("tn_nobody"));
        QVERIFY(none && !none->has_value());

        // Another connection trying to append to the same tenant is kept waiting; to tenant B
        // it is not.
        auto other = log.test.open();
        QVERIFY(other);
        QVERIFY(other->exec(QStringLiteral("SET lock_timeout = '300ms'")));
        auto blocked = EventLog(*other).append(log.tenantA, EventType::Message, EventOp::Upsert,
                                               QStringLiteral("{}"));
        QVERIFY2(!blocked, "an append to a locked tenant went through");
        auto free = EventLog(*other).append(log.tenantB, EventType::Message, EventOp::Upsert,
                                            QStringLiteral("{}"));
        QVERIFY2(free, qPrintable(free.error().message));
        QCOMPARE(*free, 1);
        QVERIFY(log.database->commit());
        auto after = EventLog(*other).append(log.tenantA, EventType::Message, EventOp::Upsert,
                                             QStringLiteral("{}"));
        QVERIFY2(after, qPrintable(after.error().message));
        QCOMPARE(*after, 5);
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
