// SPDX-License-Identifier: GPL-3.0-or-later
// The tenant's templates against a real relay whose Graph API is the in-process sandbox, on
// SQLite and PostgreSQL: GET lists what is stored; a sync (owners and admins) reads every page of
// Meta's list, stores new and changed templates with `template` events and removes the ones Meta
// no longer has; Meta refusing is a 502 with its code; nothing of another tenant's.
#include "tests/relay/connections/sandboxedrelay.h"
#include "tests/relay/inbox/tenantcalls.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::SandboxedRelay;
using Switchboard::Test::TenantCalls;

class TestTemplateEndpoints : public QObject {
    Q_OBJECT

    SandboxedRelay m_world;
    std::unique_ptr<TenantCalls> m_calls;
    SandboxedRelay::Account m_account;
    QString m_pat, m_sam, m_cleo;

    void setUp(const QString &backend) {
        QVERIFY2(m_world.start(backend), qPrintable(m_world.error()));
        m_account = m_world.connectRegistered(u"Pizzeria Napoli"_s, u"+1 555-010-0042"_s);
        QVERIFY(!m_account.wabaId.isEmpty());
        m_calls = std::make_unique<TenantCalls>(*m_world.relay);
        m_pat = m_world.relay->login(u"pat"_s);
        m_sam = m_world.relay->login(u"sam"_s);
        m_cleo = m_world.relay->login(u"cleo"_s);
    }
    //! A template at Meta, in the Pizzeria's WABA.
    void metaHas(const QString &name, const QString &status = u"APPROVED"_s) {
        Sandbox::MessageTemplate t;
        t.wabaId = m_account.wabaId;
        t.name = name;
        t.language = u"en"_s;
        t.category = u"UTILITY"_s;
        t.status = status;
        t.components = QJsonArray{
            QJsonObject{{u"type"_s, u"BODY"_s}, {u"text"_s, u"Your order {{1}} is ready."_s}}};
        m_world.sandbox->state().templates().add(t);
    }
    QJsonArray listed(const RelayHarness::Reply &reply) {
        return reply.json().value(u"templates"_s).toArray();
    }

private Q_SLOTS:
    void cleanup() {
        m_calls.reset();
        m_world.relay.reset();
        m_world.sandbox.reset();
    }

    void syncReadsEveryPageAndFollowsMeta_data() { Test::TestDatabase::addBackendRows(); }
    void syncReadsEveryPageAndFollowsMeta() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        // More than a page of Meta's list (the relay asks 100 at a time).
        for (int i = 0; i < 130; ++i)
            metaHas(u"order_ready_%1"_s.arg(i, 3, 10, QLatin1Char('0')));
        QCOMPARE(listed(m_calls->call("GET", u"/templates"_s, m_sam)).size(), 0);
        const qint64 before = m_calls->lastSeq(m_pat);

        QCOMPARE(m_calls->call("POST", u"/templates/sync"_s, m_sam).status, 403);
        auto synced = m_calls->call("POST", u"/templates/sync"_s, m_pat);
        QVERIFY2(synced.status == 200, synced.body.left(400).constData());
        const QJsonArray templates = listed(synced);
        QCOMPARE(templates.size(), 130);
        const QJsonObject first = templates.first().toObject();
        QCOMPARE(first.value(u"name"_s).toString(), u"order_ready_000"_s);
        QCOMPARE(first.value(u"language"_s).toString(), u"en"_s);
        QCOMPARE(first.value(u"status"_s).toString(), u"approved"_s);
        QCOMPARE(first.value(u"category"_s).toString(), u"utility"_s);
        QVERIFY(!first.value(u"id"_s).toString().isEmpty());
        QCOMPARE(first.value(u"components"_s).toArray().size(), 1);
        QCOMPARE(listed(m_calls->call("GET", u"/templates"_s, m_sam)), templates);
        QCOMPARE(m_calls->eventsOf(m_pat, u"template"_s, before).size(), 130);

        // Nothing changed at Meta: nothing new for the consoles.
        const qint64 unchanged = m_calls->lastSeq(m_pat);
        QCOMPARE(m_calls->call("POST", u"/templates/sync"_s, m_pat).status, 200);
        QCOMPARE(m_calls->lastSeq(m_pat), unchanged);

        // One paused, one deleted, one new at Meta.
        auto &store = m_world.sandbox->state().templates();
        store.find(m_account.wabaId, u"order_ready_001"_s, u"en"_s)->status = u"PAUSED"_s;
        QCOMPARE(store.remove(m_account.wabaId, u"order_ready_002"_s), 1);
        metaHas(u"welcome"_s, u"PENDING"_s);
        synced = m_calls->call("POST", u"/templates/sync"_s, m_pat);
        QCOMPARE(synced.status, 200);
        QCOMPARE(listed(synced).size(), 130);
        const QList<QJsonObject> events = m_calls->eventsOf(m_pat, u"template"_s, unchanged);
        QCOMPARE(events.size(), 3);
        QStringList seen;
        for (const QJsonObject &event : events) {
            const QJsonObject data = event.value(u"data"_s).toObject();
            seen << event.value(u"op"_s).toString() + u' ' + data.value(u"name"_s).toString() +
                        u' ' + data.value(u"status"_s).toString();
        }
        seen.sort();
        QCOMPARE(seen,
                 (QStringList{u"delete order_ready_002 "_s, u"upsert order_ready_001 paused"_s,
                              u"upsert welcome pending"_s}));

        // The Clinic neither reads nor syncs the Pizzeria's templates, and has none of its own.
        QCOMPARE(m_calls->call("GET", u"/templates"_s, m_cleo).status, 403);
        QCOMPARE(m_calls->call("POST", u"/templates/sync"_s, m_cleo).status, 403);
        QCOMPARE(
            listed(m_calls->call("GET", u"/templates"_s, m_cleo, {}, m_world.relay->otherTenantId))
                .size(),
            0);
    }

    void metaRefusingIsABadGateway() {
        setUp(u"sqlite"_s);
        if (QTest::currentTestFailed())
            return;
        metaHas(u"order_ready"_s);
        m_world.fault(u"message_templates"_s, 190, 401);
        auto refused = m_calls->call("POST", u"/templates/sync"_s, m_pat);
        QCOMPARE(refused.status, 502);
        QCOMPARE(refused.json().value(u"error"_s).toObject().value(u"meta_code"_s).toInt(), 190);
        QCOMPARE(listed(m_calls->call("GET", u"/templates"_s, m_sam)).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTemplateEndpoints)
#include "tst_templateendpoints.moc"
