// SPDX-License-Identifier: GPL-3.0-or-later
// The shared inbox's conversation routes against a real relay whose Graph API is the in-process
// sandbox, on SQLite and PostgreSQL: closing, reopening (a customer writing reopens it too),
// assigning to a member, labelling, reading (one unread count for the team, read_by per person,
// Meta's read receipt for the customer's latest message) and internal notes (never sent to
// Meta); each change a `conversation` or `message` event, and nothing of another tenant's.
#include "tests/relay/connections/sandboxedrelay.h"
#include "tests/relay/inbox/tenantcalls.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::SandboxedRelay;
using Switchboard::Test::TenantCalls;

namespace {

const QString dana = u"972500000001"_s;

} // namespace

class TestConversationEndpoints : public QObject {
    Q_OBJECT

    SandboxedRelay m_world;
    std::unique_ptr<TenantCalls> m_calls;
    SandboxedRelay::Account m_account;
    QString m_pat, m_sam, m_cleo;
    QString m_cid;

    //! The Pizzeria connected to the sandbox, and Dana's first message in its inbox.
    void setUp(const QString &backend) {
        QVERIFY2(m_world.start(backend), qPrintable(m_world.error()));
        m_account = m_world.connectRegistered(u"Pizzeria Napoli"_s, u"+1 555-010-0042"_s);
        QVERIFY(!m_account.phoneNumberId.isEmpty());
        m_calls = std::make_unique<TenantCalls>(*m_world.relay);
        m_pat = m_world.relay->login(u"pat"_s);
        m_sam = m_world.relay->login(u"sam"_s);
        m_cleo = m_world.relay->login(u"cleo"_s);
        QVERIFY(!m_pat.isEmpty() && !m_sam.isEmpty() && !m_cleo.isEmpty());
        customerWrites(u"Ciao, una margherita?"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!conversation().isEmpty(), 10000);
        m_cid = conversation().value(u"id"_s).toString();
    }
    //! Dana writes to the Pizzeria's number; returns the message's wamid.
    QString customerWrites(const QString &text) {
        return m_world
            .control(u"/_sandbox/customers/%1/messages"_s.arg(dana),
                     {{u"phone_number_id"_s, m_account.phoneNumberId},
                      {u"name"_s, u"Dana"_s},
                      {u"type"_s, u"text"_s},
                      {u"text"_s, QJsonObject{{u"body"_s, text}}}})
            .value(u"wamid"_s)
            .toString();
    }
    //! The Pizzeria's conversation with Dana as GET …/conversations lists it.
    QJsonObject conversation() {
        const QJsonArray all = m_calls->call("GET", u"/conversations"_s, m_sam)
                                   .json()
                                   .value(u"conversations"_s)
                                   .toArray();
        return all.isEmpty() ? QJsonObject() : all.first().toObject();
    }
    RelayHarness::Reply act(const char *action, const QString &token, const QJsonObject &body = {},
                            const QByteArray &method = "POST") {
        return m_calls->call(method, u"/conversations/%1/%2"_s.arg(m_cid, QLatin1String(action)),
                             token, body);
    }

private Q_SLOTS:
    void cleanup() {
        m_calls.reset();
        m_world.relay.reset();
        m_world.sandbox.reset();
    }

    void closeAndReopen_data() { Test::TestDatabase::addBackendRows(); }
    void closeAndReopen() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const qint64 before = m_calls->lastSeq(m_pat);
        auto closed = act("close", m_sam);
        QVERIFY2(closed.status == 200, closed.body.constData());
        QCOMPARE(closed.json().value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(closed.json().value(u"id"_s).toString(), m_cid);
        QCOMPARE(conversation().value(u"status"_s).toString(), u"closed"_s);
        auto reopened = act("reopen", m_sam);
        QCOMPARE(reopened.status, 200);
        QCOMPARE(reopened.json().value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(act("close", m_pat).status, 200);
        QCOMPARE(act("close", m_pat).status, 200); // already closed: the same answer

        // Each change reached every console as a conversation upsert; a repeat added nothing.
        const QList<QJsonObject> events = m_calls->eventsOf(m_pat, u"conversation"_s, before);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).value(u"data"_s).toObject().value(u"status"_s).toString(),
                 u"closed"_s);
        QCOMPARE(events.at(1).value(u"data"_s).toObject().value(u"status"_s).toString(), u"open"_s);

