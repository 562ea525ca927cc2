// SPDX-License-Identifier: GPL-3.0-or-later
// The shared inbox's labels against a real relay, on SQLite and PostgreSQL: every member reads
// them, owners and admins define them, a name is the tenant's once, each change is a `label`
// event, and deleting a label takes it off the conversations that had it.
#include "tests/relay/inbox/tenantcalls.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::TenantCalls;

class TestLabelEndpoints : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayHarness> m_relay;
    std::unique_ptr<TenantCalls> m_calls;
    QString m_pat, m_sam, m_ada, m_cleo;

    void setUp(const QString &backend) {
        m_relay = std::make_unique<RelayHarness>(backend);
        QVERIFY2(m_relay->error().isEmpty() && m_relay->start(), qPrintable(m_relay->error()));
        m_calls = std::make_unique<TenantCalls>(*m_relay);
        m_pat = m_relay->login(QStringLiteral("pat"));
        m_sam = m_relay->login(QStringLiteral("sam"));
        m_cleo = m_relay->login(QStringLiteral("cleo"));
        m_ada = m_calls->addAdmin();
        QVERIFY(!m_pat.isEmpty() && !m_sam.isEmpty() && !m_cleo.isEmpty() && !m_ada.isEmpty());
    }
    QJsonObject label(const QString &name, const QString &color) {
        return {{QStringLiteral("name"), name}, {QStringLiteral("color"), color}};
    }

