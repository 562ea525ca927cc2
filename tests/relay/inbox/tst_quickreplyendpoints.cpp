// SPDX-License-Identifier: GPL-3.0-or-later
// Quick replies against a real relay, on SQLite and PostgreSQL: every member reads them, owners
// and admins write them, a shortcut is /… and the tenant's once, texts come in one language or
// more, and each change is a `quick_reply` event.
#include "tests/relay/inbox/tenantcalls.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::TenantCalls;

namespace {

QJsonObject reply(const QString &shortcut, const QJsonObject &texts) {
    return {{u"shortcut"_s, shortcut}, {u"texts"_s, texts}};
}

const QJsonObject hours{{u"en"_s, u"We are open 11:00-23:00."_s},
                        {u"he"_s, u"אנחנו פתוחים 11:00-23:00."_s}};

} // namespace

class TestQuickReplyEndpoints : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayHarness> m_relay;
    std::unique_ptr<TenantCalls> m_calls;
    QString m_pat, m_sam, m_ada, m_cleo;

    void setUp(const QString &backend) {
        m_relay = std::make_unique<RelayHarness>(backend);
        QVERIFY2(m_relay->error().isEmpty() && m_relay->start(), qPrintable(m_relay->error()));
        m_calls = std::make_unique<TenantCalls>(*m_relay);
        m_pat = m_relay->login(u"pat"_s);
        m_sam = m_relay->login(u"sam"_s);
        m_cleo = m_relay->login(u"cleo"_s);
        m_ada = m_calls->addAdmin();
        QVERIFY(!m_pat.isEmpty() && !m_sam.isEmpty() && !m_cleo.isEmpty() && !m_ada.isEmpty());
    }

private Q_SLOTS:
    void cleanup() {
        m_calls.reset();
        m_relay.reset();
    }

    void adminsWriteQuickRepliesEveryMemberReadsThem_data() {
        Test::TestDatabase::addBackendRows();
    }
    void adminsWriteQuickRepliesEveryMemberReadsThem() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const QString path = u"/quick-replies"_s;
        const qint64 before = m_calls->lastSeq(m_pat);
        QCOMPARE(m_calls->call("POST", path, m_sam, reply(u"/hours"_s, hours)).status, 403);
        auto created = m_calls->call("POST", path, m_ada, reply(u"/hours"_s, hours));
        QVERIFY2(created.status == 201, created.body.constData());
        const QJsonObject record = created.json();
        const QString id = record.value(u"id"_s).toString();
        QVERIFY(id.startsWith(QLatin1String("qr_")));
        QCOMPARE(record.value(u"shortcut"_s).toString(), u"/hours"_s);
        QCOMPARE(record.value(u"texts"_s).toObject(), hours);

        auto listed = m_calls->call("GET", path, m_sam);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json().value(u"quick_replies"_s).toArray(), QJsonArray{record});

        // Broken shortcuts and texts are refused with the field's problem; a shortcut is once.
        const auto status = [&](const QJsonObject &body) {
            return m_calls->call("POST", path, m_pat, body).status;
        };
        QCOMPARE(status(reply(u"/hours"_s, hours)), 409);
        QCOMPARE(status(reply(u"hours"_s, hours)), 422);
        QCOMPARE(status(reply(u"/Hours"_s, hours)), 422);
        QCOMPARE(status(reply(u"/"_s + QString(33, u'a'), hours)), 422);
        QCOMPARE(status(reply(u"/empty"_s, {})), 422);
        QCOMPARE(status(reply(u"/blank"_s, {{u"en"_s, u"  "_s}})), 422);
        QCOMPARE(status(reply(u"/lang"_s, {{u"English"_s, u"Hi"_s}})), 422);
        QCOMPARE(status(reply(u"/number"_s, {{u"en"_s, 42}})), 400);
        QCOMPARE(status({{u"texts"_s, hours}}), 400);
        QCOMPARE(status({{u"shortcut"_s, u"/x"_s}, {u"texts"_s, u"hi"_s}}), 400);
        // The Clinic may have its own /hours.
        QCOMPARE(
            m_calls->call("POST", path, m_cleo, reply(u"/hours"_s, hours), m_relay->otherTenantId)
                .status,
            201);

        // PATCH changes what it names; the rest stays.
        const QString one = path + u"/"_s + id;
        QCOMPARE(m_calls->call("PATCH", one, m_sam, {{u"shortcut"_s, u"/open"_s}}).status, 403);
        auto patched = m_calls->call("PATCH", one, m_pat, {{u"shortcut"_s, u"/open"_s}});
        QVERIFY2(patched.status == 200, patched.body.constData());
        QCOMPARE(patched.json().value(u"shortcut"_s).toString(), u"/open"_s);
        QCOMPARE(patched.json().value(u"texts"_s).toObject(), hours);
        patched =
            m_calls->call("PATCH", one, m_pat, {{u"texts"_s, QJsonObject{{u"en"_s, u"Open"_s}}}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value(u"texts"_s).toObject(), (QJsonObject{{u"en"_s, u"Open"_s}}));

        // The Clinic never reaches the Pizzeria's replies.
        QCOMPARE(m_calls->call("GET", path, m_cleo).status, 403);
        QCOMPARE(
            m_calls
                ->call("PATCH", one, m_cleo, {{u"shortcut"_s, u"/mine"_s}}, m_relay->otherTenantId)
                .status,
            404);
        QCOMPARE(m_calls->call("DELETE", one, m_cleo, {}, m_relay->otherTenantId).status, 404);

        QCOMPARE(m_calls->call("DELETE", one, m_sam).status, 403);
        QCOMPARE(m_calls->call("DELETE", one, m_ada).status, 204);
        QCOMPARE(m_calls->call("DELETE", one, m_ada).status, 404);
        QCOMPARE(
            m_calls->call("GET", path, m_sam).json().value(u"quick_replies"_s).toArray().size(), 0);

        const QList<QJsonObject> events = m_calls->eventsOf(m_pat, u"quick_reply"_s, before);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(1).value(u"data"_s).toObject().value(u"shortcut"_s).toString(),
                 u"/open"_s);
        QCOMPARE(events.at(3).value(u"op"_s).toString(), u"delete"_s);
        QCOMPARE(events.at(3).value(u"data"_s).toObject().value(u"id"_s).toString(), id);
    }
};

QTEST_GUILESS_MAIN(TestQuickReplyEndpoints)
#include "tst_quickreplyendpoints.moc"