        // Dana writing again reopens it and raises the unread count.
        const int unread = conversation().value(u"unread_count"_s).toInt();
        customerWrites(u"Ancora aperti?"_s);
        QTRY_COMPARE_WITH_TIMEOUT(conversation().value(u"unread_count"_s).toInt(), unread + 1,
                                  10000);
        QCOMPARE(conversation().value(u"status"_s).toString(), u"open"_s);

        // Nobody of the Clinic closes it, by the Pizzeria's path or by their own.
        QCOMPARE(act("close", m_cleo).status, 403);
        QCOMPARE(m_calls
                     ->call("POST", u"/conversations/%1/close"_s.arg(m_cid), m_cleo, {},
                            m_world.relay->otherTenantId)
                     .status,
                 404);
        QCOMPARE(m_calls->call("POST", u"/conversations/cv_nope/close"_s, m_sam).status, 404);
        QCOMPARE(conversation().value(u"status"_s).toString(), u"open"_s);
    }

    void assignAndLabel_data() { Test::TestDatabase::addBackendRows(); }
    void assignAndLabel() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const QString samId = m_calls->userId(u"sam"_s);
        const qint64 before = m_calls->lastSeq(m_pat);
        auto assigned = act("assign", m_sam, {{u"user_id"_s, samId}});
        QVERIFY2(assigned.status == 200, assigned.body.constData());
        QCOMPARE(assigned.json().value(u"assignee"_s).toObject(),
                 (QJsonObject{{u"id"_s, samId}, {u"username"_s, u"sam"_s}}));
        // Only members of the tenant; a broken body names its problem.
        auto outsider = act("assign", m_pat, {{u"user_id"_s, m_calls->userId(u"cleo"_s)}});
        QCOMPARE(outsider.status, 422);
        QCOMPARE(TenantCalls::errorCode(outsider), u"invalid_field"_s);
        QCOMPARE(act("assign", m_pat, {{u"user_id"_s, u"us_nobody"_s}}).status, 422);
        QCOMPARE(act("assign", m_pat, {}).status, 400);
        QCOMPARE(act("assign", m_pat, {{u"user_id"_s, 7}}).status, 400);
        QCOMPARE(conversation().value(u"assignee"_s).toObject().value(u"id"_s).toString(), samId);
        auto unassigned = act("assign", m_pat, {{u"user_id"_s, QJsonValue::Null}});
        QCOMPARE(unassigned.status, 200);
        QVERIFY(unassigned.json().value(u"assignee"_s).isNull());

        const QString vip = m_calls
                                ->call("POST", u"/labels"_s, m_pat,
                                       {{u"name"_s, u"VIP"_s}, {u"color"_s, u"#ff0000"_s}})
                                .json()
                                .value(u"id"_s)
                                .toString();
        const QString clinics = m_calls
                                    ->call("POST", u"/labels"_s, m_cleo,
                                           {{u"name"_s, u"VIP"_s}, {u"color"_s, u"#ff0000"_s}},
                                           m_world.relay->otherTenantId)
                                    .json()
                                    .value(u"id"_s)
                                    .toString();
        QVERIFY(!vip.isEmpty() && !clinics.isEmpty());
        auto labelled = act("labels", m_sam, {{u"labels"_s, QJsonArray{vip}}}, "PUT");
        QVERIFY2(labelled.status == 200, labelled.body.constData());
        QCOMPARE(labelled.json().value(u"labels"_s).toArray(), QJsonArray{vip});
        // Another tenant's label, or none at all, is not one of this tenant's.
        QCOMPARE(act("labels", m_sam, {{u"labels"_s, QJsonArray{clinics}}}, "PUT").status, 422);
        QCOMPARE(act("labels", m_sam, {{u"labels"_s, QJsonArray{u"lb_nope"_s}}}, "PUT").status,
                 422);
        QCOMPARE(act("labels", m_sam, {{u"labels"_s, u"VIP"_s}}, "PUT").status, 400);
        QCOMPARE(act("labels", m_sam, {}, "PUT").status, 400);
        QCOMPARE(conversation().value(u"labels"_s).toArray(), QJsonArray{vip});
        auto cleared = act("labels", m_sam, {{u"labels"_s, QJsonArray{}}}, "PUT");
        QCOMPARE(cleared.json().value(u"labels"_s).toArray(), QJsonArray{});

        const QList<QJsonObject> events = m_calls->eventsOf(m_pat, u"conversation"_s, before);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0)
                     .value(u"data"_s)
                     .toObject()
                     .value(u"assignee"_s)
                     .toObject()
                     .value(u"username"_s)
                     .toString(),
                 u"sam"_s);
        QVERIFY(events.at(1).value(u"data"_s).toObject().value(u"assignee"_s).isNull());
        QCOMPARE(events.at(2).value(u"data"_s).toObject().value(u"labels"_s).toArray(),
                 QJsonArray{vip});
        QCOMPARE(act("assign", m_cleo, {{u"user_id"_s, samId}}).status, 403);
        QCOMPARE(act("labels", m_cleo, {{u"labels"_s, QJsonArray{}}}, "PUT").status, 403);
    }

    void readingResetsTheCountAndTellsMeta_data() { Test::TestDatabase::addBackendRows(); }
    void readingResetsTheCountAndTellsMeta() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const QString latest = customerWrites(u"Con funghi, per favore"_s);
        QTRY_COMPARE_WITH_TIMEOUT(conversation().value(u"unread_count"_s).toInt(), 2, 10000);
        const qint64 before = m_calls->lastSeq(m_pat);
        auto read = act("read", m_sam);
        QVERIFY2(read.status == 200, read.body.constData());
        QCOMPARE(read.json().value(u"unread_count"_s).toInt(), 0);
        const QString samId = m_calls->userId(u"sam"_s);
        const QJsonObject readBy = read.json().value(u"read_by"_s).toObject();
        QCOMPARE(readBy.keys(), QStringList{samId});
        QVERIFY(QDateTime::fromString(readBy.value(samId).toString(), Qt::ISODateWithMs).isValid());
        // The shared count: Pat sees it read too, and reading it as well adds Pat.
        QCOMPARE(conversation().value(u"unread_count"_s).toInt(), 0);
        QCOMPARE(act("read", m_pat).json().value(u"read_by"_s).toObject().size(), 2);

        // Meta got the read receipt of Dana's latest message, for the Pizzeria's number.
        const auto &receipts = m_world.sandbox->state().outbox().readReceipts();
        QTRY_VERIFY_WITH_TIMEOUT(!receipts.isEmpty(), 10000);
        QCOMPARE(receipts.last().messageId, latest);
        QCOMPARE(receipts.last().phoneNumberId, m_account.phoneNumberId);

        const QList<QJsonObject> events = m_calls->eventsOf(m_pat, u"conversation"_s, before);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.first().value(u"data"_s).toObject().value(u"unread_count"_s).toInt(), 0);
        QCOMPARE(act("read", m_cleo).status, 403);

        // A customer writing after that counts again from zero.
        customerWrites(u"Grazie!"_s);
        QTRY_COMPARE_WITH_TIMEOUT(conversation().value(u"unread_count"_s).toInt(), 1, 10000);
    }

    void metaRefusingTheReceiptDoesNotFailTheRead() {
        setUp(u"sqlite"_s);
        if (QTest::currentTestFailed())
            return;
        m_world.fault(u"/messages$"_s, 131000, 500, 10);
        auto read = act("read", m_sam);
        QVERIFY2(read.status == 200, read.body.constData());
        QCOMPARE(read.json().value(u"unread_count"_s).toInt(), 0);
        QTest::qWait(300);
        QVERIFY(m_world.sandbox->state().outbox().readReceipts().isEmpty());
    }

    void notesStayInTheTeam_data() { Test::TestDatabase::addBackendRows(); }
    void notesStayInTheTeam() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject before = conversation();
        const qint64 seq = m_calls->lastSeq(m_pat);
        auto noted = act("notes", m_sam, {{u"text"_s, u"Dana is allergic to nuts 🥜"_s}});
        QVERIFY2(noted.status == 201, noted.body.constData());
        const QJsonObject note = noted.json().value(u"message"_s).toObject();
        QCOMPARE(note.value(u"type"_s).toString(), u"note"_s);
        QCOMPARE(note.value(u"direction"_s).toString(), u"internal"_s);
        QCOMPARE(note.value(u"status"_s).toString(), u"saved"_s);
        QCOMPARE(note.value(u"text"_s).toString(), u"Dana is allergic to nuts 🥜"_s);
        QCOMPARE(note.value(u"conversation_id"_s).toString(), m_cid);
        QCOMPARE(note.value(u"author"_s).toObject(),
                 (QJsonObject{{u"id"_s, m_calls->userId(u"sam"_s)}, {u"username"_s, u"sam"_s}}));
        QVERIFY(!note.value(u"timestamp"_s).toString().isEmpty());

        // Synced as a message, listed with the conversation's messages, never sent to Meta, and
        // the conversation is as it was: no unread, no new service window.
        const QList<QJsonObject> messages = m_calls->eventsOf(m_pat, u"message"_s, seq);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().value(u"data"_s).toObject(), note);
        QVERIFY(m_calls->eventsOf(m_pat, u"conversation"_s, seq).isEmpty());
        QCOMPARE(conversation(), before);
        const QJsonArray listed =
            m_calls->call("GET", u"/conversations/%1/messages"_s.arg(m_cid), m_sam)
                .json()
                .value(u"messages"_s)
                .toArray();
        QVERIFY(std::any_of(listed.begin(), listed.end(), [&](const QJsonValue &m) {
            return m.toObject().value(u"id"_s) == note.value(u"id"_s);
        }));
        QTest::qWait(200);
        QVERIFY(m_world.sandbox->state().outbox().list(m_account.phoneNumberId).isEmpty());

        QCOMPARE(act("notes", m_sam, {}).status, 400);
        QCOMPARE(act("notes", m_sam, {{u"text"_s, QString(4097, u'n')}}).status, 422);
        QCOMPARE(act("notes", m_sam, {{u"text"_s, u"x"_s}, {u"pinned"_s, true}}).status, 422);
        QCOMPARE(act("notes", m_cleo, {{u"text"_s, u"x"_s}}).status, 403);
        QCOMPARE(m_calls
                     ->call("POST", u"/conversations/%1/notes"_s.arg(m_cid), m_cleo,
                            {{u"text"_s, u"x"_s}}, m_world.relay->otherTenantId)
                     .status,
                 404);
    }

    void repliesNameTheirAuthor() {
        setUp(u"sqlite"_s);
        if (QTest::currentTestFailed())
            return;
        auto sent = m_calls->call("POST", u"/messages"_s, m_sam,
                                  {{u"to"_s, dana},
                                   {u"type"_s, u"text"_s},
                                   {u"text"_s, QJsonObject{{u"body"_s, u"Arriva!"_s}}}});
        QVERIFY2(sent.status == 202, sent.body.constData());
        QCOMPARE(sent.json().value(u"message"_s).toObject().value(u"author"_s).toObject(),
                 (QJsonObject{{u"id"_s, m_calls->userId(u"sam"_s)}, {u"username"_s, u"sam"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestConversationEndpoints)
#include "tst_conversationendpoints.moc"