private Q_SLOTS:
    void cleanup() {
        m_calls.reset();
        m_relay.reset();
    }

    void adminsDefineLabelsEveryMemberReadsThem_data() { Test::TestDatabase::addBackendRows(); }
    void adminsDefineLabelsEveryMemberReadsThem() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const QString labels = QStringLiteral("/labels");
        auto listed = m_calls->call("GET", labels, m_sam);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json().value(QStringLiteral("labels")).toArray().size(), 0);
        const qint64 before = m_calls->lastSeq(m_pat);

        // Staff may not define labels; admins and owners may.
        QCOMPARE(
            m_calls->call("POST", labels, m_sam, label(QStringLiteral("VIP"), u"#ff0000"_s)).status,
            403);
        auto vip =
            m_calls->call("POST", labels, m_ada, label(QStringLiteral(" VIP "), u"#E53935"_s));
        QVERIFY2(vip.status == 201, vip.body.constData());
        const QString vipId = vip.json().value(QStringLiteral("id")).toString();
        QVERIFY(vipId.startsWith(QLatin1String("lb_")));
        QCOMPARE(vip.json().value(QStringLiteral("name")).toString(), QStringLiteral("VIP"));
        QCOMPARE(vip.json().value(QStringLiteral("color")).toString(), QStringLiteral("#e53935"));
        auto complaint =
            m_calls->call("POST", labels, m_pat, label(QStringLiteral("Complaint"), u"#1e88e5"_s));
        QCOMPARE(complaint.status, 201);
        const QString complaintId = complaint.json().value(QStringLiteral("id")).toString();

        // A name is the tenant's once; broken fields name what is wrong.
        auto twice =
            m_calls->call("POST", labels, m_pat, label(QStringLiteral("VIP"), u"#000000"_s));
        QCOMPARE(twice.status, 409);
        QCOMPARE(TenantCalls::errorCode(twice), QStringLiteral("conflict"));
        QCOMPARE(
            m_calls->call("POST", labels, m_pat, label(QStringLiteral("Red"), u"red"_s)).status,
            422);
        QCOMPARE(
            m_calls->call("POST", labels, m_pat, label(QString(51, u'x'), u"#000000"_s)).status,
            422);
        QCOMPARE(m_calls->call("POST", labels, m_pat, {{QStringLiteral("name"), u"x"_s}}).status,
                 400);
        QCOMPARE(m_calls
                     ->call("POST", labels, m_pat,
                            {{QStringLiteral("name"), u"x"_s},
                             {QStringLiteral("color"), u"#000000"_s},
                             {QStringLiteral("icon"), u"star"_s}})
                     .status,
                 422);
        // Another business may use the same name.
        QCOMPARE(m_calls
                     ->call("POST", labels, m_cleo, label(QStringLiteral("VIP"), u"#00ff00"_s),
                            m_relay->otherTenantId)
                     .status,
                 201);

        listed = m_calls->call("GET", labels, m_sam);
        QCOMPARE(listed.status, 200);
        const QJsonArray list = listed.json().value(QStringLiteral("labels")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Complaint"));

        // PATCH renames and recolours; to another label's name is a conflict.
        const QString vipPath = labels + QLatin1Char('/') + vipId;
        QCOMPARE(
            m_calls->call("PATCH", vipPath, m_sam, {{QStringLiteral("name"), u"Gold"_s}}).status,
            403);
        auto renamed =
            m_calls->call("PATCH", vipPath, m_ada, {{QStringLiteral("name"), u"Gold"_s}});
        QVERIFY2(renamed.status == 200, renamed.body.constData());
        QCOMPARE(renamed.json().value(QStringLiteral("name")).toString(), QStringLiteral("Gold"));
        QCOMPARE(renamed.json().value(QStringLiteral("color")).toString(),
                 QStringLiteral("#e53935"));
        QCOMPARE(m_calls->call("PATCH", vipPath, m_ada, {{QStringLiteral("name"), u"Complaint"_s}})
                     .status,
                 409);
        QCOMPARE(m_calls
                     ->call("PATCH", labels + QStringLiteral("/lb_nope"), m_ada,
                            {{QStringLiteral("name"), u"Nope"_s}})
                     .status,
                 404);

        // The Clinic never reaches the Pizzeria's labels, by its path or by theirs.
        QCOMPARE(m_calls->call("GET", labels, m_cleo).status, 403);
        QCOMPARE(m_calls->call("DELETE", vipPath, m_cleo).status, 403);
        QCOMPARE(m_calls
                     ->call("PATCH", vipPath, m_cleo, {{QStringLiteral("name"), u"Mine"_s}},
                            m_relay->otherTenantId)
                     .status,
                 404);
        QCOMPARE(m_calls->call("DELETE", vipPath, m_cleo, {}, m_relay->otherTenantId).status, 404);

        QCOMPARE(m_calls->call("DELETE", labels + QLatin1Char('/') + complaintId, m_sam).status,
                 403);
        QCOMPARE(m_calls->call("DELETE", labels + QLatin1Char('/') + complaintId, m_pat).status,
                 204);
        QCOMPARE(m_calls->call("DELETE", labels + QLatin1Char('/') + complaintId, m_pat).status,
                 404);

        // Every change reached the log: three upserts, one delete carrying the id.
        const QList<QJsonObject> events = m_calls->eventsOf(m_pat, QStringLiteral("label"), before);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
        QCOMPARE(events.at(2)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Gold"));
        QCOMPARE(events.at(3).value(QStringLiteral("op")).toString(), QStringLiteral("delete"));
        QCOMPARE(events.at(3)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 complaintId);
    }

    void deletingALabelTakesItOffConversations_data() { Test::TestDatabase::addBackendRows(); }
    void deletingALabelTakesItOffConversations() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_relay
                     ->postWebhook(RelayHarness::textDelivery(
                         QStringLiteral("PN1"), QStringLiteral("wamid.L1"),
                         QStringLiteral("972500000001"), QStringLiteral("Ciao")))
                     .status,
                 200);
        QVERIFY(m_relay->waitIngested());
        const QString cid = m_calls->call("GET", QStringLiteral("/conversations"), m_sam)
                                .json()
                                .value(QStringLiteral("conversations"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
        QVERIFY(!cid.isEmpty());
        const QString vip =
            m_calls->call("POST", QStringLiteral("/labels"), m_pat, label(u"VIP"_s, u"#ff0000"_s))
                .json()
                .value(QStringLiteral("id"))
                .toString();
        const QString late =
            m_calls->call("POST", QStringLiteral("/labels"), m_pat, label(u"Late"_s, u"#00ff00"_s))
                .json()
                .value(QStringLiteral("id"))
                .toString();
        auto labelled = m_calls->call("PUT", QStringLiteral("/conversations/%1/labels").arg(cid),
                                      m_sam, {{QStringLiteral("labels"), QJsonArray{vip, late}}});
        QVERIFY2(labelled.status == 200, labelled.body.constData());
        const qint64 before = m_calls->lastSeq(m_pat);

        QCOMPARE(m_calls->call("DELETE", QStringLiteral("/labels/") + vip, m_pat).status, 204);
        const QList<QJsonObject> conversations =
            m_calls->eventsOf(m_pat, QStringLiteral("conversation"), before);
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.first()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("labels"))
                     .toArray(),
                 QJsonArray{late});
        const QJsonObject stored = m_calls->call("GET", QStringLiteral("/conversations"), m_sam)
                                       .json()
                                       .value(QStringLiteral("conversations"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(stored.value(QStringLiteral("labels")).toArray(), QJsonArray{late});
    }
};

QTEST_GUILESS_MAIN(TestLabelEndpoints)
#include "tst_labelendpoints.moc"
